-- CRM: pipeline stages (configurable by admin), opportunities with their stage history, activities and notes.
-- Sequences start above the seeded stage ids (V3).
CREATE SEQUENCE pipeline_stage_seq START WITH 1001 INCREMENT BY 50;

CREATE TABLE pipeline_stage (
    id           NUMBER(19)          NOT NULL,
    name         VARCHAR2(100 CHAR)  NOT NULL,
    position     NUMBER(10)          NOT NULL,
    probability  NUMBER(3)           NOT NULL,
    won          NUMBER(1)           DEFAULT 0 NOT NULL,
    lost         NUMBER(1)           DEFAULT 0 NOT NULL,
    version      NUMBER(10)          NOT NULL,
    created_at   TIMESTAMP           NOT NULL,
    created_by   VARCHAR2(100 CHAR)  NOT NULL,
    updated_at   TIMESTAMP           NOT NULL,
    updated_by   VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_pipeline_stage PRIMARY KEY (id),
    CONSTRAINT uq_pipeline_stage_name UNIQUE (name),
    CONSTRAINT ck_pipeline_stage_probability CHECK (probability BETWEEN 0 AND 100),
    CONSTRAINT ck_pipeline_stage_outcome CHECK (won IN (0, 1) AND lost IN (0, 1) AND won + lost < 2)
);

CREATE SEQUENCE opportunity_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE opportunity (
    id                 NUMBER(19)          NOT NULL,
    customer_id        NUMBER(19)          NOT NULL,
    title              VARCHAR2(200 CHAR)  NOT NULL,
    description        VARCHAR2(4000 CHAR),
    amount             NUMBER(12, 2),
    expected_close     DATE,
    owner              VARCHAR2(100 CHAR),
    stage_id           NUMBER(19)          NOT NULL,
    stage_changed_at   TIMESTAMP           NOT NULL,
    closed_at          TIMESTAMP,
    urgent             NUMBER(1)           DEFAULT 0 NOT NULL,
    source             VARCHAR2(20 CHAR)   NOT NULL,
    contact_name       VARCHAR2(200 CHAR),
    -- The public booking this opportunity came from: makes the booking hand-over idempotent.
    booking_reference  VARCHAR2(64 CHAR),
    version            NUMBER(10)          NOT NULL,
    created_at         TIMESTAMP           NOT NULL,
    created_by         VARCHAR2(100 CHAR)  NOT NULL,
    updated_at         TIMESTAMP           NOT NULL,
    updated_by         VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_opportunity PRIMARY KEY (id),
    CONSTRAINT uq_opportunity_booking UNIQUE (booking_reference),
    CONSTRAINT ck_opportunity_urgent CHECK (urgent IN (0, 1)),
    CONSTRAINT ck_opportunity_amount CHECK (amount >= 0),
    CONSTRAINT fk_opportunity_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_opportunity_stage FOREIGN KEY (stage_id) REFERENCES pipeline_stage (id)
);
CREATE INDEX ix_opportunity_customer ON opportunity (customer_id);
CREATE INDEX ix_opportunity_stage ON opportunity (stage_id, updated_at);
CREATE INDEX ix_opportunity_owner ON opportunity (owner);

CREATE SEQUENCE opportunity_stage_change_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE opportunity_stage_change (
    id              NUMBER(19)          NOT NULL,
    opportunity_id  NUMBER(19)          NOT NULL,
    from_stage_id   NUMBER(19),
    to_stage_id     NUMBER(19)          NOT NULL,
    changed_at      TIMESTAMP           NOT NULL,
    changed_by      VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_opportunity_stage_change PRIMARY KEY (id),
    CONSTRAINT fk_opp_stage_change_opp FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_opp_stage_change_from FOREIGN KEY (from_stage_id) REFERENCES pipeline_stage (id),
    CONSTRAINT fk_opp_stage_change_to FOREIGN KEY (to_stage_id) REFERENCES pipeline_stage (id)
);
CREATE INDEX ix_opp_stage_change_opp ON opportunity_stage_change (opportunity_id, changed_at);

CREATE SEQUENCE crm_activity_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE crm_activity (
    id              NUMBER(19)          NOT NULL,
    activity_type   VARCHAR2(20 CHAR)   NOT NULL,
    subject         VARCHAR2(200 CHAR)  NOT NULL,
    details         VARCHAR2(4000 CHAR),
    due_at          TIMESTAMP,
    owner           VARCHAR2(100 CHAR),
    done            NUMBER(1)           DEFAULT 0 NOT NULL,
    done_at         TIMESTAMP,
    customer_id     NUMBER(19),
    opportunity_id  NUMBER(19),
    -- NumHisto of the MS Access history table, for the import's upsert.
    legacy_key      VARCHAR2(50 CHAR),
    version         NUMBER(10)          NOT NULL,
    created_at      TIMESTAMP           NOT NULL,
    created_by      VARCHAR2(100 CHAR)  NOT NULL,
    updated_at      TIMESTAMP           NOT NULL,
    updated_by      VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_crm_activity PRIMARY KEY (id),
    CONSTRAINT uq_crm_activity_legacy_key UNIQUE (legacy_key),
    CONSTRAINT ck_crm_activity_done CHECK (done IN (0, 1)),
    CONSTRAINT ck_crm_activity_subject CHECK (customer_id IS NOT NULL OR opportunity_id IS NOT NULL),
    CONSTRAINT fk_crm_activity_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_crm_activity_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id)
);
-- "My open activities, overdue first".
CREATE INDEX ix_crm_activity_owner ON crm_activity (owner, done, due_at);
CREATE INDEX ix_crm_activity_customer ON crm_activity (customer_id);
CREATE INDEX ix_crm_activity_opportunity ON crm_activity (opportunity_id);

CREATE SEQUENCE crm_note_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE crm_note (
    id              NUMBER(19)          NOT NULL,
    customer_id     NUMBER(19)          NOT NULL,
    opportunity_id  NUMBER(19),
    text            VARCHAR2(4000 CHAR) NOT NULL,
    -- NumHisto of the MS Access history table, for the import's upsert.
    legacy_key      VARCHAR2(50 CHAR),
    written_at      TIMESTAMP           NOT NULL,
    written_by      VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_crm_note PRIMARY KEY (id),
    CONSTRAINT uq_crm_note_legacy_key UNIQUE (legacy_key),
    CONSTRAINT fk_crm_note_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_crm_note_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id)
);
CREATE INDEX ix_crm_note_customer ON crm_note (customer_id, written_at);
CREATE INDEX ix_crm_note_opportunity ON crm_note (opportunity_id, written_at);
