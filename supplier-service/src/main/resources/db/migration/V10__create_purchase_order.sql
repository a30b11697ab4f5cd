-- Purchase orders and their lines; order numbers come from a per-year counter (gap-free, unlike a sequence).
CREATE TABLE purchase_order_counter (
    order_year   NUMBER(4)  NOT NULL,
    last_number  NUMBER(10) NOT NULL,
    CONSTRAINT pk_purchase_order_counter PRIMARY KEY (order_year)
);

CREATE SEQUENCE purchase_order_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE purchase_order (
    id               NUMBER(19)         NOT NULL,
    order_number     VARCHAR2(20 CHAR)  NOT NULL,
    supplier_id      NUMBER(19)         NOT NULL,
    state            VARCHAR2(20 CHAR)  NOT NULL,
    notes            VARCHAR2(2000 CHAR),
    total_amount     NUMBER(19,2)       NOT NULL,
    sent_at          TIMESTAMP,
    sent_by          VARCHAR2(100 CHAR),
    -- Sent to a supplier that was not approved: who allowed it, when and why (Part-145 traceability).
    override_reason  VARCHAR2(1000 CHAR),
    override_by      VARCHAR2(100 CHAR),
    override_at      TIMESTAMP,
    closed_at        TIMESTAMP,
    closed_by        VARCHAR2(100 CHAR),
    cancelled_at     TIMESTAMP,
    cancelled_by     VARCHAR2(100 CHAR),
    version          NUMBER(10)         NOT NULL,
    created_at       TIMESTAMP          NOT NULL,
    created_by       VARCHAR2(100 CHAR) NOT NULL,
    updated_at       TIMESTAMP          NOT NULL,
    updated_by       VARCHAR2(100 CHAR) NOT NULL,
    CONSTRAINT pk_purchase_order PRIMARY KEY (id),
    CONSTRAINT uq_purchase_order_number UNIQUE (order_number),
    CONSTRAINT fk_purchase_order_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_purchase_order_state CHECK (state IN ('DRAFT', 'SENT', 'PARTLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED'))
);
CREATE INDEX ix_purchase_order_supplier ON purchase_order (supplier_id, state);
CREATE INDEX ix_purchase_order_state ON purchase_order (state, created_at);

CREATE SEQUENCE purchase_order_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE purchase_order_line (
    id                 NUMBER(19)         NOT NULL,
    order_id           NUMBER(19)         NOT NULL,
    line_number        NUMBER(5)          NOT NULL,
    part_number        VARCHAR2(60 CHAR)  NOT NULL,
    description        VARCHAR2(500 CHAR) NOT NULL,
    quantity           NUMBER(15,3)       NOT NULL,
    unit               VARCHAR2(5 CHAR)   NOT NULL,
    unit_price         NUMBER(19,4)       NOT NULL,
    line_amount        NUMBER(19,2)       NOT NULL,
    expected_date      DATE,
    quantity_received  NUMBER(15,3)       NOT NULL,
    CONSTRAINT pk_purchase_order_line PRIMARY KEY (id),
    CONSTRAINT fk_purchase_order_line_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT ck_purchase_order_line_qty CHECK (quantity > 0 AND quantity_received >= 0 AND unit_price >= 0)
);
CREATE INDEX ix_purchase_order_line_order ON purchase_order_line (order_id, line_number);
CREATE INDEX ix_purchase_order_line_part ON purchase_order_line (part_number);
