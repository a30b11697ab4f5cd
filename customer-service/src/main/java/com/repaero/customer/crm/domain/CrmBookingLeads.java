package com.repaero.customer.crm.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.repaero.customer.customer.domain.Customer;
import com.repaero.customer.customer.domain.CustomerDetails;
import com.repaero.customer.customer.domain.CustomerService;
import com.repaero.platform.validation.FrenchCompanyIds;

/**
 * A confirmed public booking enters the CRM: the company is found by SIREN, then by name, then by the visitor's e-mail
 * among the contacts, else created as a prospect; the visitor becomes a contact if new; an opportunity opens in the
 * first stage (urgent when AOG) with a meeting at the booked time. Later moves and a cancellation move or close that
 * meeting with a note on the opportunity. Runs in the booking's transaction and is idempotent on the booking reference.
 */
@ApplicationScoped
public class CrmBookingLeads implements BookingLeads {

    /** The author of what bookings create, in audit columns and events. */
    public static final String USER = "booking";

    private static final Logger LOG = Logger.getLogger(CrmBookingLeads.class);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);

    private final CustomerService customers;
    private final OpportunityService opportunities;
    private final ActivityService activities;
    private final NoteService notes;

    public CrmBookingLeads(CustomerService customers, OpportunityService opportunities, ActivityService activities,
            NoteService notes) {
        this.customers = customers;
        this.opportunities = opportunities;
        this.activities = activities;
        this.notes = notes;
    }

    @Override
    @Transactional
    public long bookingConfirmed(BookingLead lead) {
        Opportunity known = Opportunity.findByBookingReference(lead.bookingReference());
        if (known != null) {
            return known.id;
        }
        Customer customer = knownCustomer(lead);
        if (customer == null) {
            customer = prospect(lead);
        } else if (!knowsContact(customer, lead)) {
            customers.addContact(customer.id, contact(lead), USER);
        }
        String when = lead.start().atZoneSameInstant(ActivityService.ZONE).format(WHEN);
        String title = truncate((lead.aog() ? "AOG — " : "") + "RDV " + lead.appointmentType() + " du " + when, 200);
        Opportunity opportunity = opportunities.create(new OpportunityService.OpportunityDetails(customer.id, title,
                description(lead), null, lead.start().atZoneSameInstant(ActivityService.ZONE).toLocalDate(), null,
                lead.aog(), OpportunitySource.BOOKING, truncate(lead.contactName(), 200)), null,
                lead.bookingReference(), USER);
        Activity meeting = activities.create(new ActivityService.ActivityDetails(ActivityType.MEETING,
                truncate("RDV " + lead.appointmentType() + " — " + contactLabel(lead), 200), description(lead),
                lead.start().toInstant(), null, false, customer.id, opportunity.id), null, USER);
        meeting.bookingReference = lead.bookingReference();
        return opportunity.id;
    }

    @Override
    @Transactional
    public void bookingRescheduled(String bookingReference, OffsetDateTime newStart) {
        Activity meeting = Activity.findBookingMeeting(bookingReference);
        if (meeting == null) {
            LOG.infof("Booking %s moved, but the CRM has no meeting for it (booked before the CRM followed "
                    + "bookings): nothing to update", bookingReference);
            return;
        }
        Instant start = newStart.toInstant();
        if (start.equals(meeting.dueAt) || meeting.cancelled) {
            return;
        }
        Instant now = Instant.now();
        meeting.dueAt = start;
        meeting.markUpdated(USER, now);
        note(meeting, "Rendez-vous déplacé au " + newStart.atZoneSameInstant(ActivityService.ZONE).format(WHEN), now);
    }

    @Override
    @Transactional
    public void bookingCancelled(String bookingReference, String reason) {
        Activity meeting = Activity.findBookingMeeting(bookingReference);
        if (meeting == null) {
            LOG.infof("Booking %s cancelled, but the CRM has no meeting for it (booked before the CRM followed "
                    + "bookings): nothing to update", bookingReference);
            return;
        }
        if (meeting.cancelled) {
            return;
        }
        Instant now = Instant.now();
        meeting.cancelled = true;
        meeting.done = true;
        meeting.doneAt = now;
        meeting.markUpdated(USER, now);
        // The opportunity stays open: whether the sale is lost is for sales to decide.
        note(meeting, "Rendez-vous annulé : " + (blankToNull(reason) == null ? "sans raison donnée" : reason.strip()),
                now);
    }

    private void note(Activity meeting, String text, Instant now) {
        notes.write(meeting.opportunityId == null ? meeting.customerId : null, meeting.opportunityId,
                truncate(text, 4000), null, now, USER);
    }

    private static Customer knownCustomer(BookingLead lead) {
        String siren = siren(lead);
        boolean validSiren = FrenchCompanyIds.isValidSiren(siren);
        if (validSiren) {
            Customer bySiren = Customer.findBySiren(siren);
            if (bySiren != null) {
                return bySiren;
            }
        }
        String name = blankToNull(lead.companyName());
        if (name != null) {
            Customer byName = Customer.<Customer>find("upper(legalName) = ?1 order by archived, id",
                    name.toUpperCase(Locale.ROOT)).firstResult();
            if (byName != null) {
                return byName;
            }
        }
        if (!validSiren && name == null && lead.email() != null) {
            Customer byContact = Customer.<Customer>find(
                    "select distinct c from Customer c join c.contacts k where upper(k.email) = ?1",
                    lead.email().strip().toUpperCase(Locale.ROOT)).firstResult();
            if (byContact != null) {
                return byContact;
            }
        }
        return null;
    }

    /** A new customer for a company (or person) the CRM does not know yet, with the visitor as its contact. */
    private Customer prospect(BookingLead lead) {
        String siren = siren(lead);
        boolean validSiren = FrenchCompanyIds.isValidSiren(siren);
        String legalName = firstNonBlank(lead.companyName(), lead.contactName(), lead.email(),
                "Prospect " + lead.bookingReference());
        String notes = "Prospect créé par la réservation " + lead.bookingReference()
                + (siren != null && !validSiren ? " ; SIREN saisi, invalide : " + siren : "")
                + (validSiren ? "" : " ; SIREN à compléter.");
        CustomerDetails.Contact contact = contact(lead);
        return customers.register(new CustomerDetails(truncate(legalName, 200), validSiren ? siren : null, null, null,
                "FR", null, null, null, null, null, truncate(notes, 4000), contact == null ? null : List.of(contact)),
                null, USER);
    }

    private static boolean knowsContact(Customer customer, BookingLead lead) {
        String email = blankToNull(lead.email());
        String name = blankToNull(lead.contactName());
        if (email == null && name == null) {
            return true;
        }
        return customer.contacts.stream().anyMatch(c -> email != null
                ? email.equalsIgnoreCase(c.email)
                : name.equalsIgnoreCase(c.name));
    }

    /** The visitor as a contact; a French mobile number goes to {@code mobile} (reminders by SMS). */
    private static CustomerDetails.Contact contact(BookingLead lead) {
        String email = blankToNull(lead.email());
        String name = blankToNull(lead.contactName());
        if (email == null && name == null) {
            return null;
        }
        String phone = e164(lead.phone());
        boolean mobile = phone != null && phone.matches("\\+33[67]\\d{8}");
        return new CustomerDetails.Contact(truncate(name != null ? name : email, 200), null,
                email == null || email.length() > 254 ? null : email, mobile ? null : phone, mobile ? phone : null,
                null);
    }

    private static String description(BookingLead lead) {
        StringBuilder text = new StringBuilder("Réservation ").append(lead.bookingReference()).append(" — ")
                .append(contactLabel(lead));
        if (lead.phone() != null && !lead.phone().isBlank()) {
            text.append(", tél. ").append(lead.phone().strip());
        }
        if (lead.message() != null && !lead.message().isBlank()) {
            text.append("\n").append(lead.message().strip());
        }
        return truncate(text.toString(), 4000);
    }

    private static String contactLabel(BookingLead lead) {
        String who = blankToNull(lead.contactName()) == null ? "" : lead.contactName().strip();
        String email = blankToNull(lead.email()) == null ? "" : " <" + lead.email().strip() + ">";
        String company = blankToNull(lead.companyName()) == null ? "" : " (" + lead.companyName().strip() + ")";
        return (who + email + company).strip();
    }

    /** A French number as visitors type it (06 12 34 56 78, 0033 6...) in E.164; null when it is not a number. */
    static String e164(String phone) {
        if (phone == null) {
            return null;
        }
        String compact = phone.replaceAll("[\\s.\\-()/]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        } else if (compact.matches("0[1-9]\\d{8}")) {
            compact = "+33" + compact.substring(1);
        }
        return compact.matches("\\+[1-9]\\d{1,14}") ? compact : null;
    }

    private static String siren(BookingLead lead) {
        return blankToNull(lead.siren()) == null ? null : lead.siren().replaceAll("[\\s.]", "");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (blankToNull(value) != null) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
