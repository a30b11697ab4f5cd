package com.repaero.gateway.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.openqa.selenium.Cookie;

import com.repaero.gateway.LocalPlatform;

import io.restassured.specification.RequestSpecification;

/**
 * What the console's phase-2 ITs share: the platform at phase 2 (customer-service sending to the JVM's mailbox, as
 * {@code BookingPageIT} asks, so all of them run on one platform start), signing in on Keycloak's page, and the data
 * no console screen makes yet, set up through the real API with the demo users' tokens.
 */
final class PhaseTwo {

    static final BeforeAllCallback PLATFORM = context -> LocalPlatform.atPhaseWithMailbox(context, 2);

    private PhaseTwo() {
    }

    /** A browser signed in as {@code user} on the console's home page. */
    static Browser signedIn(String user, int width, int height) {
        Browser browser = Browser.open(width, height);
        try {
            browser.go(LocalPlatform.gatewayUrl() + "/console");
            browser.waitForUrl(LocalPlatform.keycloakUrl());
            browser.logInOnKeycloak(user, "repaero");
            browser.waitForUrl(LocalPlatform.gatewayUrl() + "/console");
            browser.find("h1");
            return browser;
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    static String url(String path) {
        return LocalPlatform.gatewayUrl() + path;
    }

    /** The API as {@code user}. */
    static RequestSpecification api(String user) {
        return given().auth().oauth2(LocalPlatform.token(user)).contentType("application/json");
    }

    /** The console as the browser's signed-in user, outside the browser (e.g. to read a download's bytes). */
    static RequestSpecification withSessionOf(Browser browser) {
        RequestSpecification request = given().redirects().follow(false);
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            request.cookie(cookie.getName(), cookie.getValue());
        }
        return request;
    }

    /** A customer registered by sales, with a valid SIREN, VAT number and billing address (invoices need them). */
    static long customer(String legalName) {
        String siren = aValidSiren();
        return api("sales").body(Map.of("legalName", legalName, "siren", siren, "vatNumber", vatNumber(siren),
                "country", "FR", "email", "compta@" + siren + ".example", "paymentTerms", "DAYS_30",
                "billingAddress", Map.of("line1", "1 avenue Jean Mermoz", "postalCode", "31700", "city", "Blagnac",
                        "country", "FR")))
                .post(url("/api/customer/customers"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An open opportunity of sales, in the pipeline's first stage. */
    static long opportunity(long customerId, String title) {
        return api("sales").body(Map.of("customerId", customerId, "title", title, "amount", "4850.00",
                "expectedCloseDate", LocalDate.now().plusMonths(1).toString(), "owner", "sales"))
                .post(url("/api/customer/crm/opportunities"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * An opportunity closing today in the board's second column: first of its column (after urgent ones, which
     * bookings put in the first column), so that a drag starts where the next column's header is in view.
     */
    static long opportunityOnTopOfTheSecondColumn(long customerId, String title) {
        List<Long> open = api("sales").get(url("/api/customer/crm/stages"))
                .then().statusCode(200).extract().jsonPath().getList("findAll { !it.won && !it.lost }.id", Long.class);
        return api("sales").body(Map.of("customerId", customerId, "title", title, "amount", "4850.00",
                "expectedCloseDate", LocalDate.now().toString(), "owner", "sales", "stageId", open.get(1)))
                .post(url("/api/customer/crm/opportunities"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A call sales must make, due {@code dueAt}. */
    static long activity(long customerId, String subject, OffsetDateTime dueAt) {
        return api("sales").body(Map.of("type", "CALL", "subject", subject, "dueAt", dueAt.toString(),
                "owner", "sales", "customerId", customerId))
                .post(url("/api/customer/crm/activities"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A draft invoice of one line, made by accounting through the API. */
    static long draftInvoice(long customerId, String quantity, String unitPrice) {
        return api("accounting").body(Map.of("customerId", customerId, "lines", List.of(Map.of(
                "description", "Révision hélice HC-C2YK", "partNumber", "HC-C2YK-1", "quantity", quantity,
                "unitPrice", unitPrice, "vatRate", "20"))))
                .post(url("/api/customer/invoices"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An AOG type bookable every evening 18:00–24:00, by the hour, registered by sales. */
    static String urgentTypeOpenEveryEvening() {
        String code = "aog-console-" + ThreadLocalRandom.current().nextInt(1_000_000);
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.add(Map.of("day", day, "start", "18:00", "end", "24:00"));
        }
        api("sales").body(Map.ofEntries(Map.entry("code", code), Map.entry("name", "Avion au sol " + code),
                Map.entry("description", "Un technicien d'astreinte intervient sur l'avion immobilisé."),
                Map.entry("durationMinutes", 60), Map.entry("bufferBeforeMinutes", 0),
                Map.entry("bufferAfterMinutes", 0), Map.entry("slotStepMinutes", 60),
                Map.entry("minimumNoticeMinutes", 30), Map.entry("bookingWindowDays", 14),
                Map.entry("capacity", 2), Map.entry("aog", true), Map.entry("publicBooking", true),
                Map.entry("active", true), Map.entry("hours", hours)))
                .post(url("/api/customer/appointment-types"))
                .then().statusCode(201);
        return code;
    }

    /** 8 random digits and the Luhn key: a SIREN the APIs accept, new at each run. */
    static String aValidSiren() {
        return ConsoleIT.aValidSiren();
    }

    /** The French VAT number of a SIREN: FR, the key (12 + 3 × (SIREN mod 97)) mod 97, the SIREN. */
    static String vatNumber(String siren) {
        int key = (12 + 3 * new BigInteger(siren).mod(BigInteger.valueOf(97)).intValue()) % 97;
        return "FR%02d%s".formatted(key, siren);
    }

    /** Text with the narrow and plain non-breaking spaces of French formats made plain spaces. */
    static String plain(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /** The screen fits an iPad in portrait with touch-sized controls; its screenshot is kept. */
    static void fitsAndShoot(Browser browser, String name) {
        browser.assertNoHorizontalScroll();
        browser.assertTouchTargets();
        assertThat(browser.screenshot(name)).exists();
    }
}
