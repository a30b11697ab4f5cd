package com.repaero.gateway.booking;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The public booking pages, without login (issue #5): type, then day and time, then the visitor's details (signed
 * form with its honeypot), then the 6-digit code or the emailed link. Plain forms rendered on the server; every page
 * that calls customer-service spends from the visitor's per-IP budget.
 */
@Path("/rendez-vous")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class BookingResource {

    /** The API's honeypot field ({@code BookingFormResponse.honeypotField}): hidden from people, left empty. */
    static final String HONEYPOT = "website";
    private static final Pattern ATTEMPTS_LEFT = Pattern.compile("\\((\\d+) attempt");

    private final BookingPages pages;
    private final BookingApi api;
    private final BookingCatalog catalog;
    private final Template types;
    private final Template slots;
    private final Template form;
    private final Template check;
    private final Template confirm;
    private final Template confirmed;

    public BookingResource(BookingPages pages, BookingApi api, BookingCatalog catalog,
            @Location("booking/types.html") Template types, @Location("booking/slots.html") Template slots,
            @Location("booking/form.html") Template form, @Location("booking/check-email.html") Template check,
            @Location("booking/confirm.html") Template confirm,
            @Location("booking/confirmed.html") Template confirmed) {
        this.pages = pages;
        this.api = api;
        this.catalog = catalog;
        this.types = types;
        this.slots = slots;
        this.form = form;
        this.check = check;
        this.confirm = confirm;
        this.confirmed = confirmed;
    }

    /** What the visitor typed, sent back to them with the errors (never the honeypot). */
    public record Details(String contactName, String companyName, String siren, String email, String phone,
            String message) {
        static final List<String> FIELDS = List.of("contactName", "companyName", "siren", "email", "phone", "message");
    }

    @GET
    public TemplateInstance types() {
        List<PublicType> list = catalog.types(pages.visitor());
        // The urgent (AOG) types first: they are the ones people look for in a hurry.
        List<PublicType> sorted = list.stream().sorted((a, b) -> Boolean.compare(b.aog(), a.aog())).toList();
        return pages.page(types, "/rendez-vous").data("types", sorted);
    }

    @GET
    @Path("creneaux")
    public TemplateInstance slots(@QueryParam("type") String typeCode, @QueryParam("du") String fromParam,
            @QueryParam("jour") String dayParam) {
        BookingApi.Visitor visitor = pages.visitor();
        PublicType type = requireType(typeCode, visitor);
        LocalDate today = LocalDate.now(BookingFormats.ZONE);
        LocalDate from = parseDay(fromParam, today);
        LocalDate day = parseDay(dayParam, null);
        String base = "/rendez-vous/creneaux?type=" + Links.encode(type.code());
        SlotPicker.Choice choice = catalog.choice(type, from, day, visitor, pages.formats(),
                d -> base + "&du=" + from + "&jour=" + d,
                s -> "/rendez-vous/coordonnees?type=" + Links.encode(type.code()) + "&debut="
                        + Links.encode(BookingFormats.slotParam(s.start())));
        return pages.page(slots, pages.back("/rendez-vous"))
                .data("type", type)
                .data("choice", choice)
                .data("moving", false)
                .data("booking", null)
                .data("previous", from.isAfter(today)
                        ? base + "&du=" + max(today, from.minusDays(SlotPicker.WINDOW_DAYS))
                        : null)
                .data("next", catalog.hasDaysAfter(type, from, today)
                        ? base + "&du=" + from.plusDays(SlotPicker.WINDOW_DAYS)
                        : null)
                .data("backHref", "/rendez-vous");
    }

    @GET
    @Path("coordonnees")
    public Response detailsForm(@QueryParam("type") String typeCode, @QueryParam("debut") String startParam) {
        BookingApi.Visitor visitor = pages.visitor();
        PublicType type = requireType(typeCode, visitor);
        OffsetDateTime start = parseStart(startParam);
        if (start == null) {
            return Response.seeOther(URI.create("/rendez-vous/creneaux?type=" + Links.encode(type.code()))).build();
        }
        Details empty = new Details("", "", "", "", "", "");
        return html(200, formPage(type, start, signedForm(visitor), empty, Map.of(), List.of()));
    }

    @POST
    @Path("coordonnees")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@FormParam("type") String typeCode, @FormParam("debut") String startParam,
            @FormParam("formToken") String formToken, @FormParam(HONEYPOT) String honeypot,
            @FormParam("contactName") String contactName, @FormParam("companyName") String companyName,
            @FormParam("siren") String siren, @FormParam("email") String email, @FormParam("phone") String phone,
            @FormParam("message") String message) {
        BookingApi.Visitor visitor = pages.visitor();
        PublicType type = requireType(typeCode, visitor);
        OffsetDateTime start = parseStart(startParam);
        if (start == null) {
            return Response.seeOther(URI.create("/rendez-vous/creneaux?type=" + Links.encode(type.code()))).build();
        }
        Details typed = new Details(text(contactName), text(companyName), text(siren), text(email), text(phone),
                text(message));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appointmentType", type.code());
        body.put("start", BookingFormats.slotParam(start));
        body.put("contactName", typed.contactName().strip());
        body.put("companyName", blankToNull(typed.companyName().strip()));
        body.put("siren", blankToNull(typed.siren().replaceAll("[\\s.]", "")));
        body.put("email", typed.email().strip());
        body.put("phone", blankToNull(Phones.normalise(typed.phone())));
        body.put("message", blankToNull(typed.message().strip()));
        body.put("formToken", text(formToken));
        // Forwarded as typed: customer-service refuses a filled honeypot, and logs it.
        body.put("website", honeypot);
        BookingApi.Answer answer = api.post("/bookings", body, visitor);
        if (answer.ok()) {
            Booking booking = api.read(answer, Booking.class);
            // Post/redirect/get: a reload does not send the booking twice.
            return Response.seeOther(URI.create("/rendez-vous/verification?reference="
                    + Links.encode(booking.reference()) + "&debut="
                    + Links.encode(BookingFormats.slotParam(booking.start()))
                    + (booking.expiresAt() == null
                            ? ""
                            : "&expire=" + Links.encode(BookingFormats.slotParam(booking.expiresAt())))))
                    .build();
        }
        BookingApi.Problem problem = api.problem(answer);
        BookingMessages texts = pages.messages();
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> otherErrors = new ArrayList<>();
        boolean renewForm = false;
        boolean slotGone = false;
        for (BookingApi.FieldError error : problem.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            if (field.equals("phone")) {
                fieldErrors.put(field, texts.error_phone());
            } else if (Details.FIELDS.contains(field)) {
                fieldErrors.merge(field, error.message(), (a, b) -> a + " ; " + b);
            } else if (field.equals("formToken")) {
                renewForm = true;
                otherErrors.add(texts.error_form_token());
            } else if (field.equals("website")) {
                otherErrors.add(texts.error_form_rejected());
            } else if (field.equals("start") || field.equals("appointmentType")) {
                slotGone = true;
            } else {
                otherErrors.add(texts.field_error(field, error.message()));
            }
        }
        String code = problem.code() == null ? "" : problem.code();
        switch (code) {
            case "form-too-fast" -> otherErrors.add(texts.error_form_too_fast());
            case "form-rejected" -> otherErrors.add(texts.error_form_rejected());
            case "form-already-used" -> {
                renewForm = true;
                otherErrors.add(texts.error_form_used());
            }
            case "too-many-pending" -> otherErrors.add(texts.error_too_many_pending());
            case "too-many-bookings" -> otherErrors.add(texts.error_too_many_bookings());
            case "not-a-slot", "slot-taken" -> slotGone = true;
            default -> {
                if (fieldErrors.isEmpty() && otherErrors.isEmpty() && !slotGone) {
                    otherErrors.add(texts.error_generic());
                }
            }
        }
        if (slotGone) {
            otherErrors.add(texts.slot_gone());
        }
        SignedForm signed = renewForm
                ? signedForm(visitor)
                : new SignedForm(text(formToken), HONEYPOT, null, null);
        return html(answer.status(), formPage(type, start, signed, typed, fieldErrors, otherErrors)
                .data("slotGone", slotGone));
    }

    @GET
    @Path("verification")
    public TemplateInstance checkEmail(@QueryParam("reference") String reference, @QueryParam("debut") String start,
            @QueryParam("expire") String expires) {
        return checkPage(reference(reference), parseStart(start), parseStart(expires), null, List.of());
    }

    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmWithCode(@FormParam("reference") String referenceParam, @FormParam("code") String codeParam,
            @FormParam("debut") String startParam, @FormParam("expire") String expiresParam) {
        String reference = reference(referenceParam);
        OffsetDateTime start = parseStart(startParam);
        OffsetDateTime expires = parseStart(expiresParam);
        BookingMessages texts = pages.messages();
        String code = text(codeParam).replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return html(400, checkPage(reference, start, expires, texts.error_code_format(), List.of()));
        }
        BookingApi.Answer answer = api.post("/bookings/" + reference + "/confirmation", Map.of("code", code),
                pages.visitor());
        if (answer.ok()) {
            return html(200, confirmedPage(api.read(answer, Booking.class)));
        }
        BookingApi.Problem problem = api.problem(answer);
        if (answer.status() == 404) {
            throw pages.fail(404, texts.not_found_title(), texts.booking_not_found());
        }
        if (answer.status() == 409) {
            throw pages.fail(409, texts.expired_title(), texts.expired_text());
        }
        if ("too-many-attempts".equals(problem.code())) {
            return html(answer.status(), checkPage(reference, start, expires, null,
                    List.of(texts.error_code_attempts())));
        }
        String wrong = problem.field("code").map(e -> {
            Matcher left = ATTEMPTS_LEFT.matcher(e.message() == null ? "" : e.message());
            return texts.error_code_wrong(left.find() ? Integer.parseInt(left.group(1)) : -1);
        }).orElse(texts.error_generic());
        return html(answer.status(), checkPage(reference, start, expires, wrong, List.of()));
    }

    @GET
    @Path("confirmer")
    public TemplateInstance confirmLink(@QueryParam("reference") String reference, @QueryParam("jeton") String token) {
        String checked = pages.linkReference(reference, token);
        return pages.page(confirm, pages.back("/rendez-vous"))
                .data("reference", checked)
                .data("token", token);
    }

    @POST
    @Path("confirmer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmWithLink(@FormParam("reference") String referenceParam, @FormParam("jeton") String token) {
        String reference = pages.linkReference(referenceParam, token);
        BookingApi.Answer answer = api.post("/bookings/" + reference + "/confirmation", Map.of("token", token),
                pages.visitor());
        if (answer.ok()) {
            return html(200, confirmedPage(api.read(answer, Booking.class)));
        }
        throw pages.refusedLink(answer);
    }

    /** Switches the language (the console's cookie) and goes back to the booking page the visitor was on. */
    @GET
    @Path("langue")
    public Response language(@QueryParam("vers") String to, @QueryParam("retour") String back) {
        String lang = "en".equals(to) ? "en" : "fr";
        // Only booking pages of this site: never an open redirect.
        URI target = URI.create("/rendez-vous");
        if (back != null && (back.equals("/rendez-vous") || back.startsWith("/rendez-vous/")
                || back.startsWith("/rendez-vous?")) && !back.contains("//") && !back.contains("\\")) {
            try {
                target = URI.create(back);
            } catch (IllegalArgumentException e) {
                // not a path: back to the first page
            }
        }
        return Response.seeOther(target)
                .cookie(new NewCookie.Builder(BookingPages.LANGUAGE_COOKIE).value(lang).path("/")
                        .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build())
                .build();
    }

    private TemplateInstance formPage(PublicType type, OffsetDateTime start, SignedForm signed, Details typed,
            Map<String, String> fieldErrors, List<String> otherErrors) {
        return pages.page(form, "/rendez-vous/coordonnees?type=" + Links.encode(type.code()) + "&debut="
                + Links.encode(BookingFormats.slotParam(start)))
                .data("type", type)
                .data("start", start)
                .data("startParam", BookingFormats.slotParam(start))
                .data("end", start.plusMinutes(type.durationMinutes()))
                .data("signed", signed)
                .data("honeypot", HONEYPOT)
                .data("form", typed)
                .data("errors", fieldErrors)
                .data("labels", labels())
                .data("otherErrors", otherErrors)
                .data("errorCount", fieldErrors.size() + otherErrors.size())
                .data("slotGone", false)
                .data("slotsHref", "/rendez-vous/creneaux?type=" + Links.encode(type.code()) + "&jour="
                        + BookingFormats.local(start).toLocalDate());
    }

    /** The form's fields as its labels name them, for the error summary. */
    private Map<String, String> labels() {
        BookingMessages texts = pages.messages();
        return Map.of("contactName", texts.field_contactName(), "companyName", texts.field_companyName(), "siren",
                texts.field_siren(), "email", texts.field_email(), "phone", texts.field_phone(), "message",
                texts.field_message());
    }

    private TemplateInstance checkPage(String reference, OffsetDateTime start, OffsetDateTime expires,
            String codeError, List<String> otherErrors) {
        StringBuilder back = new StringBuilder("/rendez-vous/verification?reference=").append(reference);
        if (start != null) {
            back.append("&debut=").append(Links.encode(BookingFormats.slotParam(start)));
        }
        if (expires != null) {
            back.append("&expire=").append(Links.encode(BookingFormats.slotParam(expires)));
        }
        return pages.page(check, back.toString())
                .data("reference", reference)
                .data("start", start)
                .data("startParam", start == null ? "" : BookingFormats.slotParam(start))
                .data("expires", expires)
                .data("expiresParam", expires == null ? "" : BookingFormats.slotParam(expires))
                .data("codeError", codeError)
                .data("otherErrors", otherErrors)
                .data("errorCount", (codeError == null ? 0 : 1) + otherErrors.size());
    }

    private TemplateInstance confirmedPage(Booking booking) {
        // The confirmation's answer carries the manage token: the .ics can be offered at once.
        return pages.page(confirmed, "/rendez-vous").data("booking", booking)
                .data("calendarHref", booking.manageToken() == null
                        ? null
                        : ManageBookingResource.calendarLink(booking.reference(), booking.manageToken()));
    }

    private SignedForm signedForm(BookingApi.Visitor visitor) {
        BookingApi.Answer answer = api.get("/booking-form", visitor);
        if (!answer.ok()) {
            throw new BookingApi.Unavailable("No booking form from customer-service: " + answer.status(), null, null);
        }
        return api.read(answer, SignedForm.class);
    }

    private PublicType requireType(String code, BookingApi.Visitor visitor) {
        return catalog.type(code, visitor).orElseThrow(() -> {
            BookingMessages texts = pages.messages();
            return pages.fail(404, texts.not_found_title(), texts.type_not_found());
        });
    }

    /** The reference of a link or form, checked before it goes into an API path. */
    private String reference(String reference) {
        if (reference == null || !BookingPages.REFERENCE.matcher(reference).matches()) {
            BookingMessages texts = pages.messages();
            throw pages.fail(404, texts.not_found_title(), texts.booking_not_found());
        }
        return reference;
    }

    static LocalDate parseDay(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    static OffsetDateTime parseStart(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // An unencoded "+" of the offset arrives as a space.
            return OffsetDateTime.parse(value.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(page.render()).build();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
