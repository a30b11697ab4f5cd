-- Invoicing: numbering counters (gap-free, per series and year) and quotes.
CREATE TABLE document_counter (
    -- Series and year, e.g. FA-2026 (invoices), AV-2026 (credit notes), DE-2026 (quotes).
    counter_key  VARCHAR2(20 CHAR) NOT NULL,
    last_number  NUMBER(10)        NOT NULL,
    CONSTRAINT pk_document_counter PRIMARY KEY (counter_key)
);

CREATE SEQUENCE quote_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quote_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE quote (
    id                 NUMBER(19)          NOT NULL,
    quote_number       VARCHAR2(20 CHAR)   NOT NULL,
    customer_id        NUMBER(19)          NOT NULL,
    state              VARCHAR2(20 CHAR)   NOT NULL,
    operation_category VARCHAR2(20 CHAR),
    discount_percent   NUMBER(5,2)         NOT NULL,
    notes              VARCHAR2(2000 CHAR),
    lines_net          NUMBER(19,2)        NOT NULL,
    allowance_total    NUMBER(19,2)        NOT NULL,
    tax_basis          NUMBER(19,2)        NOT NULL,
    vat_total          NUMBER(19,2)        NOT NULL,
    grand_total        NUMBER(19,2)        NOT NULL,
    valid_until        DATE,
    sent_at            TIMESTAMP,
    decided_at         TIMESTAMP,
    decided_by         VARCHAR2(100 CHAR),
    invoice_id         NUMBER(19),
    version            NUMBER(10)          NOT NULL,
    created_at         TIMESTAMP           NOT NULL,
    created_by         VARCHAR2(100 CHAR)  NOT NULL,
    updated_at         TIMESTAMP           NOT NULL,
    updated_by         VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_quote PRIMARY KEY (id),
    CONSTRAINT uq_quote_number UNIQUE (quote_number),
    CONSTRAINT ck_quote_state CHECK (state IN ('DRAFT', 'SENT', 'ACCEPTED', 'REFUSED', 'EXPIRED'))
);
CREATE INDEX ix_quote_customer ON quote (customer_id, state);
CREATE INDEX ix_quote_state ON quote (state, valid_until);

CREATE TABLE quote_line (
    id                   NUMBER(19)          NOT NULL,
    quote_id             NUMBER(19)          NOT NULL,
    line_number          NUMBER(5)           NOT NULL,
    description          VARCHAR2(500 CHAR)  NOT NULL,
    part_number          VARCHAR2(60 CHAR),
    quantity             NUMBER(15,3)        NOT NULL,
    unit_price           NUMBER(19,4)        NOT NULL,
    vat_rate             NUMBER(4,2)         NOT NULL,
    vat_exemption_reason VARCHAR2(300 CHAR),
    discount_percent     NUMBER(5,2)         NOT NULL,
    gross_amount         NUMBER(19,2)        NOT NULL,
    discount_amount      NUMBER(19,2)        NOT NULL,
    net_amount           NUMBER(19,2)        NOT NULL,
    CONSTRAINT pk_quote_line PRIMARY KEY (id),
    CONSTRAINT fk_quote_line_quote FOREIGN KEY (quote_id) REFERENCES quote (id),
    CONSTRAINT ck_quote_line_amounts CHECK (quantity > 0 AND unit_price >= 0)
);
CREATE INDEX ix_quote_line_quote ON quote_line (quote_id, line_number);
