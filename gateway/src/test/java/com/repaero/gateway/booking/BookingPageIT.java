package com.repaero.gateway.booking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.util.GreenMail;
import com.repaero.gateway.LocalPlatform;
import com.repaero.gateway.console.Browser;

/**
 * The public booking page against the real platform at phase 2 ({@link LocalPlatform}, customer-service live), in a
 * real headless Chromium at phone size: an urgent (AOG) appointment booked at 22:00 tomorrow, confirmed with the
 * 6-digit code of the email customer-service really sends (to an SMTP server in this JVM), then moved and cancelled
 * with the emailed manage link. Skipped while customer-service has no public booking API.
 */
class BookingPageIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern CODE = Pattern.compile("code[^\\d]{0,60}(\\d{6})");
    private static final Pattern MANAGE_LINK = Pattern.compile("https?://\\S+/rendez-vous/gerer\\?\\S+");
    private static GreenMail smtp;

    // The JVM's shared mailbox: the console's phase-2 ITs ask for the same platform, started once for all.
    @RegisterExtension
    static final BeforeAllCallback PLATFORM = context -> {
        LocalPlatform.atPhaseWithMailbox(context, 2);
        smtp = LocalPlatform.mailbox(context);
    };

    @Test
    void aVisitorBooksAnUrgentAppointmentAt22ConfirmsItWithTheCodeThenMovesAndCancelsIt() throws Exception {
        int status = given().when().get(LocalPlatform.gatewayUrl() + "/api/customer/public/appointment-types")
                .then().extract().statusCode();
        assumeTrue(status == 200, "customer-service has no public booking API yet (GET /api/customer/public/"
                + "appointment-types answered " + status + "): merge cust-booking first");
        String type = anUrgentTypeOpenEveryEvening();
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        String gateway = LocalPlatform.gatewayUrl();

        try (Browser browser = Browser.open(375, 667)) {
            browser.go(gateway + "/rendez-vous");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            WebElement card = browser.find(".type[data-type='" + type + "']");
            assertThat(card.getText())
                    .contains("Avion au sol (AOG) — intervention urgente, y compris soirs et week-ends");
            browser.assertNoHorizontalScroll();
            browser.assertTouchTargets();
            browser.screenshot("booking-it-types");
            card.findElement(By.cssSelector("a.button")).click();

            browser.find("a.day[data-day='" + tomorrow + "']").click();
            assertThat(browser.find("#slots-title").getText())
                    .contains(new BookingFormats(Locale.FRANCE).day(tomorrow));
            slot(browser, "22:00").click();

            assertThat(browser.find("#chosen-slot").getText()).contains("à 22:00");
            Instant opened = Instant.now();
            browser.type("#contactName", "Jeanne Martin");
            browser.type("#companyName", "Aéro Club du Lauragais");
            String email = "jeanne." + ThreadLocalRandom.current().nextInt(1_000_000) + "@aeroclub.example";
            browser.type("#email", email);
            browser.type("#phone", "06 12 34 56 78");
            browser.type("#message", "F-GKQR immobilisé à Toulouse, train avant");
            browser.assertNoHorizontalScroll();
            browser.screenshot("booking-it-form");
            // customer-service refuses a form sent less than 3 s after it was issued (people take longer than that).
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> Duration.between(opened, Instant.now()).toMillis() > 3500);
            browser.find("#send").click();

            assertThat(browser.find("#registered").getText()).contains("à 22:00 est enregistrée");
            browser.screenshot("booking-it-check-email");
            String request = mailTo(email, 1);
            Matcher code = CODE.matcher(request);
            assertThat(code.find()).as("a 6-digit code in:%n%s", request).isTrue();
            browser.type("#code", code.group(1));
            browser.find("#confirm-code").click();

            assertThat(browser.find("#confirmed-title").getText()).isEqualTo("Votre rendez-vous est confirmé");
            assertThat(browser.find("#booking-time").getText()).startsWith("22:00 – 23:00");
            assertThat(browser.find("#booking-status").getText()).isEqualTo("confirmé");
            assertThat(browser.has("#aog-notice")).isTrue();
            browser.assertNoHorizontalScroll();
            browser.screenshot("booking-it-confirmed");

            Matcher manage = MANAGE_LINK.matcher(mailTo(email, 2));
            assertThat(manage.find()).as("a manage link in the confirmation email").isTrue();
            URI link = URI.create(manage.group());
            // The emails name the public address; this platform's gateway listens on a free port.
            browser.go(gateway + link.getRawPath() + "?" + link.getRawQuery());
            assertThat(browser.find("#booking-status").getText()).isEqualTo("confirmé");
            browser.find("#move").click();
            browser.find("a.day[data-day='" + tomorrow + "']").click();
            slot(browser, "23:00").click();
            assertThat(browser.find("#move-to").getText()).endsWith("à 23:00");
            browser.find("#confirm-move").click();

            assertThat(browser.find("#done-notice").getText()).isEqualTo("Le rendez-vous a été déplacé.");
            assertThat(browser.find("#booking-time").getText()).startsWith("23:00 – 00:00");
            browser.type("#motif", "Avion réparé sur place");
            browser.find("#cancel").click();
            assertThat(browser.find("#done-notice").getText()).isEqualTo("Le rendez-vous a été annulé.");
            assertThat(browser.find("#booking-status").getText()).isEqualTo("annulé");
            browser.screenshot("booking-it-cancelled");
        }
    }

    /** An AOG type bookable every evening 18:00–24:00, by the hour, registered by a sales user. */
    private static String anUrgentTypeOpenEveryEvening() {
        String code = "aog-it-" + ThreadLocalRandom.current().nextInt(1_000_000);
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.add(Map.of("day", day, "start", "18:00", "end", "24:00"));
        }
        String token = given().formParams(Map.of("grant_type", "password", "client_id", "repaero-cli",
                "username", "sales", "password", "repaero"))
                .post(LocalPlatform.tokenUrl())
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.ofEntries(Map.entry("code", code), Map.entry("name", "Avion au sol " + code),
                        Map.entry("description", "Un technicien d'astreinte intervient sur l'avion immobilisé."),
                        Map.entry("durationMinutes", 60), Map.entry("bufferBeforeMinutes", 0),
                        Map.entry("bufferAfterMinutes", 0), Map.entry("slotStepMinutes", 60),
                        Map.entry("minimumNoticeMinutes", 30), Map.entry("bookingWindowDays", 14),
                        Map.entry("capacity", 2), Map.entry("aog", true), Map.entry("publicBooking", true),
                        Map.entry("active", true), Map.entry("hours", hours)))
                .when().post(LocalPlatform.gatewayUrl() + "/api/customer/appointment-types")
                .then().statusCode(201);
        return code;
    }

    private static WebElement slot(Browser browser, String time) {
        browser.find(".slots a");
        return browser.driver().findElements(By.cssSelector(".slots a")).stream()
                .filter(a -> a.getText().startsWith(time)).findFirst()
                .orElseThrow(
                        () -> new AssertionError("no free time " + time + " on " + browser.driver().getCurrentUrl()));
    }

    /** The text of the {@code count}-th email to {@code address}, waiting for customer-service's sender to send it. */
    private static String mailTo(String address, int count) throws MessagingException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<MimeMessage> mine = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
                    mine.add(message);
                }
            }
            if (mine.size() >= count) {
                return text(mine.get(count - 1));
            }
            assertThat(System.nanoTime() - deadline < 0).as("email %d to %s within 60 s", count, address).isTrue();
            // Blocks until one more email arrives (or 1 s passes), then looks again.
            smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
        }
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return part.getContent().toString();
                }
            }
        }
        return content.toString();
    }
}
