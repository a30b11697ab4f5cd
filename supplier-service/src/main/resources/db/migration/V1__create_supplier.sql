-- Supplier master (first slice: identity and contact; bank accounts, approval and addresses follow).
CREATE SEQUENCE supplier_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE supplier (
    id          NUMBER(19)         NOT NULL,
    legal_name  VARCHAR2(200 CHAR) NOT NULL,
    siren       CHAR(9 CHAR)       NOT NULL,
    vat_number  VARCHAR2(13 CHAR),
    email       VARCHAR2(254 CHAR),
    version     NUMBER(10)         NOT NULL,
    created_at  TIMESTAMP          NOT NULL,
    created_by  VARCHAR2(100 CHAR) NOT NULL,
    updated_at  TIMESTAMP          NOT NULL,
    updated_by  VARCHAR2(100 CHAR) NOT NULL,
    CONSTRAINT pk_supplier PRIMARY KEY (id),
    CONSTRAINT uq_supplier_siren UNIQUE (siren)
);
-- Name search is a contains-match (leading wildcard): no index would serve it; the table stays small.
CREATE INDEX ix_supplier_legal_name ON supplier (legal_name);
