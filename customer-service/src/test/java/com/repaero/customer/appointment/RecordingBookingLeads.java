package com.repaero.customer.appointment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import com.repaero.customer.crm.domain.BookingLead;
import com.repaero.customer.crm.domain.BookingLeads;

/** Records the leads the booking code sends to the CRM. */
// Replaced by the real bean at merge
@Singleton
public class RecordingBookingLeads implements BookingLeads {

    private static final List<BookingLead> LEADS = new CopyOnWriteArrayList<>();
    private static final AtomicLong IDS = new AtomicLong(1000);

    @Override
    public long bookingConfirmed(BookingLead lead) {
        LEADS.add(lead);
        return IDS.incrementAndGet();
    }

    /** The leads recorded for a booking reference. */
    public static List<BookingLead> of(String bookingReference) {
        return LEADS.stream().filter(l -> l.bookingReference().equals(bookingReference)).toList();
    }
}
