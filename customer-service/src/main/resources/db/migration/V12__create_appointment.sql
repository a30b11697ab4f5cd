-- Bookings from the public page (and their state), plus what protects the page against automated abuse.
CREATE SEQUENCE appointment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE appointment (
    id                    NUMBER(19)          NOT NULL,
    reference             VARCHAR2(20 CHAR)   NOT NULL,
    appointment_type_id   NUMBER(19)          NOT NULL,
    status                VARCHAR2(20 CHAR)   NOT NULL,
    aog                   NUMBER(1)           NOT NULL,
    start_at              TIMESTAMP           NOT NULL,
    end_at                TIMESTAMP           NOT NULL,
    -- start and end widened by the type's buffers: what the booking blocks.
    block_start_at        TIMESTAMP           NOT NULL,
    block_end_at          TIMESTAMP           NOT NULL,
    contact_name          VARCHAR2(120 CHAR)  NOT NULL,
    company_name          VARCHAR2(200 CHAR),
    siren                 VARCHAR2(9 CHAR),
    email                 VARCHAR2(254 CHAR)  NOT NULL,
    phone                 VARCHAR2(20 CHAR),
    message               VARCHAR2(2000 CHAR),
    confirmation_code     VARCHAR2(64 CHAR),
    code_attempts         NUMBER(5)           NOT NULL,
    expires_at            TIMESTAMP,
    confirmed_at          TIMESTAMP,
    cancelled_at          TIMESTAMP,
    cancelled_by          VARCHAR2(100 CHAR),
    cancel_reason         VARCHAR2(500 CHAR),
    reminder_sent_at      TIMESTAMP,
    crm_reference         NUMBER(19),
    ics_sequence          NUMBER(5)           NOT NULL,
    version               NUMBER(10)          NOT NULL,
    created_at            TIMESTAMP           NOT NULL,
    created_by            VARCHAR2(100 CHAR)  NOT NULL,
    updated_at            TIMESTAMP           NOT NULL,
    updated_by            VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_appointment PRIMARY KEY (id),
    CONSTRAINT uq_appointment_reference UNIQUE (reference),
    CONSTRAINT fk_appointment_type FOREIGN KEY (appointment_type_id) REFERENCES appointment_type (id)
);
-- The availability query and the staff calendar select by time range.
CREATE INDEX ix_appointment_start ON appointment (start_at);
CREATE INDEX ix_appointment_block ON appointment (block_start_at, block_end_at, status);
CREATE INDEX ix_appointment_status ON appointment (status, expires_at);
CREATE INDEX ix_appointment_email ON appointment (email, created_at);

-- One row: bookings lock it (SELECT ... FOR UPDATE) so that capacity checks and inserts never interleave.
CREATE TABLE appointment_booking_lock (
    id  NUMBER(1)  NOT NULL,
    CONSTRAINT pk_appointment_booking_lock PRIMARY KEY (id)
);
INSERT INTO appointment_booking_lock (id) VALUES (1);

-- Form tokens already used to book: each signed form token books once.
CREATE TABLE booking_form_use (
    nonce    VARCHAR2(64 CHAR)  NOT NULL,
    used_at  TIMESTAMP          NOT NULL,
    CONSTRAINT pk_booking_form_use PRIMARY KEY (nonce)
);
CREATE INDEX ix_booking_form_use_at ON booking_form_use (used_at);
