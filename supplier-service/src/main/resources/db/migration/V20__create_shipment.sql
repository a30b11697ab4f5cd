-- Colissimo shipments: the parcel, its addressee, the label workflow state; labels and tracking events apart.
-- Shipment numbers start at 100001: told apart from supplier ids at a glance (both key events on the same topic).
CREATE SEQUENCE shipment_seq START WITH 100001 INCREMENT BY 50;

CREATE TABLE shipment (
    id                    NUMBER(19)          NOT NULL,
    status                VARCHAR2(20 CHAR)   NOT NULL,
    product_code          VARCHAR2(10 CHAR)   NOT NULL,
    label_format          VARCHAR2(30 CHAR)   NOT NULL,
    weight_kg             NUMBER(5,3)         NOT NULL,
    insurance_value       NUMBER(19,2),
    reference             VARCHAR2(30 CHAR),
    supplier_id           NUMBER(19),
    addressee_company     VARCHAR2(35 CHAR),
    addressee_last_name   VARCHAR2(35 CHAR)   NOT NULL,
    addressee_first_name  VARCHAR2(29 CHAR)   NOT NULL,
    addressee_line2       VARCHAR2(35 CHAR)   NOT NULL,
    addressee_city        VARCHAR2(35 CHAR)   NOT NULL,
    addressee_zip_code    VARCHAR2(10 CHAR)   NOT NULL,
    addressee_country     CHAR(2 CHAR)        NOT NULL,
    addressee_email       VARCHAR2(80 CHAR),
    addressee_mobile      VARCHAR2(20 CHAR),
    parcel_number         VARCHAR2(30 CHAR),
    label_attempts        NUMBER(10)          NOT NULL,
    label_requested_at    TIMESTAMP,
    last_error_code       VARCHAR2(50 CHAR),
    last_error            VARCHAR2(1000 CHAR),
    last_tracked_at       TIMESTAMP,
    version               NUMBER(10)          NOT NULL,
    created_at            TIMESTAMP           NOT NULL,
    created_by            VARCHAR2(100 CHAR)  NOT NULL,
    updated_at            TIMESTAMP           NOT NULL,
    updated_by            VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_shipment PRIMARY KEY (id),
    CONSTRAINT fk_shipment_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_shipment_weight CHECK (weight_kg > 0 AND weight_kg <= 30)
);
-- The tracking poller and the label retry job select by status.
CREATE INDEX ix_shipment_status ON shipment (status);
CREATE INDEX ix_shipment_supplier ON shipment (supplier_id);
CREATE UNIQUE INDEX uq_shipment_parcel_number ON shipment (parcel_number);

CREATE TABLE shipment_label (
    shipment_id    NUMBER(19)         NOT NULL,
    format         VARCHAR2(30 CHAR)  NOT NULL,
    parcel_number  VARCHAR2(30 CHAR)  NOT NULL,
    content        BLOB               NOT NULL,
    created_at     TIMESTAMP          NOT NULL,
    CONSTRAINT pk_shipment_label PRIMARY KEY (shipment_id),
    CONSTRAINT fk_shipment_label_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id)
);

CREATE SEQUENCE shipment_tracking_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE shipment_tracking_event (
    id           NUMBER(19)          NOT NULL,
    shipment_id  NUMBER(19)          NOT NULL,
    code         VARCHAR2(20 CHAR)   NOT NULL,
    label_short  VARCHAR2(255 CHAR),
    label_long   VARCHAR2(1000 CHAR),
    occurred_at  TIMESTAMP           NOT NULL,
    recorded_at  TIMESTAMP           NOT NULL,
    CONSTRAINT pk_shipment_tracking_event PRIMARY KEY (id),
    CONSTRAINT fk_tracking_event_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
    -- The same event polled twice is stored once.
    CONSTRAINT uq_tracking_event UNIQUE (shipment_id, code, occurred_at)
);
