package com.repaero.customer.crm.domain;

/**
 * Where a confirmed public booking enters the CRM (an opportunity or an activity for the sales team), called by the
 * booking code in its own transaction so that a booking never exists without its CRM trace.
 */
public interface BookingLeads {

    /** Records the booking in the CRM; returns the id of the opportunity (or activity) it created or updated. */
    long bookingConfirmed(BookingLead lead);
}
