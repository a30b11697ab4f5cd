-- The CRM follows a booking after its confirmation: its meeting activity is found by the booking reference (moved
-- with the booking) and may end cancelled rather than done.
ALTER TABLE crm_activity ADD booking_reference VARCHAR2(64 CHAR);
ALTER TABLE crm_activity ADD cancelled NUMBER(1) DEFAULT 0 NOT NULL;
ALTER TABLE crm_activity ADD CONSTRAINT ck_crm_activity_cancelled CHECK (cancelled IN (0, 1));
-- Meetings that bookings created before: the one activity the booking user wrote on the booking's opportunity.
UPDATE crm_activity SET booking_reference = (
    SELECT o.booking_reference FROM opportunity o WHERE o.id = crm_activity.opportunity_id)
WHERE activity_type = 'MEETING' AND created_by = 'booking' AND opportunity_id IS NOT NULL;
CREATE INDEX ix_crm_activity_booking ON crm_activity (booking_reference);
