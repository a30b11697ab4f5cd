-- Customer master: companies Rep'Aero repairs for, and their contacts (owned by the customer, replaced with it).
CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE customer (
    id                NUMBER(19)          NOT NULL,
    legal_name        VARCHAR2(200 CHAR)  NOT NULL,
    -- Null only for foreign companies and for prospects created from a public booking (completed by sales).
    siren             CHAR(9 CHAR),
    siret             CHAR(14 CHAR),
    vat_number        VARCHAR2(14 CHAR),
    country           CHAR(2 CHAR)        NOT NULL,
    billing_line1     VARCHAR2(200 CHAR),
    billing_line2     VARCHAR2(200 CHAR),
    billing_postal    VARCHAR2(20 CHAR),
    billing_city      VARCHAR2(100 CHAR),
    billing_country   CHAR(2 CHAR),
    delivery_line1    VARCHAR2(200 CHAR),
    delivery_line2    VARCHAR2(200 CHAR),
    delivery_postal   VARCHAR2(20 CHAR),
    delivery_city     VARCHAR2(100 CHAR),
    delivery_country  CHAR(2 CHAR),
    email             VARCHAR2(254 CHAR),
    phone             VARCHAR2(16 CHAR),
    payment_terms     VARCHAR2(30 CHAR),
    notes             VARCHAR2(4000 CHAR),
    -- NumClient of the MS Access database: the key the import upserts on, so it can re-run for the go-live delta.
    legacy_key        VARCHAR2(50 CHAR),
    archived          NUMBER(1)           DEFAULT 0 NOT NULL,
    version           NUMBER(10)          NOT NULL,
    created_at        TIMESTAMP           NOT NULL,
    created_by        VARCHAR2(100 CHAR)  NOT NULL,
    updated_at        TIMESTAMP           NOT NULL,
    updated_by        VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_customer PRIMARY KEY (id),
    CONSTRAINT uq_customer_siren UNIQUE (siren),
    CONSTRAINT uq_customer_legacy_key UNIQUE (legacy_key),
    CONSTRAINT ck_customer_archived CHECK (archived IN (0, 1))
);
CREATE INDEX ix_customer_legal_name ON customer (legal_name);
CREATE INDEX ix_customer_billing_city ON customer (billing_city);

CREATE TABLE customer_contact (
    customer_id   NUMBER(19)         NOT NULL,
    position      NUMBER(10)         NOT NULL,
    name          VARCHAR2(200 CHAR) NOT NULL,
    contact_role  VARCHAR2(100 CHAR),
    email         VARCHAR2(254 CHAR),
    phone         VARCHAR2(16 CHAR),
    mobile        VARCHAR2(16 CHAR),
    -- NumContact of the MS Access database, for the import's upsert.
    legacy_key    VARCHAR2(50 CHAR),
    CONSTRAINT pk_customer_contact PRIMARY KEY (customer_id, position),
    CONSTRAINT fk_customer_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_customer_contact_email ON customer_contact (email);
