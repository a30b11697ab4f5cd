-- A customer's credit is spent on later invoices, possibly over several: what is left of it, and each use.
ALTER TABLE customer_credit ADD remaining NUMBER(19,2);
UPDATE customer_credit SET remaining = amount;
ALTER TABLE customer_credit MODIFY remaining NUMBER(19,2) NOT NULL;
ALTER TABLE customer_credit ADD CONSTRAINT ck_customer_credit_remaining CHECK (remaining >= 0 AND remaining <= amount);

CREATE SEQUENCE customer_credit_use_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE customer_credit_use (
    id             NUMBER(19)         NOT NULL,
    credit_id      NUMBER(19)         NOT NULL,
    invoice_id     NUMBER(19)         NOT NULL,
    invoice_number VARCHAR2(20 CHAR)  NOT NULL,
    amount         NUMBER(19,2)       NOT NULL,
    applied_at     TIMESTAMP          NOT NULL,
    applied_by     VARCHAR2(100 CHAR) NOT NULL,
    CONSTRAINT pk_customer_credit_use PRIMARY KEY (id),
    CONSTRAINT fk_customer_credit_use_credit FOREIGN KEY (credit_id) REFERENCES customer_credit (id),
    CONSTRAINT fk_customer_credit_use_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_customer_credit_use_amount CHECK (amount > 0)
);
CREATE INDEX ix_customer_credit_use_credit ON customer_credit_use (credit_id);
CREATE INDEX ix_customer_credit_use_invoice ON customer_credit_use (invoice_id);
