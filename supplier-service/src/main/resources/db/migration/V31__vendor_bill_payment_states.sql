-- Bank payments: a bill is IN_PAYMENT once its batch is sent, PARTLY_PAID when a statement shows less than its total.
ALTER TABLE vendor_bill DROP CONSTRAINT ck_vendor_bill_state;
ALTER TABLE vendor_bill ADD CONSTRAINT ck_vendor_bill_state
    CHECK (state IN ('RECEIVED', 'MATCHED', 'DISCREPANCY', 'APPROVED', 'IN_PAYMENT', 'PARTLY_PAID', 'PAID'));
