package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * "Add to my calendar": the confirmed and manage pages link to the gateway's .ics download, which fetches the file
 * from customer-service with the link's token and passes it on as it is.
 */
@QuarkusTest
@TestProfile(BookingProfile.class)
class BookingCalendarTest {

    static final String TOKEN = ManageBookingTest.TOKEN;
    static final String CALENDAR = ManageBookingTest.BOOKING + "/calendar.ics";
    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n"
            + "UID:RDV-7KQ2M9XH@repaero.fr\r\nSUMMARY:Rep'Aero — Intervention AOG\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock customer;

    @BeforeEach
    void customerService() {
        customer = CustomerServiceFake.reset(upstreamPort);
    }

    @Test
    void theManagePageLinksToTheFileWhichComesFromTheService() {
        customer.register(CustomerServiceFake.getting(ManageBookingTest.BOOKING, 200, CustomerServiceFake.CONFIRMED));
        customer.register(get(urlPathEqualTo(CustomerServiceFake.API + CALENDAR)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/calendar; charset=utf-8")
                .withHeader("Content-Disposition", "attachment; filename=\"rendez-vous-RDV-7KQ2M9XH.ics\"")
                .withBody(ICS.getBytes(StandardCharsets.UTF_8))));

        Document page = Jsoup.parse(given().header("X-Forwarded-For", "198.51.100.60")
                .queryParam("reference", "RDV-7KQ2M9XH").queryParam("jeton", TOKEN)
                .when().get("/rendez-vous/gerer")
                .then().statusCode(200).extract().asString());
        String href = page.selectFirst("a#add-to-calendar").attr("href");
        assertThat(page.selectFirst("a#add-to-calendar").text()).isEqualTo("Ajouter à mon agenda (.ics)");
        assertThat(href).isEqualTo("/rendez-vous/gerer/agenda.ics?reference=RDV-7KQ2M9XH&jeton="
                + ManageBookingTest.TOKEN_PARAM);

        byte[] file = given().header("X-Forwarded-For", "198.51.100.60").urlEncodingEnabled(false)
                .when().get(href)
                .then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Content-Disposition", "attachment; filename=\"rendez-vous-RDV-7KQ2M9XH.ics\"")
                .extract().asByteArray();
        assertThat(file).isEqualTo(ICS.getBytes(StandardCharsets.UTF_8));
        customer.verifyThat(getRequestedFor(urlPathEqualTo(CustomerServiceFake.API + CALENDAR))
                .withQueryParam("token", equalTo(TOKEN)).withHeader("X-Forwarded-For", equalTo("198.51.100.60")));
    }

    @Test
    void aRefusedTokenGivesTheLinkErrorPage() {
        customer.register(CustomerServiceFake.getting(CALENDAR, 404,
                CustomerServiceFake.problem(404, "not-found", "Booking RDV-7KQ2M9XH does not exist")));

        given().header("X-Forwarded-For", "198.51.100.61")
                .queryParam("reference", "RDV-7KQ2M9XH").queryParam("jeton", "wrong")
                .when().get("/rendez-vous/gerer/agenda.ics")
                .then().statusCode(404).contentType(startsWith("text/html"));
    }

    @Test
    void theConfirmedPageOffersTheFileWithTheTokenTheConfirmationGave() {
        customer.register(CustomerServiceFake.posting(BookingConfirmationTest.CONFIRM, 200,
                CustomerServiceFake.CONFIRMED.replace("\"expiresAt\":null", "\"expiresAt\":null,\"manageToken\":\""
                        + TOKEN + "\"")));

        Document page = Jsoup.parse(given().header("X-Forwarded-For", "198.51.100.62")
                .formParam("reference", "RDV-7KQ2M9XH").formParam("code", "123456")
                .when().post("/rendez-vous/verification")
                .then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("a#add-to-calendar").attr("href")).isEqualTo(
                "/rendez-vous/gerer/agenda.ics?reference=RDV-7KQ2M9XH&jeton=" + ManageBookingTest.TOKEN_PARAM);
    }
}
