package com.repaero.gateway.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The workshop's week of appointments, day by day in Paris time with AOG first to the eye, and one appointment. */
@Path("/console/appointments")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AppointmentPages {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final ConsolePages pages;
    private final CustomerApi api;
    private final Template week;
    private final Template detail;

    public AppointmentPages(ConsolePages pages, CustomerApi api, @Location("console/appointments.html") Template week,
            @Location("console/appointment.html") Template detail) {
        this.pages = pages;
        this.api = api;
        this.week = week;
        this.detail = detail;
    }

    /** An appointment in the calendar. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Appointment(long id, String reference, String status, String appointmentTypeName,
            OffsetDateTime start, OffsetDateTime end, boolean aog, String contactName, String companyName, String siren,
            String email, String phone, String message, String cancelReason, Long crmReference) {

        /** {@code 09:00–10:30}, Paris time whatever the offset the service wrote. */
        public String hours() {
            return HOUR.format(start.atZoneSameInstant(PARIS)) + "–" + HOUR.format(end.atZoneSameInstant(PARIS));
        }

        public LocalDate day() {
            return start.atZoneSameInstant(PARIS).toLocalDate();
        }

        public boolean cancellable() {
            return "PENDING".equals(status) || "CONFIRMED".equals(status);
        }
    }

    /** One day of the week with its appointments. */
    public record Day(LocalDate date, String name, List<Appointment> appointments) {
    }

    @GET
    public TemplateInstance week(@QueryParam("week") String weekOf) {
        ConsoleUser user = pages.require(Screen.APPOINTMENTS);
        LocalDate monday = monday(weekOf);
        ServiceApi.Answer answer = api.get("/appointments?from=" + monday + "&to=" + monday.plusDays(6));
        List<Appointment> all = answer.ok() ? api.read(answer, new TypeReference<List<Appointment>>() {
        }) : List.of();
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            days.add(new Day(date, date.getDayOfWeek().getDisplayName(TextStyle.FULL, pages.locale()),
                    all.stream().filter(a -> a.day().equals(date)).toList()));
        }
        return pages.page(week, user, Screen.APPOINTMENTS)
                .data("days", days)
                .data("monday", monday)
                .data("previous", monday.minusWeeks(1))
                .data("next", monday.plusWeeks(1))
                .data("none", all.isEmpty());
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("cancelled") boolean cancelled) {
        ConsoleUser user = pages.require(Screen.APPOINTMENTS);
        return detailPage(user, id, cancelled, FormErrors.none());
    }

    @POST
    @Path("{id: \\d+}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id, @FormParam("reason") String reason) {
        ConsoleUser user = pages.require(Screen.APPOINTMENT_CANCEL);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.post("/appointments/" + id + "/cancellation",
                Map.of("reason", FormValues.orEmpty(reason).strip()));
        if (answer.ok()) {
            return ConsolePages.seeOther("/console/appointments/" + id + "?cancelled=true");
        }
        FormErrors errors = Problems.toErrors(api.problem(answer), pages.messages(),
                field -> "reason".equals(field)
                        ? new Problems.Target("reason", pages.customer().appointment_reason())
                        : null);
        return ConsolePages.html(FormSubmission.status(answer), detailPage(user, id, false, errors));
    }

    private TemplateInstance detailPage(ConsoleUser user, long id, boolean cancelled, FormErrors errors) {
        ServiceApi.Answer answer = api.get("/appointments/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.APPOINTMENTS, "appointment");
        }
        return pages.page(detail, user, Screen.APPOINTMENTS)
                .data("a", api.read(answer, Appointment.class))
                .data("mayCancel", user.may(Screen.APPOINTMENT_CANCEL))
                .data("cancelled", cancelled)
                .data("errors", errors);
    }

    private static LocalDate monday(String typed) {
        LocalDate day;
        try {
            day = typed == null || typed.isBlank() ? LocalDate.now(PARIS) : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            day = LocalDate.now(PARIS);
        }
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
