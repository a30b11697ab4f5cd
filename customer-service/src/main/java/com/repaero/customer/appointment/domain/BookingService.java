package com.repaero.customer.appointment.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.repaero.customer.crm.domain.BookingLead;
import com.repaero.customer.crm.domain.BookingLeads;
import com.repaero.customer.notification.domain.Notifications;
import com.repaero.platform.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Public bookings: checked against the signed form and the per-email limits, placed on a free slot under the booking
 * lock (so that parallel requests never exceed a slot's capacity), confirmed by the emailed link or code (CRM lead,
 * AppointmentBooked, confirmation email with the .ics, AOG page), cancelled or moved with the manage link.
 */
@ApplicationScoped
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class);

    private final BookingConfig config;
    private final Clock clock;
    private final BookingTokens tokens;
    private final AvailabilityService availability;
    private final Notifications notifications;
    private final BookingMessages messages;
    private final AppointmentEvents events;
    private final OnCallService onCall;
    private final BookingLeads leads;

    public BookingService(BookingConfig config, Clock clock, BookingTokens tokens, AvailabilityService availability,
            Notifications notifications, BookingMessages messages, AppointmentEvents events, OnCallService onCall,
            BookingLeads leads) {
        this.config = config;
        this.clock = clock;
        this.tokens = tokens;
        this.availability = availability;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.onCall = onCall;
        this.leads = leads;
    }

    /** A signed booking form: when it was issued, and a nonce so that it books once. */
    public record FormToken(String token, Instant issuedAt, Instant notBefore, Instant expiresAt) {
    }

    public FormToken issueForm() {
        Instant now = clock.instant();
        Instant expires = now.plus(config.form().maxAge());
        String subject = now.toEpochMilli() + ":" + BookingTokens.randomText(16);
        return new FormToken(tokens.sign("form", subject, expires), now, now.plus(config.form().minFillTime()),
                expires);
    }

    /** Takes the booking: PENDING, holding its slot until confirmed or expired. */
    @Transactional
    public Appointment book(NewBooking booking) {
        Instant now = clock.instant();
        if (booking.honeypot() != null && !booking.honeypot().isBlank()) {
            LOG.warnf("Booking refused: hidden form field filled (automated submission?)");
            throw new ProblemException.RuleViolated("form-rejected",
                    "The booking form was not filled in as expected; reload the page and try again");
        }
        String nonce = checkForm(booking.formToken(), now);
        AppointmentType type = availability.publicType(booking.appointmentType());
        String email = booking.email().trim().toLowerCase(Locale.ROOT);

        lock();
        checkLimits(email, now);
        if (Panache.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM booking_form_use WHERE nonce = ?1")
                .setParameter(1, nonce).getSingleResult() instanceof Number n && n.longValue() > 0) {
            throw new ProblemException.Conflict("form-already-used",
                    "This booking form was already sent; reload the page to book again");
        }
        Panache.getEntityManager().createNativeQuery("INSERT INTO booking_form_use (nonce, used_at) VALUES (?1, ?2)")
                .setParameter(1, nonce).setParameter(2, now).executeUpdate();
        requireFreeSlot(type, booking.start(), now, null);

        Appointment a = new Appointment();
        a.reference = newReference();
        a.type = type;
        a.aog = type.aog;
        a.schedule(booking.start());
        a.contactName = booking.contactName().trim();
        a.companyName = blankToNull(booking.companyName());
        a.siren = blankToNull(booking.siren());
        a.email = email;
        a.phone = blankToNull(booking.phone());
        a.message = blankToNull(booking.message());
        String code = BookingTokens.sixDigits();
        a.confirmationCode = tokens.hashCode(a.reference, code);
        a.expiresAt = now.plus(config.confirmationTimeout());
        a.markCreated("public", now);
        a.persist();
        String link = messages.confirmLink(a.reference, tokens.sign("confirm", a.reference, a.expiresAt));
        notifications.email("booking-confirmation-request", a.reference,
                messages.confirmationRequest(a, code, link));
        return a;
    }

    /** Confirms with the emailed link's token or the 6-digit code; confirming twice is harmless. */
    @Transactional(dontRollbackOn = WrongConfirmationCode.class)
    public Appointment confirm(String reference, String token, String code) {
        Instant now = clock.instant();
        Appointment a = byReference(reference);
        if (token != null && !token.isBlank()) {
            if (!tokens.verify(token, "confirm", now).filter(reference::equals).isPresent()) {
                throw new ProblemException.InvalidInput("token",
                        "is not a valid confirmation link for this booking, or it has expired");
            }
        } else if (code != null && !code.isBlank()) {
            if (a.status == AppointmentStatus.CONFIRMED) {
                return a;
            }
            if (a.codeAttempts >= config.maxCodeAttempts()) {
                throw new ProblemException.RuleViolated("too-many-attempts",
                        "Too many wrong codes: use the link in the email to confirm");
            }
            if (!tokens.hashCode(a.reference, code.trim()).equals(a.confirmationCode)) {
                a.codeAttempts++;
                throw new WrongConfirmationCode(config.maxCodeAttempts() - a.codeAttempts);
            }
        } else {
            throw new ProblemException.InvalidInput("code", "give the code sent by email, or the link's token");
        }
        if (a.status == AppointmentStatus.CONFIRMED) {
            return a;
        }
        if (a.status == AppointmentStatus.PENDING && a.expiresAt != null && !a.expiresAt.isAfter(now)) {
            throw new ProblemException.Conflict("expired",
                    "Booking " + reference + " was not confirmed in time and its slot was freed; book again");
        }
        a.confirm(now);
        a.markUpdated("public", now);
        a.crmReference = leads.bookingConfirmed(new BookingLead(a.reference, a.type.name,
                a.startAt.atZone(config.zone()).toOffsetDateTime(), a.aog, a.companyName, a.siren, a.contactName,
                a.email, a.phone, a.message));
        events.booked(a, null);
        notifications.email("booking-confirmed", a.reference,
                messages.confirmed(a, manageLink(a), now, false));
        if (a.aog) {
            onCall.page(a);
        }
        return a;
    }

    /** The booking as its visitor may see it with the manage link. */
    public Appointment view(String reference, String token) {
        Appointment a = byReference(reference);
        requireManageToken(a, token);
        return a;
    }

    /**
     * The booking's .ics with the manage link's token. A wrong token is a 404 like an unknown booking: this download
     * link must not tell which references exist.
     */
    public String calendar(String reference, String token) {
        Appointment a = Appointment.<Appointment>find(
                "select a from Appointment a join fetch a.type where a.reference = ?1", reference)
                .firstResultOptional()
                .filter(found -> tokens.verify(token, "manage", clock.instant()).filter(reference::equals).isPresent())
                .orElseThrow(() -> new ProblemException.NotFound("Booking", reference));
        return messages.calendar(a, clock.instant());
    }

    @Transactional
    public Appointment cancelByCustomer(String reference, String token, String reason) {
        Appointment a = byReference(reference);
        requireManageToken(a, token);
        return cancel(a, "customer", reason);
    }

    @Transactional
    public Appointment cancelByStaff(long id, String user, String reason) {
        Appointment a = Appointment.<Appointment>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Appointment", id));
        return cancel(a, user, reason);
    }

    /** Moves the booking to another free slot of its type. */
    @Transactional
    public Appointment reschedule(String reference, String token, Instant newStart) {
        Instant now = clock.instant();
        Appointment a = byReference(reference);
        requireManageToken(a, token);
        a.requireHolding("rescheduled");
        lock();
        requireFreeSlot(a.type, newStart, now, a.id);
        Instant previous = a.startAt;
        a.schedule(newStart);
        a.icsSequence++;
        a.reminderSentAt = null;
        a.markUpdated("customer", now);
        if (a.status == AppointmentStatus.CONFIRMED) {
            leads.bookingRescheduled(a.reference, a.startAt.atZone(config.zone()).toOffsetDateTime());
            events.booked(a, previous);
            notifications.email("booking-rescheduled", a.reference,
                    messages.confirmed(a, manageLink(a), now, true));
        }
        return a;
    }

    /** Frees the slots of bookings not confirmed in time; returns how many expired. */
    @Transactional
    public int expirePending() {
        Instant now = clock.instant();
        // Used form nonces are kept only while their form could still be sent.
        Panache.getEntityManager().createNativeQuery("DELETE FROM booking_form_use WHERE used_at < ?1")
                .setParameter(1, now.minus(config.form().maxAge())).executeUpdate();
        return Appointment.update("status = ?1 where status = ?2 and expiresAt <= ?3", AppointmentStatus.EXPIRED,
                AppointmentStatus.PENDING, now);
    }

    /** Queues the reminders (email, and SMS when a phone was given) of the appointments coming up soon. */
    @Transactional
    public int sendReminders() {
        Instant now = clock.instant();
        List<Appointment> due = Appointment.list(
                "select a from Appointment a join fetch a.type where a.status = ?1 and a.reminderSentAt is null"
                        + " and a.startAt > ?2 and a.startAt <= ?3",
                AppointmentStatus.CONFIRMED, now, now.plus(config.reminder().before()));
        for (Appointment a : due) {
            notifications.email("booking-reminder", a.reference, messages.reminderEmail(a, manageLink(a)));
            if (a.phone != null) {
                notifications.sms("booking-reminder", a.reference, a.phone, messages.reminderSms(a));
            }
            a.reminderSentAt = now;
        }
        return due.size();
    }

    /** Appointments starting within [from, to] (local dates, inclusive), for the staff calendar. */
    public List<Appointment> calendar(LocalDate from, LocalDate to, AppointmentStatus status) {
        ZoneId zone = config.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return status == null
                ? Appointment.list("select a from Appointment a join fetch a.type where a.startAt >= ?1"
                        + " and a.startAt < ?2 order by a.startAt, a.id", start, end)
                : Appointment.list("select a from Appointment a join fetch a.type where a.startAt >= ?1"
                        + " and a.startAt < ?2 and a.status = ?3 order by a.startAt, a.id", start, end, status);
    }

    public Appointment byId(long id) {
        return Appointment.<Appointment>find("select a from Appointment a join fetch a.type where a.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new ProblemException.NotFound("Appointment", id));
    }

    public Appointment byReference(String reference) {
        return Appointment.<Appointment>find("select a from Appointment a join fetch a.type where a.reference = ?1",
                reference).firstResultOptional()
                .orElseThrow(() -> new ProblemException.NotFound("Booking", reference));
    }

    private Appointment cancel(Appointment a, String by, String reason) {
        Instant now = clock.instant();
        boolean wasConfirmed = a.status == AppointmentStatus.CONFIRMED;
        a.cancel(now, by, blankToNull(reason));
        a.markUpdated(by, now);
        if (wasConfirmed) {
            leads.bookingCancelled(a.reference, a.cancelReason);
            events.cancelled(a);
            if (a.aog) {
                onCall.appointmentCancelled(a.id);
            }
        }
        notifications.email("booking-cancelled", a.reference, messages.cancelled(a, now, config.publicUrl()));
        return a;
    }

    private String checkForm(String formToken, Instant now) {
        String subject = tokens.verify(formToken, "form", now).orElseThrow(() -> new ProblemException.InvalidInput(
                "formToken", "is missing, altered or expired: reload the booking page"));
        int colon = subject.indexOf(':');
        Instant issued = Instant.ofEpochMilli(Long.parseLong(subject.substring(0, colon)));
        if (Duration.between(issued, now).compareTo(config.form().minFillTime()) < 0) {
            LOG.warnf("Booking refused: form sent %d ms after it was issued", Duration.between(issued, now)
                    .toMillis());
            throw new ProblemException.RuleViolated("form-too-fast",
                    "The form was sent too quickly after it was opened; wait a few seconds and send it again");
        }
        return subject.substring(colon + 1);
    }

    private void checkLimits(String email, Instant now) {
        long pending = Appointment.count("email = ?1 and status = ?2", email, AppointmentStatus.PENDING);
        if (pending >= config.limits().pendingPerEmail()) {
            throw new ProblemException(429, "too-many-pending", "Too many requests", "This email address already has "
                    + pending + " booking(s) waiting for confirmation: confirm them (see your emails) first");
        }
        long today = Appointment.count("email = ?1 and createdAt > ?2", email, now.minus(Duration.ofDays(1)));
        if (today >= config.limits().perEmailPerDay()) {
            throw new ProblemException(429, "too-many-bookings", "Too many requests",
                    "This email address made too many bookings in the last 24 hours; try again tomorrow");
        }
    }

    private void requireFreeSlot(AppointmentType type, Instant start, Instant now, Long ignoredAppointment) {
        Optional<SlotPlanner.Slot> slot = availability.slotAt(type, start, now, ignoredAppointment);
        if (slot.isEmpty()) {
            throw new ProblemException.RuleViolated("not-a-slot", "No slot of " + type.code + " starts at "
                    + start.atZone(config.zone()).toOffsetDateTime() + ": choose one from the availability list");
        }
        if (slot.get().remaining() <= 0) {
            throw new ProblemException.Conflict("slot-taken", "This slot was just taken: choose another one");
        }
    }

    /** Serialises the writes that take slots (bookings, reschedules); reads never wait for it. */
    private void lock() {
        try {
            Panache.getEntityManager()
                    .createNativeQuery("SELECT id FROM appointment_booking_lock WHERE id = 1 FOR UPDATE")
                    .getResultList();
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ProblemException(503, "booking-busy", "Service unavailable",
                    "Too many bookings at once; try again in a moment");
        }
    }

    private void requireManageToken(Appointment a, String token) {
        if (!tokens.verify(token, "manage", clock.instant()).filter(a.reference::equals).isPresent()) {
            throw new ProblemException.InvalidInput("token",
                    "is not a valid link for this booking, or it has expired");
        }
    }

    private String manageLink(Appointment a) {
        return messages.manageLink(a.reference, manageToken(a));
    }

    /** The token of the booking's manage link (cancel, move, calendar), valid until the day after it ends. */
    public String manageToken(Appointment a) {
        return tokens.sign("manage", a.reference, a.endAt.plus(Duration.ofDays(1)));
    }

    private static String newReference() {
        String reference;
        do {
            reference = "RDV-" + BookingTokens.randomText(8);
        } while (Appointment.count("reference", reference) > 0);
        return reference;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
