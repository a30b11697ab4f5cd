-- Invoices and credit notes (one table, kind INVOICE or CREDIT_NOTE), their lines and their Factur-X document.
CREATE SEQUENCE invoice_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE invoice_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE invoice (
    id                      NUMBER(19)          NOT NULL,
    kind                    VARCHAR2(20 CHAR)   NOT NULL,
    state                   VARCHAR2(20 CHAR)   NOT NULL,
    -- Given at issue: FA-<year>-<n> or AV-<year>-<n>, without gaps.
    invoice_number          VARCHAR2(20 CHAR),
    customer_id             NUMBER(19)          NOT NULL,
    quote_id                NUMBER(19),
    credited_invoice_id     NUMBER(19),
    credited_invoice_number VARCHAR2(20 CHAR),
    credited_invoice_date   DATE,
    operation_category      VARCHAR2(20 CHAR)   NOT NULL,
    payment_terms           VARCHAR2(30 CHAR),
    discount_percent        NUMBER(5,2)         NOT NULL,
    buyer_reference         VARCHAR2(100 CHAR),
    notes                   VARCHAR2(2000 CHAR),
    delivery_date           DATE,
    lines_net               NUMBER(19,2)        NOT NULL,
    allowance_total         NUMBER(19,2)        NOT NULL,
    tax_basis               NUMBER(19,2)        NOT NULL,
    vat_total               NUMBER(19,2)        NOT NULL,
    grand_total             NUMBER(19,2)        NOT NULL,
    issue_date              DATE,
    due_date                DATE,
    issued_at               TIMESTAMP,
    issued_by               VARCHAR2(100 CHAR),
    vat_on_debits           NUMBER(1),
    -- The buyer as it was at issue (CustomerDirectory): the invoice never changes when the customer does.
    buyer_name              VARCHAR2(200 CHAR),
    buyer_siren             VARCHAR2(9 CHAR),
    buyer_vat_number        VARCHAR2(20 CHAR),
    buyer_email             VARCHAR2(254 CHAR),
    billing_line1           VARCHAR2(200 CHAR),
    billing_line2           VARCHAR2(200 CHAR),
    billing_postal_code     VARCHAR2(20 CHAR),
    billing_city            VARCHAR2(100 CHAR),
    billing_country         VARCHAR2(2 CHAR),
    delivery_line1          VARCHAR2(200 CHAR),
    delivery_line2          VARCHAR2(200 CHAR),
    delivery_postal_code    VARCHAR2(20 CHAR),
    delivery_city           VARCHAR2(100 CHAR),
    delivery_country        VARCHAR2(2 CHAR),
    paid_amount             NUMBER(19,2)        NOT NULL,
    credited_amount         NUMBER(19,2)        NOT NULL,
    payment_status          VARCHAR2(20 CHAR),
    version                 NUMBER(10)          NOT NULL,
    created_at              TIMESTAMP           NOT NULL,
    created_by              VARCHAR2(100 CHAR)  NOT NULL,
    updated_at              TIMESTAMP           NOT NULL,
    updated_by              VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_invoice PRIMARY KEY (id),
    CONSTRAINT uq_invoice_number UNIQUE (invoice_number),
    CONSTRAINT fk_invoice_credited FOREIGN KEY (credited_invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_invoice_kind CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT ck_invoice_state CHECK (state IN ('DRAFT', 'ISSUED')),
    CONSTRAINT ck_invoice_issued CHECK (state = 'DRAFT' OR (invoice_number IS NOT NULL AND issue_date IS NOT NULL)),
    CONSTRAINT ck_invoice_payment CHECK (payment_status IS NULL OR payment_status IN ('UNPAID', 'PARTLY_PAID', 'PAID'))
);
CREATE INDEX ix_invoice_customer ON invoice (customer_id, state);
CREATE INDEX ix_invoice_payment ON invoice (payment_status, due_date);
CREATE INDEX ix_invoice_credited ON invoice (credited_invoice_id);

CREATE TABLE invoice_line (
    id                   NUMBER(19)          NOT NULL,
    invoice_id           NUMBER(19)          NOT NULL,
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
    credited_line_number NUMBER(5),
    CONSTRAINT pk_invoice_line PRIMARY KEY (id),
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_invoice_line_amounts CHECK (quantity > 0 AND unit_price >= 0)
);
CREATE INDEX ix_invoice_line_invoice ON invoice_line (invoice_id, line_number);

-- Written once at issue, in the issuing transaction (ADR 0013); never updated.
CREATE TABLE invoice_document (
    invoice_id  NUMBER(19)        NOT NULL,
    pdf         BLOB              NOT NULL,
    cii_xml     BLOB              NOT NULL,
    pdf_sha256  VARCHAR2(64 CHAR) NOT NULL,
    created_at  TIMESTAMP         NOT NULL,
    CONSTRAINT pk_invoice_document PRIMARY KEY (invoice_id),
    CONSTRAINT fk_invoice_document_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
