-- Approved-supplier status (EASA Part-145 supplier evaluation): scope and expiry.
ALTER TABLE supplier ADD approval_status VARCHAR2(20 CHAR) DEFAULT 'NOT_APPROVED' NOT NULL;
ALTER TABLE supplier ADD approval_scope VARCHAR2(500 CHAR);
ALTER TABLE supplier ADD approved_until DATE;
