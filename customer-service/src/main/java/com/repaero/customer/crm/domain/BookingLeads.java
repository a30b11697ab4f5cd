package com.repaero.customer.crm.domain;

import java.time.OffsetDateTime;

/**
 * Where a confirmed public booking enters the CRM (an opportunity or an activity for the sales team), and where its
 * later moves and cancellation follow it, called by the booking code in its own transaction so that a booking never
 * exists without its CRM trace. All idempotent; a booking the CRM does not know is ignored.
 */
public interface BookingLeads {

    /** Records the booking in the CRM; returns the id of the opportunity (or activity) it created or updated. */
    long bookingConfirmed(BookingLead lead);

    /** The booking was moved: its meeting follows, and the opportunity gets a note. */
    void bookingRescheduled(String bookingReference, OffsetDateTime newStart);

    /** The booking was cancelled ({@code reason} may be null): its meeting is closed as cancelled, with a note. */
    void bookingCancelled(String bookingReference, String reason);
}
