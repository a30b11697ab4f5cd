package com.repaero.customer.appointment.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.appointment.domain.Appointment;
import com.repaero.customer.appointment.domain.AvailabilityService;
import com.repaero.customer.appointment.domain.BookingConfig;
import com.repaero.customer.appointment.domain.BookingService;

/**
 * The public booking page's API, without login: types, free slots, the signed form, booking, confirmation by the
 * emailed link or code, cancel, reschedule and the calendar entry with the manage link. Rate limited per IP by the gateway; the signed
 * form, its honeypot and the per-email limits stop scripts here (ADR 0012).
 */
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public booking")
public class PublicBookingResource {

    static final String REFERENCE = "RDV-[0-9A-Z]{8}";
    static final String HONEYPOT = "website";
    static final String CALENDAR = "text/calendar; charset=utf-8";

    private final AvailabilityService availability;
    private final BookingService bookings;
    private final BookingConfig config;

    public PublicBookingResource(AvailabilityService availability, BookingService bookings, BookingConfig config) {
        this.availability = availability;
        this.bookings = bookings;
        this.config = config;
    }

    @GET
    @Path("/appointment-types")
    @PermitAll
    @Operation(summary = "List the appointment types open to public booking")
    public List<PublicAppointmentTypeResponse> types() {
        return availability.publicTypes().stream()
                .map(t -> PublicAppointmentTypeResponse.of(t, config.zone().getId())).toList();
    }

    @GET
    @Path("/availability")
    @PermitAll
    @Operation(summary = "Free slots of an appointment type between two dates (Europe/Paris, inclusive)")
    public AvailabilityResponse availability(@QueryParam("type") String type, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (type == null || type.isBlank()) {
            throw new com.repaero.platform.problem.ProblemException.InvalidInput("type",
                    "is required (an appointment type code)");
        }
        LocalDate first = Dates.parse(from, "from");
        LocalDate last = Dates.parse(to, "to");
        return new AvailabilityResponse(type, first, last, config.zone().getId(),
                availability.availability(type, first, last).stream().map(SlotResponse::of).toList());
    }

    @GET
    @Path("/booking-form")
    @PermitAll
    @Operation(summary = "Get a signed booking form token (send it back with the booking)")
    public BookingFormResponse form() {
        BookingService.FormToken form = bookings.issueForm();
        return new BookingFormResponse(form.token(), HONEYPOT, form.notBefore().atZone(config.zone())
                .toOffsetDateTime(), form.expiresAt().atZone(config.zone()).toOffsetDateTime());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/bookings")
    @PermitAll
    @Operation(summary = "Book a slot: the booking is PENDING until confirmed from the email")
    public Response book(@Valid @NotNull BookingRequest request) {
        Appointment a = bookings.book(request.toBooking());
        return Response.created(URI.create("/api/customer/public/bookings/" + a.reference))
                .entity(BookingResponse.of(a, config.zone())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/bookings/{reference}/confirmation")
    @PermitAll
    @Operation(summary = "Confirm a booking with the emailed link's token or 6-digit code", description = "The answer "
            + "carries the manage link's token (manageToken), as the confirmation email does.")
    public BookingResponse confirm(
            @PathParam("reference") @Pattern(regexp = REFERENCE, message = "{repaero.booking-reference.invalid}") String reference,
            @Valid @NotNull ConfirmRequest request) {
        Appointment a = bookings.confirm(reference, request.token(), request.code());
        return BookingResponse.of(a, config.zone(), bookings.manageToken(a));
    }

    @GET
    @Path("/bookings/{reference}")
    @PermitAll
    @Operation(summary = "Read a booking with the manage link's token")
    public BookingResponse view(
            @PathParam("reference") @Pattern(regexp = REFERENCE, message = "{repaero.booking-reference.invalid}") String reference,
            @QueryParam("token") String token) {
        return BookingResponse.of(bookings.view(reference, token), config.zone());
    }

    @GET
    @Path("/bookings/{reference}/calendar.ics")
    @Produces(CALENDAR)
    @PermitAll
    @Operation(summary = "Download a booking's calendar entry (.ics) with the manage link's token", description = "The "
            + "VEVENT of the confirmation email (same UID, SEQUENCE growing with each change), METHOD:PUBLISH; once "
            + "cancelled, METHOD:CANCEL and STATUS:CANCELLED. 404 for an unknown booking or a wrong token.")
    public Response calendar(
            @PathParam("reference") @Pattern(regexp = REFERENCE, message = "{repaero.booking-reference.invalid}") String reference,
            @QueryParam("token") String token) {
        return Response.ok(bookings.calendar(reference, token), CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"rendez-vous-" + reference + ".ics\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/bookings/{reference}/cancellation")
    @PermitAll
    @Operation(summary = "Cancel a booking with the manage link's token")
    public BookingResponse cancel(
            @PathParam("reference") @Pattern(regexp = REFERENCE, message = "{repaero.booking-reference.invalid}") String reference,
            @Valid @NotNull CancelRequest request) {
        return BookingResponse.of(bookings.cancelByCustomer(reference, request.token(), request.reason()),
                config.zone());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/bookings/{reference}/reschedule")
    @PermitAll
    @Operation(summary = "Move a booking to another free slot with the manage link's token")
    public BookingResponse reschedule(
            @PathParam("reference") @Pattern(regexp = REFERENCE, message = "{repaero.booking-reference.invalid}") String reference,
            @Valid @NotNull RescheduleRequest request) {
        return BookingResponse.of(bookings.reschedule(reference, request.token(), request.start().toInstant()),
                config.zone());
    }
}
