package com.repaero.customer.appointment.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.appointment.domain.Appointment;
import com.repaero.customer.appointment.domain.AppointmentStatus;
import com.repaero.customer.appointment.domain.BookingConfig;
import com.repaero.customer.appointment.domain.BookingService;
import com.repaero.customer.appointment.domain.OnCallService;
import com.repaero.customer.notification.domain.Notifications;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** The staff calendar of appointments (day, week or any range up to two months), details, and cancellation. */
@Path("/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class AppointmentResource {

    private static final int MAX_DAYS = 62;

    private final BookingService bookings;
    private final OnCallService onCall;
    private final Notifications notifications;
    private final BookingConfig config;
    private final SecurityIdentity identity;

    public AppointmentResource(BookingService bookings, OnCallService onCall, Notifications notifications,
            BookingConfig config, SecurityIdentity identity) {
        this.bookings = bookings;
        this.onCall = onCall;
        this.notifications = notifications;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ADMIN, Roles.TEAM_LEAD, Roles.TECHNICIAN})
    @Operation(summary = "Appointments starting between two dates (Europe/Paris, inclusive; a day or a week)")
    public List<AppointmentSummary> calendar(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("status") String status) {
        LocalDate first = Dates.parse(from, "from");
        LocalDate last = to == null || to.isBlank() ? first : Dates.parse(to, "to");
        if (last.isBefore(first)) {
            throw new ProblemException.InvalidInput("to", "must not be before from");
        }
        if (first.plusDays(MAX_DAYS - 1L).isBefore(last)) {
            throw new ProblemException.InvalidInput("to", "must be at most " + MAX_DAYS + " days after from");
        }
        AppointmentStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = AppointmentStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw new ProblemException.InvalidInput("status",
                        "must be one of PENDING, CONFIRMED, CANCELLED, EXPIRED");
            }
        }
        return bookings.calendar(first, last, wanted).stream().map(a -> AppointmentSummary.of(a, config.zone()))
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES, Roles.ADMIN, Roles.TEAM_LEAD, Roles.TECHNICIAN})
    @Operation(summary = "Read an appointment with its AOG paging and its messages")
    public AppointmentDetail get(@PathParam("id") long id) {
        Appointment a = bookings.byId(id);
        return AppointmentDetail.of(a, config.zone(), onCall.alertOf(a.id).orElse(null),
                notifications.ofReference(a.reference));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Cancel an appointment on the customer's behalf (the customer is told by email)")
    public AppointmentSummary cancel(@PathParam("id") long id, @Valid StaffCancelRequest request) {
        Appointment a = bookings.cancelByStaff(id, identity.getPrincipal().getName(),
                request == null ? null : request.reason());
        return AppointmentSummary.of(a, config.zone());
    }
}
