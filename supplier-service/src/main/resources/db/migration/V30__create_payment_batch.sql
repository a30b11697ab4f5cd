-- SEPA supplier payment batches (pain.001.001.09) and the transfer of each bill in them.
CREATE SEQUENCE payment_batch_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE bill_payment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE payment_batch (
    id                NUMBER(19)         NOT NULL,
    -- The client's Idempotency-Key: one batch per key, whatever the retries.
    idempotency_key   VARCHAR2(100 CHAR) NOT NULL,
    -- SHA-256 of the request (sorted bill ids, execution date): the same key with another body is refused.
    request_hash      VARCHAR2(64 CHAR)  NOT NULL,
    -- Message id and file are derived from the id, so written right after the insert, in the same transaction.
    message_id        VARCHAR2(35 CHAR),
    execution_date    DATE               NOT NULL,
    state             VARCHAR2(20 CHAR)  NOT NULL,
    transaction_count NUMBER(10)         NOT NULL,
    control_sum       NUMBER(19,2)       NOT NULL,
    pain001           CLOB,
    sent_at           TIMESTAMP,
    sent_by           VARCHAR2(100 CHAR),
    version           NUMBER(10)         NOT NULL,
    created_at        TIMESTAMP          NOT NULL,
    created_by        VARCHAR2(100 CHAR) NOT NULL,
    CONSTRAINT pk_payment_batch PRIMARY KEY (id),
    CONSTRAINT uq_payment_batch_key UNIQUE (idempotency_key),
    CONSTRAINT uq_payment_batch_msg UNIQUE (message_id),
    CONSTRAINT ck_payment_batch_state CHECK (state IN ('CREATED', 'SENT'))
);

CREATE TABLE bill_payment (
    id            NUMBER(19)         NOT NULL,
    batch_id      NUMBER(19)         NOT NULL,
    bill_id       NUMBER(19)         NOT NULL,
    supplier_id   NUMBER(19)         NOT NULL,
    end_to_end_id VARCHAR2(35 CHAR)  NOT NULL,
    amount        NUMBER(19,2)       NOT NULL,
    paid_amount   NUMBER(19,2)       NOT NULL,
    state         VARCHAR2(20 CHAR)  NOT NULL,
    creditor_iban VARCHAR2(34 CHAR)  NOT NULL,
    remittance    VARCHAR2(140 CHAR) NOT NULL,
    CONSTRAINT pk_bill_payment PRIMARY KEY (id),
    -- A bill is paid in one batch only: never twice.
    CONSTRAINT uq_bill_payment_bill UNIQUE (bill_id),
    -- What reconciliation matches bank statement entries on.
    CONSTRAINT uq_bill_payment_e2e UNIQUE (end_to_end_id),
    CONSTRAINT fk_bill_payment_batch FOREIGN KEY (batch_id) REFERENCES payment_batch (id),
    CONSTRAINT fk_bill_payment_bill FOREIGN KEY (bill_id) REFERENCES vendor_bill (id),
    CONSTRAINT ck_bill_payment_state CHECK (state IN ('PENDING', 'SENT', 'PARTLY_PAID', 'PAID'))
);
CREATE INDEX ix_bill_payment_batch ON bill_payment (batch_id);
