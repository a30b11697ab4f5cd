-- Technicians' calendars (working hours, absences), kept here until resource-service (phase 5) owns them.
CREATE SEQUENCE technician_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE technician (
    id          NUMBER(19)          NOT NULL,
    name        VARCHAR2(120 CHAR)  NOT NULL,
    email       VARCHAR2(254 CHAR),
    phone       VARCHAR2(20 CHAR),
    active      NUMBER(1)           NOT NULL,
    version     NUMBER(10)          NOT NULL,
    created_at  TIMESTAMP           NOT NULL,
    created_by  VARCHAR2(100 CHAR)  NOT NULL,
    updated_at  TIMESTAMP           NOT NULL,
    updated_by  VARCHAR2(100 CHAR)  NOT NULL,
    CONSTRAINT pk_technician PRIMARY KEY (id)
);

CREATE TABLE technician_hours (
    technician_id  NUMBER(19)  NOT NULL,
    day_of_week    NUMBER(1)   NOT NULL,
    start_minute   NUMBER(4)   NOT NULL,
    end_minute     NUMBER(4)   NOT NULL,
    CONSTRAINT fk_technician_hours_tech FOREIGN KEY (technician_id) REFERENCES technician (id),
    CONSTRAINT ck_technician_hours CHECK (day_of_week BETWEEN 1 AND 7 AND start_minute >= 0 AND end_minute <= 1440
        AND start_minute < end_minute)
);
CREATE INDEX ix_technician_hours_tech ON technician_hours (technician_id);

CREATE SEQUENCE technician_absence_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE technician_absence (
    id             NUMBER(19)          NOT NULL,
    technician_id  NUMBER(19)          NOT NULL,
    starts_at      TIMESTAMP           NOT NULL,
    ends_at        TIMESTAMP           NOT NULL,
    reason         VARCHAR2(200 CHAR),
    CONSTRAINT pk_technician_absence PRIMARY KEY (id),
    CONSTRAINT fk_absence_technician FOREIGN KEY (technician_id) REFERENCES technician (id),
    CONSTRAINT ck_absence_range CHECK (starts_at < ends_at)
);
CREATE INDEX ix_absence_range ON technician_absence (starts_at, ends_at);
