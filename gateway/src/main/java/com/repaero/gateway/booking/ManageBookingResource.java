package com.repaero.gateway.booking;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The emailed "manage" link ({@code /rendez-vous/gerer?reference=…&jeton=…}): the booking, then cancel it or move it
 * to another free time, or download its calendar file. The link's token authorises every step (it rides in the forms' hidden fields); GETs only
 * read, and each change is a POST followed by a redirect back to the booking.
 */
@Path("/rendez-vous/gerer")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ManageBookingResource {

    static final String CALENDAR = "text/calendar; charset=utf-8";

    private final BookingPages pages;
    private final BookingApi api;
    private final BookingCatalog catalog;
    private final Template manage;
    private final Template slots;
    private final Template move;

    public ManageBookingResource(BookingPages pages, BookingApi api, BookingCatalog catalog,
            @Location("booking/manage.html") Template manage, @Location("booking/slots.html") Template slots,
            @Location("booking/move.html") Template move) {
        this.pages = pages;
        this.api = api;
        this.catalog = catalog;
        this.manage = manage;
        this.slots = slots;
        this.move = move;
    }

    @GET
    public TemplateInstance booking(@QueryParam("reference") String referenceParam, @QueryParam("jeton") String token,
            @QueryParam("fait") String done) {
        String reference = pages.linkReference(referenceParam, token);
        Booking booking = read(reference, token, pages.visitor());
        return pages.page(manage, pages.back("/rendez-vous"))
                .data("booking", booking)
                .data("token", token)
                .data("done", done == null ? "" : done)
                .data("moveHref", link("/rendez-vous/gerer/creneaux", reference, token))
                .data("calendarHref", calendarLink(reference, token));
    }

    /**
     * The booking's calendar file, fetched from customer-service with the link's token and passed on byte for byte
     * (the browser never calls the service itself). A refused token gives the same error pages as the link.
     */
    @GET
    @Path("agenda.ics")
    @Produces({CALENDAR, MediaType.TEXT_HTML})
    public Response calendar(@QueryParam("reference") String referenceParam, @QueryParam("jeton") String token) {
        String reference = pages.linkReference(referenceParam, token);
        BookingApi.Download file = api.download("/bookings/" + reference + "/calendar.ics?token="
                + Links.encode(token), "text/calendar", pages.visitor());
        if (!file.ok()) {
            throw pages.refusedLink(file.answer());
        }
        return Response.ok(file.body(), file.contentType() == null ? CALENDAR : file.contentType())
                .header("Content-Disposition", file.contentDisposition() == null
                        ? "attachment; filename=\"rendez-vous-" + reference + ".ics\""
                        : file.contentDisposition())
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The link of the booking's .ics download. */
    static String calendarLink(String reference, String token) {
        return link("/rendez-vous/gerer/agenda.ics", reference, token);
    }

    @GET
    @Path("creneaux")
    public Response slots(@QueryParam("reference") String referenceParam, @QueryParam("jeton") String token,
            @QueryParam("du") String fromParam, @QueryParam("jour") String dayParam) {
        String reference = pages.linkReference(referenceParam, token);
        BookingApi.Visitor visitor = pages.visitor();
        Booking booking = read(reference, token, visitor);
        if (!booking.active()) {
            return Response.seeOther(URI.create(link("/rendez-vous/gerer", reference, token))).build();
        }
        PublicType type = catalog.type(booking.appointmentType(), visitor).orElseThrow(() -> {
            BookingMessages texts = pages.messages();
            return pages.fail(404, texts.not_found_title(), texts.type_not_found());
        });
        LocalDate today = LocalDate.now(BookingFormats.ZONE);
        LocalDate from = BookingResource.parseDay(fromParam, today);
        LocalDate day = BookingResource.parseDay(dayParam, null);
        String base = link("/rendez-vous/gerer/creneaux", reference, token);
        SlotPicker.Choice choice = catalog.choice(type, from, day, visitor, pages.formats(),
                d -> base + "&du=" + from + "&jour=" + d,
                s -> link("/rendez-vous/gerer/deplacer", reference, token) + "&debut="
                        + Links.encode(BookingFormats.slotParam(s.start())));
        return BookingResource.html(200, pages.page(slots, pages.back("/rendez-vous"))
                .data("type", type)
                .data("choice", choice)
                .data("moving", true)
                .data("booking", booking)
                .data("previous", from.isAfter(today)
                        ? base + "&du=" + (from.minusDays(SlotPicker.WINDOW_DAYS).isBefore(today)
                                ? today
                                : from.minusDays(SlotPicker.WINDOW_DAYS))
                        : null)
                .data("next", catalog.hasDaysAfter(type, from, today)
                        ? base + "&du=" + from.plusDays(SlotPicker.WINDOW_DAYS)
                        : null)
                .data("backHref", link("/rendez-vous/gerer", reference, token)));
    }

    @GET
    @Path("deplacer")
    public Response confirmMove(@QueryParam("reference") String referenceParam, @QueryParam("jeton") String token,
            @QueryParam("debut") String startParam) {
        String reference = pages.linkReference(referenceParam, token);
        OffsetDateTime start = BookingResource.parseStart(startParam);
        if (start == null) {
            return Response.seeOther(URI.create(link("/rendez-vous/gerer/creneaux", reference, token))).build();
        }
        Booking booking = read(reference, token, pages.visitor());
        return BookingResource.html(200, movePage(booking, token, start, List.of()));
    }

    @POST
    @Path("deplacer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@FormParam("reference") String referenceParam, @FormParam("jeton") String token,
            @FormParam("debut") String startParam) {
        String reference = pages.linkReference(referenceParam, token);
        OffsetDateTime start = BookingResource.parseStart(startParam);
        if (start == null) {
            return Response.seeOther(URI.create(link("/rendez-vous/gerer/creneaux", reference, token))).build();
        }
        BookingApi.Visitor visitor = pages.visitor();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("start", BookingFormats.slotParam(start));
        BookingApi.Answer answer = api.post("/bookings/" + reference + "/reschedule", body, visitor);
        if (answer.ok()) {
            return Response.seeOther(URI.create(link("/rendez-vous/gerer", reference, token) + "&fait=deplace"))
                    .build();
        }
        BookingApi.Problem problem = api.problem(answer);
        String code = problem.code() == null ? "" : problem.code();
        if (code.equals("not-a-slot") || code.equals("slot-taken") || problem.field("start").isPresent()) {
            Booking booking = read(reference, token, visitor);
            return BookingResource.html(answer.status(),
                    movePage(booking, token, start, List.of(pages.messages().slot_gone())));
        }
        if (code.equals("not-active")) {
            return Response.seeOther(URI.create(link("/rendez-vous/gerer", reference, token))).build();
        }
        throw pages.refusedLink(answer);
    }

    @POST
    @Path("annuler")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@FormParam("reference") String referenceParam, @FormParam("jeton") String token,
            @FormParam("motif") String reason) {
        String reference = pages.linkReference(referenceParam, token);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        BookingApi.Answer answer = api.post("/bookings/" + reference + "/cancellation", body, pages.visitor());
        if (answer.ok()) {
            return Response.seeOther(URI.create(link("/rendez-vous/gerer", reference, token) + "&fait=annule"))
                    .build();
        }
        if ("not-active".equals(api.problem(answer).code())) {
            // Already cancelled or expired: the booking page says so.
            return Response.seeOther(URI.create(link("/rendez-vous/gerer", reference, token))).build();
        }
        throw pages.refusedLink(answer);
    }

    private TemplateInstance movePage(Booking booking, String token, OffsetDateTime start, List<String> errors) {
        String base = link("/rendez-vous/gerer/deplacer", booking.reference(), token);
        return pages.page(move, base + "&debut=" + Links.encode(BookingFormats.slotParam(start)))
                .data("booking", booking)
                .data("token", token)
                .data("start", start)
                .data("startParam", BookingFormats.slotParam(start))
                .data("otherErrors", errors)
                .data("errorCount", errors.size())
                .data("slotsHref", link("/rendez-vous/gerer/creneaux", booking.reference(), token))
                .data("manageHref", link("/rendez-vous/gerer", booking.reference(), token));
    }

    private Booking read(String reference, String token, BookingApi.Visitor visitor) {
        BookingApi.Answer answer = api.get("/bookings/" + reference + "?token=" + Links.encode(token), visitor);
        if (!answer.ok()) {
            throw pages.refusedLink(answer);
        }
        return api.read(answer, Booking.class);
    }

    private static String link(String path, String reference, String token) {
        return path + "?reference=" + reference + "&jeton=" + Links.encode(token);
    }
}
