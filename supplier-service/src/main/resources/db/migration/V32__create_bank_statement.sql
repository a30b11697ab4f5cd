-- Imported camt.053 bank statements, one line per transaction, reconciled on the EndToEndId of our transfers.
CREATE SEQUENCE bank_statement_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE bank_statement_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE bank_statement (
    id            NUMBER(19)         NOT NULL,
    -- Stmt/Id given by the bank: importing the same statement twice has no effect.
    statement_ref VARCHAR2(35 CHAR)  NOT NULL,
    iban          VARCHAR2(34 CHAR),
    imported_at   TIMESTAMP          NOT NULL,
    imported_by   VARCHAR2(100 CHAR) NOT NULL,
    CONSTRAINT pk_bank_statement PRIMARY KEY (id),
    CONSTRAINT uq_bank_statement_ref UNIQUE (statement_ref)
);

CREATE TABLE bank_statement_line (
    id              NUMBER(19)         NOT NULL,
    statement_id    NUMBER(19)         NOT NULL,
    line_number     NUMBER(10)         NOT NULL,
    entry_reference VARCHAR2(35 CHAR),
    amount          NUMBER(19,2)       NOT NULL,
    currency        VARCHAR2(3 CHAR)   NOT NULL,
    debit           NUMBER(1)          NOT NULL,
    booking_date    DATE,
    value_date      DATE,
    end_to_end_id   VARCHAR2(35 CHAR),
    remittance      VARCHAR2(500 CHAR),
    -- MATCHED to a bill's transfer, UNMATCHED debit to look at, IGNORED credit (not a supplier payment).
    status          VARCHAR2(20 CHAR)  NOT NULL,
    bill_id         NUMBER(19),
    matched_by      VARCHAR2(100 CHAR),
    CONSTRAINT pk_bank_statement_line PRIMARY KEY (id),
    CONSTRAINT fk_bank_statement_line_stmt FOREIGN KEY (statement_id) REFERENCES bank_statement (id),
    CONSTRAINT ck_bank_statement_line_status CHECK (status IN ('MATCHED', 'UNMATCHED', 'IGNORED'))
);
CREATE INDEX ix_bank_statement_line_stmt ON bank_statement_line (statement_id);
