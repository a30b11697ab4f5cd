-- Customer payments: imported camt.053 statements, their lines, the money each line gave to invoices, and what was
-- left over as the customer's credit.
CREATE SEQUENCE bank_statement_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE bank_statement_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE payment_allocation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE customer_credit_seq START WITH 1 INCREMENT BY 50;

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
    credit          NUMBER(1)          NOT NULL,
    booking_date    DATE,
    value_date      DATE,
    end_to_end_id   VARCHAR2(35 CHAR),
    remittance      VARCHAR2(500 CHAR),
    -- MATCHED to invoices, UNMATCHED credit waiting for a person, IGNORED debit (not a customer payment).
    status          VARCHAR2(20 CHAR)  NOT NULL,
    match_rule      VARCHAR2(20 CHAR),
    customer_id     NUMBER(19),
    credit_amount   NUMBER(19,2),
    matched_at      TIMESTAMP,
    matched_by      VARCHAR2(100 CHAR),
    CONSTRAINT pk_bank_statement_line PRIMARY KEY (id),
    CONSTRAINT fk_bank_statement_line_stmt FOREIGN KEY (statement_id) REFERENCES bank_statement (id),
    CONSTRAINT ck_bank_statement_line_status CHECK (status IN ('MATCHED', 'UNMATCHED', 'IGNORED')),
    CONSTRAINT ck_bank_statement_line_rule CHECK (match_rule IS NULL OR match_rule IN ('REFERENCE', 'AMOUNT', 'CUSTOMER_TOTAL', 'MANUAL'))
);
CREATE INDEX ix_bank_statement_line_stmt ON bank_statement_line (statement_id);
CREATE INDEX ix_bank_statement_line_status ON bank_statement_line (status);

CREATE TABLE payment_allocation (
    id             NUMBER(19)         NOT NULL,
    line_id        NUMBER(19)         NOT NULL,
    invoice_id     NUMBER(19)         NOT NULL,
    invoice_number VARCHAR2(20 CHAR)  NOT NULL,
    amount         NUMBER(19,2)       NOT NULL,
    manual         NUMBER(1)          NOT NULL,
    allocated_at   TIMESTAMP          NOT NULL,
    allocated_by   VARCHAR2(100 CHAR) NOT NULL,
    CONSTRAINT pk_payment_allocation PRIMARY KEY (id),
    CONSTRAINT fk_payment_allocation_line FOREIGN KEY (line_id) REFERENCES bank_statement_line (id),
    CONSTRAINT fk_payment_allocation_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_payment_allocation_amount CHECK (amount > 0)
);
CREATE INDEX ix_payment_allocation_line ON payment_allocation (line_id);
CREATE INDEX ix_payment_allocation_invoice ON payment_allocation (invoice_id);

CREATE TABLE customer_credit (
    id          NUMBER(19)    NOT NULL,
    customer_id NUMBER(19)    NOT NULL,
    line_id     NUMBER(19)    NOT NULL,
    amount      NUMBER(19,2)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_customer_credit PRIMARY KEY (id),
    CONSTRAINT fk_customer_credit_line FOREIGN KEY (line_id) REFERENCES bank_statement_line (id),
    CONSTRAINT ck_customer_credit_amount CHECK (amount > 0)
);
CREATE INDEX ix_customer_credit_customer ON customer_credit (customer_id);
