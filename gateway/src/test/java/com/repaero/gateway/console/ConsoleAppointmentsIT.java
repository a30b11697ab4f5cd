package com.repaero.gateway.console;

import static com.repaero.gateway.console.PhaseTwo.fitsAndShoot;
import static com.repaero.gateway.console.PhaseTwo.url;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

import com.icegreen.greenmail.util.GreenMail;
import com.repaero.gateway.LocalPlatform;

import io.restassured.path.json.JsonPath;

/**
 * An urgent booking made through the public booking API (confirmed with the emailed code) as the workshop sees it in a
 * real Chromium against the phase-2 platform: in the team lead's week and detail (no cancel), then cancelled by sales
 * with a reason.
 */
class ConsoleAppointmentsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern CODE = Pattern.compile("code[^\\d]{0,60}(\\d{6})");
    private static GreenMail smtp;

    @RegisterExtension
    static final BeforeAllCallback PLATFORM = context -> {
        PhaseTwo.PLATFORM.beforeAll(context);
        smtp = LocalPlatform.mailbox(context);
    };

    @Test
    void theTeamLeadSeesTheBookingInTheWeekAndSalesCancelsItWithAReason() {
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        String company = "Aéro-Club du Lauragais " + ThreadLocalRandom.current().nextInt(1_000_000);
        String reference = aConfirmedBooking(tomorrow, company);

        try (Browser lead = PhaseTwo.signedIn("team-lead", 1024, 768)) {
            lead.go(url("/console/appointments?week=" + tomorrow));
            WebElement link = appointmentLink(lead, tomorrow, company);
            assertThat(link.getText()).startsWith("20:00–21:00");
            assertThat(link.findElement(By.xpath("..")).getText()).contains("AOG").contains("Confirmé");
            lead.assertNoHorizontalScroll();
            lead.screenshot("p2-appointments-week-1024x768");
            link.click();
            assertThat(lead.find("h1").getText()).contains(reference);
            assertThat(lead.has("#cancel-appointment")).as("team leads do not cancel bookings").isFalse();
        }

        try (Browser sales = PhaseTwo.signedIn("sales", 768, 1024)) {
            sales.find(".main-nav a[href='/console/appointments']").click();
            assertThat(sales.find("#week-title").getText()).startsWith("Semaine du");
            sales.go(url("/console/appointments?week=" + tomorrow));
            fitsAndShoot(sales, "p2-appointments-week-768x1024");
            appointmentLink(sales, tomorrow, company).click();
            WebElement facts = sales.find("#appointment");
            assertThat(facts.getText()).contains("20:00–21:00").contains("Confirmé").contains(company)
                    .contains("Jeanne Martin").contains("F-GKQR immobilisé à Toulouse");
            fitsAndShoot(sales, "p2-appointment-768x1024");

            sales.type("#reason", "Avion réparé sur place par le client");
            sales.find("#cancel-appointment").click();
            assertThat(sales.find("#done-notice").getText()).isNotBlank();
            assertThat(sales.find("#appointment").getText()).contains("Annulé — Avion réparé sur place par le client");
            assertThat(sales.has("#cancel-appointment")).isFalse();
            fitsAndShoot(sales, "p2-appointment-cancelled-768x1024");
        }
    }

    /** An AOG booking at 20:00 Paris time on {@code day}, booked anonymously and confirmed with the emailed code. */
    private static String aConfirmedBooking(LocalDate day, String company) {
        String type = PhaseTwo.urgentTypeOpenEveryEvening();
        JsonPath form = given().when().get(url("/api/customer/public/booking-form"))
                .then().statusCode(200).extract().jsonPath();
        OffsetDateTime notBefore = OffsetDateTime.parse(form.getString("notBefore"));
        // customer-service refuses a form sent sooner than people fill it in.
        new FluentWait<>(notBefore).withTimeout(Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(200))
                .until(t -> OffsetDateTime.now().isAfter(t.plusNanos(200_000_000)));
        String email = "jeanne." + ThreadLocalRandom.current().nextInt(1_000_000) + "@aeroclub.example";
        OffsetDateTime start = day.atTime(LocalTime.of(20, 0)).atZone(PARIS).toOffsetDateTime();
        String reference = given().contentType("application/json")
                .body(Map.of("appointmentType", type, "start", start.toString(), "contactName", "Jeanne Martin",
                        "companyName", company, "email", email, "phone", "+33612345678",
                        "message", "F-GKQR immobilisé à Toulouse, train avant", "formToken",
                        form.getString("formToken")))
                .when().post(url("/api/customer/public/bookings"))
                .then().statusCode(201).extract().path("reference");
        given().contentType("application/json").body(Map.of("code", codeMailedTo(email)))
                .when().post(url("/api/customer/public/bookings/" + reference + "/confirmation"))
                .then().statusCode(200);
        return reference;
    }

    /** The 6-digit code of the first email customer-service sent to {@code address}. */
    private static String codeMailedTo(String address) {
        MimeMessage mail = new FluentWait<>(smtp).withTimeout(Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(200))
                .until(box -> Arrays.stream(box.getReceivedMessages()).filter(m -> sentTo(m, address)).findFirst()
                        .orElse(null));
        String text = text(mail);
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as("a 6-digit code in:%n%s", text).isTrue();
        return code.group(1);
    }

    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return parts.getBodyPart(i).getContent().toString();
                    }
                }
            }
            return content.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebElement appointmentLink(Browser browser, LocalDate day, String company) {
        browser.find("#day-" + day);
        return browser.driver().findElements(By.cssSelector("section[aria-labelledby='day-" + day
                + "'] li.appointment a")).stream()
                .filter(a -> a.getText().contains(company)).findFirst()
                .orElseThrow(() -> new AssertionError("no appointment of " + company + " on " + day));
    }
}
