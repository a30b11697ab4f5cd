-- Payment reminders, one per invoice and dunning step (days after the due date): never sent twice.
CREATE SEQUENCE dunning_reminder_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE dunning_reminder (
    id                  NUMBER(19)          NOT NULL,
    invoice_id          NUMBER(19)          NOT NULL,
    step_days           NUMBER(5)           NOT NULL,
    sent_to             VARCHAR2(254 CHAR)  NOT NULL,
    outstanding_amount  NUMBER(19,2)        NOT NULL,
    sent_at             TIMESTAMP           NOT NULL,
    CONSTRAINT pk_dunning_reminder PRIMARY KEY (id),
    CONSTRAINT uq_dunning_reminder_step UNIQUE (invoice_id, step_days),
    CONSTRAINT fk_dunning_reminder_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
