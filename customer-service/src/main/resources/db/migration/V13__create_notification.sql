-- Outgoing emails and SMS, written in the business transaction and sent by a scheduled sender with retries:
-- a Twilio or SMTP outage, or a crash, delays a message but never loses it.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification (
    id               NUMBER(19)          NOT NULL,
    channel          VARCHAR2(10 CHAR)   NOT NULL,
    kind             VARCHAR2(40 CHAR)   NOT NULL,
    recipient        VARCHAR2(254 CHAR)  NOT NULL,
    subject          VARCHAR2(300 CHAR),
    body             CLOB                NOT NULL,
    attachment_name  VARCHAR2(100 CHAR),
    attachment_type  VARCHAR2(100 CHAR),
    attachment       CLOB,
    reference        VARCHAR2(40 CHAR),
    status           VARCHAR2(10 CHAR)   NOT NULL,
    attempts         NUMBER(5)           NOT NULL,
    next_attempt_at  TIMESTAMP           NOT NULL,
    claimed_until    TIMESTAMP,
    last_error       VARCHAR2(1000 CHAR),
    provider_id      VARCHAR2(64 CHAR),
    created_at       TIMESTAMP           NOT NULL,
    sent_at          TIMESTAMP,
    CONSTRAINT pk_notification PRIMARY KEY (id)
);
CREATE INDEX ix_notification_due ON notification (status, next_attempt_at);
CREATE INDEX ix_notification_reference ON notification (reference);
