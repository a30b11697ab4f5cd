-- Supplier master details: head-office SIRET, payment terms, legacy key, and the child tables users maintain.
ALTER TABLE supplier ADD siret CHAR(14 CHAR);
ALTER TABLE supplier ADD payment_terms VARCHAR2(30 CHAR);
-- CODE_FOUR of the old Oracle table: the key the import upserts on, so it can be re-run for the go-live delta.
ALTER TABLE supplier ADD legacy_code VARCHAR2(50 CHAR);
ALTER TABLE supplier ADD CONSTRAINT uq_supplier_legacy_code UNIQUE (legacy_code);
-- Approval filters ("expiring within N days", "expired") range over this column.
CREATE INDEX ix_supplier_approved_until ON supplier (approved_until);

CREATE TABLE supplier_address (
    supplier_id  NUMBER(19)         NOT NULL,
    position     NUMBER(10)         NOT NULL,
    kind         VARCHAR2(20 CHAR)  NOT NULL,
    line1        VARCHAR2(200 CHAR) NOT NULL,
    line2        VARCHAR2(200 CHAR),
    postal_code  VARCHAR2(20 CHAR)  NOT NULL,
    city         VARCHAR2(100 CHAR) NOT NULL,
    country      CHAR(2 CHAR)       NOT NULL,
    CONSTRAINT pk_supplier_address PRIMARY KEY (supplier_id, position),
    CONSTRAINT uq_supplier_address_kind UNIQUE (supplier_id, kind),
    CONSTRAINT fk_supplier_address_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);

CREATE TABLE supplier_contact (
    supplier_id   NUMBER(19)         NOT NULL,
    position      NUMBER(10)         NOT NULL,
    name          VARCHAR2(200 CHAR) NOT NULL,
    contact_role  VARCHAR2(100 CHAR),
    email         VARCHAR2(254 CHAR),
    phone         VARCHAR2(16 CHAR),
    CONSTRAINT pk_supplier_contact PRIMARY KEY (supplier_id, position),
    CONSTRAINT fk_supplier_contact_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);

CREATE TABLE supplier_bank_account (
    supplier_id  NUMBER(19)         NOT NULL,
    position     NUMBER(10)         NOT NULL,
    iban         VARCHAR2(34 CHAR)  NOT NULL,
    bic          VARCHAR2(11 CHAR),
    holder       VARCHAR2(200 CHAR) NOT NULL,
    is_default   NUMBER(1)          NOT NULL,
    CONSTRAINT pk_supplier_bank_account PRIMARY KEY (supplier_id, position),
    CONSTRAINT ck_supplier_bank_acct_default CHECK (is_default IN (0, 1)),
    CONSTRAINT fk_supplier_bank_account_supp FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);

CREATE TABLE supplier_category (
    supplier_id  NUMBER(19)        NOT NULL,
    position     NUMBER(10)        NOT NULL,
    category     VARCHAR2(50 CHAR) NOT NULL,
    CONSTRAINT pk_supplier_category PRIMARY KEY (supplier_id, position),
    CONSTRAINT fk_supplier_category_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);
CREATE INDEX ix_supplier_category ON supplier_category (category);

CREATE SEQUENCE supplier_approval_history_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE supplier_approval_history (
    id              NUMBER(19)          NOT NULL,
    supplier_id     NUMBER(19)          NOT NULL,
    changed_at      TIMESTAMP           NOT NULL,
    changed_by      VARCHAR2(100 CHAR)  NOT NULL,
    from_status     VARCHAR2(20 CHAR)   NOT NULL,
    to_status       VARCHAR2(20 CHAR)   NOT NULL,
    scope           VARCHAR2(500 CHAR),
    approved_until  DATE,
    reason          VARCHAR2(1000 CHAR) NOT NULL,
    CONSTRAINT pk_supplier_approval_history PRIMARY KEY (id),
    CONSTRAINT fk_supplier_approval_hist_supp FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);
CREATE INDEX ix_supplier_approval_hist_supp ON supplier_approval_history (supplier_id, changed_at);
