package com.repaero.customer.appointment;

import static io.restassured.RestAssured.given;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.repaero.customer.notification.Inbox;
import com.repaero.customer.notification.TestClock;
import com.repaero.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The one fixture of the appointment tests: types, technicians and bookings made through the API, and the links and
 * codes read back from the emails, as a visitor would.
 */
public final class Appointments {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000L);
    private static final Pattern CODE = Pattern.compile("code sur la page de réservation : (\\d{6})");
    private static final Pattern CONFIRM_TOKEN = Pattern
            .compile("/confirmer\\?reference=(RDV-[0-9A-Z]{8})&jeton=(\\S+)");
    private static final Pattern MANAGE_TOKEN = Pattern.compile("/gerer\\?reference=(RDV-[0-9A-Z]{8})&jeton=(\\S+)");

    private Appointments() {
    }

    /** An appointment type under construction, with sensible defaults (weekdays 08:00–18:00, 60 min, capacity 1). */
    public static final class TypeBuilder {
        private final Map<String, Object> body = new HashMap<>();
        private final List<Map<String, Object>> hours = new ArrayList<>();

        private TypeBuilder() {
            body.put("code", "test-" + NEXT.incrementAndGet());
            body.put("name", "Expertise d'équipement");
            body.put("durationMinutes", 60);
            body.put("bufferBeforeMinutes", 0);
            body.put("bufferAfterMinutes", 0);
            body.put("slotStepMinutes", 60);
            body.put("minimumNoticeMinutes", 0);
            body.put("bookingWindowDays", 60);
            body.put("capacity", 1);
            body.put("aog", false);
            body.put("hours", hours);
        }

        public TypeBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public TypeBuilder aog() {
            body.put("aog", true);
            body.put("name", "Urgence AOG (avion au sol)");
            return this;
        }

        public TypeBuilder hours(DayOfWeek day, String start, String end) {
            hours.add(Map.of("day", day.name(), "start", start, "end", end));
            return this;
        }

        public TypeBuilder weekdays(String start, String end) {
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                hours(d, start, end);
            }
            return this;
        }

        /** Every day, all day: evenings, nights, week-ends (the AOG type's hours in these tests). */
        public TypeBuilder allDay() {
            for (DayOfWeek d : DayOfWeek.values()) {
                hours(d, "00:00", "24:00");
            }
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }

        /** Creates it as a sales user; returns its code. */
        public String create() {
            given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON).body(body)
                    .post("/api/customer/appointment-types").then().statusCode(201);
            return (String) body.get("code");
        }
    }

    public static TypeBuilder aType() {
        return new TypeBuilder();
    }

    /** A technician working {@code start}–{@code end} on the given days; returns its id. */
    public static long technician(String start, String end, DayOfWeek... days) {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (DayOfWeek d : days) {
            hours.add(Map.of("day", d.name(), "start", start, "end", end));
        }
        return given().auth().oauth2(TestTokens.forRole("team-lead")).contentType(ContentType.JSON)
                .body(Map.of("name", "Technicien " + NEXT.incrementAndGet(), "hours", hours))
                .post("/api/customer/technicians").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String uniqueEmail() {
        return "visiteur" + NEXT.incrementAndGet() + "@client.example";
    }

    /** A booking under construction: a visitor's form. */
    public static final class BookingBuilder {
        private final Map<String, Object> body = new HashMap<>();

        private BookingBuilder(String type, OffsetDateTime start) {
            body.put("appointmentType", type);
            body.put("start", start.toString());
            body.put("contactName", "Camille Martin");
            body.put("companyName", "Aéro Club de Blagnac");
            body.put("siren", "732829320");
            body.put("email", uniqueEmail());
            body.put("message", "Radio VHF à contrôler");
        }

        public BookingBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public String email() {
            return (String) body.get("email");
        }

        /** Gets a form, lets a person's filling time pass on the clock, and posts the booking. */
        public Response post(TestClock clock) {
            body.putIfAbsent("formToken", formToken());
            clock.advance(Duration.ofSeconds(5));
            return postAsIs();
        }

        /** Posts exactly this body (no form fetched, no time passing). */
        public Response postAsIs() {
            return given().contentType(ContentType.JSON).body(body).post("/api/customer/public/bookings");
        }

        public Map<String, Object> body() {
            return body;
        }
    }

    public static BookingBuilder aBooking(String type, OffsetDateTime start) {
        return new BookingBuilder(type, start);
    }

    public static String formToken() {
        return given().get("/api/customer/public/booking-form").then().statusCode(200).extract().jsonPath()
                .getString("formToken");
    }

    /** Books and returns the reference (201 expected). */
    public static String book(BookingBuilder booking, TestClock clock) {
        return booking.post(clock).then().statusCode(201).extract().jsonPath().getString("reference");
    }

    /** The 6-digit code of the confirmation request email. */
    public static String codeFromEmail(String email, String reference) {
        Matcher m = CODE.matcher(Inbox.awaitSubject(email, "Confirmez votre rendez-vous " + reference).text());
        if (!m.find()) {
            throw new AssertionError("no code in the confirmation request");
        }
        return m.group(1);
    }

    /** The token of the confirmation request email's link. */
    public static String confirmTokenFromEmail(String email, String reference) {
        return token(CONFIRM_TOKEN, Inbox.awaitSubject(email, "Confirmez votre rendez-vous " + reference).text());
    }

    /** The token of the manage link (cancel, reschedule) of an email. */
    public static String manageTokenFrom(Inbox.Email email) {
        return token(MANAGE_TOKEN, email.text());
    }

    public static Response confirmWithCode(String reference, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/customer/public/bookings/" + reference + "/confirmation");
    }

    private static String token(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link in: " + text);
        }
        return java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8);
    }
}
