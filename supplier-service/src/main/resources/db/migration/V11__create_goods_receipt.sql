-- Goods receipts against purchase order lines, with the incoming inspection (EASA Part-145) and traceability.
CREATE SEQUENCE goods_receipt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE goods_receipt (
    id             NUMBER(19)         NOT NULL,
    order_id       NUMBER(19)         NOT NULL,
    delivery_note  VARCHAR2(100 CHAR),
    received_at    TIMESTAMP          NOT NULL,
    received_by    VARCHAR2(100 CHAR) NOT NULL,
    CONSTRAINT pk_goods_receipt PRIMARY KEY (id),
    CONSTRAINT fk_goods_receipt_order FOREIGN KEY (order_id) REFERENCES purchase_order (id)
);
CREATE INDEX ix_goods_receipt_order ON goods_receipt (order_id);

CREATE SEQUENCE goods_receipt_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE goods_receipt_line (
    id                     NUMBER(19)         NOT NULL,
    receipt_id             NUMBER(19)         NOT NULL,
    order_line_id          NUMBER(19)         NOT NULL,
    line_position          NUMBER(5)          NOT NULL,
    quantity               NUMBER(15,3)       NOT NULL,
    inspection_result      VARCHAR2(20 CHAR)  NOT NULL,
    quarantine_reason      VARCHAR2(1000 CHAR),
    certificate_type       VARCHAR2(30 CHAR)  NOT NULL,
    certificate_reference  VARCHAR2(100 CHAR),
    lot_number             VARCHAR2(60 CHAR),
    -- End of shelf life (sealants, elastomers, chemicals): the stock service alerts before it.
    expiry_date            DATE,
    CONSTRAINT pk_goods_receipt_line PRIMARY KEY (id),
    CONSTRAINT fk_goods_receipt_line_receipt FOREIGN KEY (receipt_id) REFERENCES goods_receipt (id),
    CONSTRAINT fk_goods_receipt_line_order_line FOREIGN KEY (order_line_id) REFERENCES purchase_order_line (id),
    CONSTRAINT ck_goods_receipt_line_qty CHECK (quantity > 0),
    CONSTRAINT ck_goods_receipt_line_result CHECK (inspection_result IN ('ACCEPTED', 'QUARANTINED')),
    CONSTRAINT ck_goods_receipt_line_quarantine CHECK (inspection_result = 'ACCEPTED' OR quarantine_reason IS NOT NULL)
);
CREATE INDEX ix_goods_receipt_line_receipt ON goods_receipt_line (receipt_id);
CREATE INDEX ix_goods_receipt_line_order_line ON goods_receipt_line (order_line_id);

CREATE TABLE goods_receipt_serial (
    receipt_line_id  NUMBER(19)        NOT NULL,
    serial_index     NUMBER(5)         NOT NULL,
    serial_number    VARCHAR2(60 CHAR) NOT NULL,
    CONSTRAINT pk_goods_receipt_serial PRIMARY KEY (receipt_line_id, serial_index),
    CONSTRAINT fk_goods_receipt_serial_line FOREIGN KEY (receipt_line_id) REFERENCES goods_receipt_line (id)
);
CREATE INDEX ix_goods_receipt_serial_number ON goods_receipt_serial (serial_number);

-- What has been accepted at incoming inspection per order line: the three-way match pays for these only.
ALTER TABLE purchase_order_line ADD quantity_accepted NUMBER(15,3) DEFAULT 0 NOT NULL;
