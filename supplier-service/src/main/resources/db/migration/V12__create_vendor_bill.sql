-- Vendor bills entered by accounting, matched three ways (order vs receipt vs bill) before approval for payment.
CREATE SEQUENCE vendor_bill_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE vendor_bill (
    id                        NUMBER(19)         NOT NULL,
    supplier_id               NUMBER(19)         NOT NULL,
    order_id                  NUMBER(19)         NOT NULL,
    invoice_number            VARCHAR2(50 CHAR)  NOT NULL,
    -- Upper case without blanks, dots, dashes or slashes: "FA-2026/001" and "fa 2026 001" are one invoice.
    invoice_number_key        VARCHAR2(50 CHAR)  NOT NULL,
    invoice_date              DATE               NOT NULL,
    due_date                  DATE               NOT NULL,
    state                     VARCHAR2(20 CHAR)  NOT NULL,
    net_amount                NUMBER(19,2)       NOT NULL,
    vat_amount                NUMBER(19,2)       NOT NULL,
    total_amount              NUMBER(19,2)       NOT NULL,
    matched_at                TIMESTAMP,
    approved_at               TIMESTAMP,
    approved_by               VARCHAR2(100 CHAR),
    approval_override_reason  VARCHAR2(1000 CHAR),
    version                   NUMBER(10)         NOT NULL,
    created_at                TIMESTAMP          NOT NULL,
    created_by                VARCHAR2(100 CHAR) NOT NULL,
    updated_at                TIMESTAMP          NOT NULL,
    updated_by                VARCHAR2(100 CHAR) NOT NULL,
    CONSTRAINT pk_vendor_bill PRIMARY KEY (id),
    CONSTRAINT uq_vendor_bill_invoice UNIQUE (supplier_id, invoice_number_key),
    CONSTRAINT fk_vendor_bill_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_vendor_bill_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT ck_vendor_bill_state CHECK (state IN ('RECEIVED', 'MATCHED', 'DISCREPANCY', 'APPROVED', 'PAID'))
);
CREATE INDEX ix_vendor_bill_state ON vendor_bill (state, due_date);
CREATE INDEX ix_vendor_bill_order ON vendor_bill (order_id);

CREATE SEQUENCE vendor_bill_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE vendor_bill_line (
    id             NUMBER(19)         NOT NULL,
    bill_id        NUMBER(19)         NOT NULL,
    line_number    NUMBER(5)          NOT NULL,
    -- Null for a charge that was not ordered (freight, surcharge): a LINE_NOT_ORDERED discrepancy.
    order_line_id  NUMBER(19),
    description    VARCHAR2(500 CHAR),
    quantity       NUMBER(15,3)       NOT NULL,
    unit_price     NUMBER(19,4)       NOT NULL,
    line_amount    NUMBER(19,2)       NOT NULL,
    CONSTRAINT pk_vendor_bill_line PRIMARY KEY (id),
    CONSTRAINT fk_vendor_bill_line_bill FOREIGN KEY (bill_id) REFERENCES vendor_bill (id),
    CONSTRAINT fk_vendor_bill_line_order_line FOREIGN KEY (order_line_id) REFERENCES purchase_order_line (id)
);
CREATE INDEX ix_vendor_bill_line_bill ON vendor_bill_line (bill_id);
CREATE INDEX ix_vendor_bill_line_order_line ON vendor_bill_line (order_line_id);

CREATE TABLE vendor_bill_discrepancy (
    bill_id            NUMBER(19)        NOT NULL,
    discrepancy_index  NUMBER(5)         NOT NULL,
    line_number        NUMBER(5),
    kind               VARCHAR2(40 CHAR) NOT NULL,
    expected_value     NUMBER(19,4),
    actual_value       NUMBER(19,4),
    CONSTRAINT pk_vendor_bill_discrepancy PRIMARY KEY (bill_id, discrepancy_index),
    CONSTRAINT fk_vendor_bill_discrepancy_bill FOREIGN KEY (bill_id) REFERENCES vendor_bill (id)
);
