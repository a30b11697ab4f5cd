-- Every generateLabel call, written (PENDING) before the call and closed after it. Colissimo has no request key: a
-- call whose answer was lost (timeout, crash) may have made a label we never received. Such calls stay on record as
-- UNKNOWN with the sender reference they carried, so that an unused label can be found in Colissimo's back office.
CREATE TABLE shipment_label_request (
    shipment_id    NUMBER(19)         NOT NULL,
    attempt        NUMBER(10)         NOT NULL,
    -- Sent as letter.sender.senderParcelRef (printed on the label): SHP-<shipment>-<attempt>.
    request_ref    VARCHAR2(17 CHAR)  NOT NULL,
    requested_at   TIMESTAMP          NOT NULL,
    outcome        VARCHAR2(20 CHAR)  NOT NULL,
    parcel_number  VARCHAR2(30 CHAR),
    closed_at      TIMESTAMP,
    CONSTRAINT pk_shipment_label_request PRIMARY KEY (shipment_id, attempt),
    CONSTRAINT uq_shipment_label_request_ref UNIQUE (request_ref),
    CONSTRAINT fk_label_request_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
    CONSTRAINT ck_label_request_outcome
        CHECK (outcome IN ('PENDING', 'LABELLED', 'REFUSED', 'NOT_SENT', 'UNKNOWN'))
);
