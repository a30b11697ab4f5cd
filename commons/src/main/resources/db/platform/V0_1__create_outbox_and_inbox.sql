-- Platform tables shared by every service schema (shipped by the commons module, applied before the
-- service's own V1). Oracle SQL; runs unchanged on H2 in Oracle mode.

-- Transactional outbox: one row per domain event, written in the same transaction as the change.
CREATE SEQUENCE outbox_seq START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE outbox_event (
    seq            NUMBER(19)          NOT NULL,
    event_id       VARCHAR2(64 CHAR)   NOT NULL,
    aggregate_type VARCHAR2(100 CHAR)  NOT NULL,
    aggregate_id   VARCHAR2(100 CHAR)  NOT NULL,
    event_type     VARCHAR2(200 CHAR)  NOT NULL,
    topic          VARCHAR2(200 CHAR)  NOT NULL,
    payload        CLOB                NOT NULL,
    created_at     TIMESTAMP           NOT NULL,
    published_at   TIMESTAMP,
    attempts       NUMBER(10)          DEFAULT 0 NOT NULL,
    last_error     VARCHAR2(1000 CHAR),
    CONSTRAINT pk_outbox_event PRIMARY KEY (seq),
    CONSTRAINT uq_outbox_event_id UNIQUE (event_id)
);
CREATE INDEX ix_outbox_event_pending ON outbox_event (published_at, seq);

-- One relay at a time per service, even with several instances: a lease row, taken with a conditional update.
CREATE TABLE outbox_lease (
    name         VARCHAR2(64 CHAR)  NOT NULL,
    owner        VARCHAR2(100 CHAR),
    locked_until TIMESTAMP          NOT NULL,
    CONSTRAINT pk_outbox_lease PRIMARY KEY (name)
);
INSERT INTO outbox_lease (name, owner, locked_until) VALUES ('relay', NULL, TIMESTAMP '1970-01-01 00:00:00');

-- Idempotent consumers: an event id is recorded in the same transaction as its effect.
CREATE TABLE processed_event (
    consumer     VARCHAR2(100 CHAR) NOT NULL,
    event_id     VARCHAR2(64 CHAR)  NOT NULL,
    processed_at TIMESTAMP          NOT NULL,
    CONSTRAINT pk_processed_event PRIMARY KEY (consumer, event_id)
);
