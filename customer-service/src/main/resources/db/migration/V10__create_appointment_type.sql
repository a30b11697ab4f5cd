-- Appointment types the public page offers (and the urgent after-hours AOG type), with their bookable hours.
CREATE SEQUENCE appointment_type_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE appointment_type (
    id                      NUMBER(19)          NOT NULL,
    code                    VARCHAR2(40 CHAR)   NOT NULL,
    name                    VARCHAR2(120 CHAR)  NOT NULL,
    description             VARCHAR2(1000 CHAR),
    duration_minutes        NUMBER(5)           NOT NULL,
    buffer_before_minutes   NUMBER(5)           NOT NULL,
    buffer_after_minutes    NUMBER(5)           NOT NULL,
    slot_step_minutes       NUMBER(5)           NOT NULL,
    minimum_notice_minutes  NUMBER(7)           NOT NULL,
    booking_window_days     NUMBER(5)           NOT NULL,
    capacity                NUMBER(5)           NOT NULL,
    aog                     NUMBER(1)           NOT NULL,
    public_booking          NUMBER(1)           NOT NULL,
    active                  NUMBER(1)           NOT NULL,
    version                 NUMBER(10)          NOT NULL,
    created_at              TIMESTAMP           NOT NULL,
    created_by              VARCHAR2(100 CHAR)  NOT NULL,
    updated_at              TIMESTAMP           NOT NULL,
    updated_by              VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_appointment_type PRIMARY KEY (id),
    CONSTRAINT uq_appointment_type_code UNIQUE (code),
    CONSTRAINT ck_appointment_type_duration CHECK (duration_minutes > 0),
    CONSTRAINT ck_appointment_type_capacity CHECK (capacity > 0)
);

-- Bookable hours per ISO weekday (1 = Monday), in minutes of the Europe/Paris day (end 1440 = midnight).
CREATE TABLE appointment_type_hours (
    appointment_type_id  NUMBER(19)  NOT NULL,
    day_of_week          NUMBER(1)   NOT NULL,
    start_minute         NUMBER(4)   NOT NULL,
    end_minute           NUMBER(4)   NOT NULL,
    CONSTRAINT fk_type_hours_type FOREIGN KEY (appointment_type_id) REFERENCES appointment_type (id),
    CONSTRAINT ck_type_hours CHECK (day_of_week BETWEEN 1 AND 7 AND start_minute >= 0 AND end_minute <= 1440
        AND start_minute < end_minute)
);
CREATE INDEX ix_type_hours_type ON appointment_type_hours (appointment_type_id);
