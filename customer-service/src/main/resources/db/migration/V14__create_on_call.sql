-- On-call roster for urgent (AOG) bookings, kept here until resource-service (phase 5), and the alerts sent to it.
CREATE SEQUENCE on_call_contact_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE on_call_contact (
    id        NUMBER(19)          NOT NULL,
    position  NUMBER(5)           NOT NULL,
    name      VARCHAR2(120 CHAR)  NOT NULL,
    phone     VARCHAR2(20 CHAR)   NOT NULL,
    CONSTRAINT pk_on_call_contact PRIMARY KEY (id),
    CONSTRAINT uq_on_call_position UNIQUE (position)
);

CREATE SEQUENCE aog_alert_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE aog_alert (
    id                NUMBER(19)          NOT NULL,
    appointment_id    NUMBER(19)          NOT NULL,
    status            VARCHAR2(20 CHAR)   NOT NULL,
    level_index       NUMBER(5)           NOT NULL,
    contact_name      VARCHAR2(120 CHAR),
    contact_phone     VARCHAR2(20 CHAR),
    notified_at       TIMESTAMP           NOT NULL,
    acknowledged_at   TIMESTAMP,
    acknowledged_by   VARCHAR2(120 CHAR),
    version           NUMBER(10)          NOT NULL,
    CONSTRAINT pk_aog_alert PRIMARY KEY (id),
    CONSTRAINT uq_aog_alert_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_aog_alert_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
);
CREATE INDEX ix_aog_alert_open ON aog_alert (status, notified_at);
