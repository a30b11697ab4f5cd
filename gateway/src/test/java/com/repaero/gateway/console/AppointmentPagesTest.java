package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The week of appointments in Paris time (technicians read it too) and the staff cancellation. */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class AppointmentPagesTest {

    private static final String APPOINTMENT_5 = """
            {"id": 5, "reference": "RDV-2026-0005", "status": "CONFIRMED", "appointmentTypeName": "Dépannage AOG",
             "start": "2026-11-24T07:30:00Z", "end": "2026-11-24T09:00:00Z", "aog": true,
             "contactName": "Julien Moreau", "companyName": "Avia Sud Maintenance SAS", "email": "j.moreau@aviasud.fr"}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeCustomerService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/customer/appointments")), 200, "[" + APPOINTMENT_5 + "]");
        upstream.answer(get(urlPathEqualTo("/api/customer/appointments/5")), 200, APPOINTMENT_5);
    }

    @Test
    void aTechnicianReadsTheWeekInParisTimeWithAogHighlighted() {
        TestSessions.as("technician").queryParam("week", "2026-11-25").when().get("/console/appointments")
                .then().statusCode(200)
                .body(containsString("id=\"day-2026-11-24\""))
                .body(containsString("08:30–10:00"))
                .body(containsString("class=\"appointment aog\""))
                .body(containsString("Dépannage AOG — Avia Sud Maintenance SAS"))
                .body(containsString("href=\"/console/appointments\""))
                .body(not(containsString("href=\"/console/customers\"")));
        upstream.wireMock().verifyThat(getRequestedFor(urlPathEqualTo("/api/customer/appointments"))
                .withQueryParam("from", equalTo("2026-11-23")).withQueryParam("to", equalTo("2026-11-29")));
    }

    @Test
    void theDetailOffersCancellingOnlyToSales() {
        TestSessions.as("technician").when().get("/console/appointments/5")
                .then().statusCode(200)
                .body(containsString("RDV-2026-0005"))
                .body(not(containsString("cancel-appointment")));
        TestSessions.as("sales").when().get("/console/appointments/5")
                .then().statusCode(200)
                .body(containsString("cancel-appointment"));
        TestSessions.posting("technician", Map.of("reason", "x")).when().post("/console/appointments/5/cancel")
                .then().statusCode(403);
        TestSessions.as("accounting").when().get("/console/appointments").then().statusCode(403);
    }

    @Test
    void salesCancelsOnTheCustomersBehalf() {
        upstream.answer(post(urlPathEqualTo("/api/customer/appointments/5/cancellation")), 200, APPOINTMENT_5);
        TestSessions.posting("sales", Map.of("reason", "Avion réparé sur place"))
                .when().post("/console/appointments/5/cancel")
                .then().statusCode(303)
                .header("Location", containsString("/console/appointments/5?cancelled=true"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/appointments/5/cancellation"))
                .withRequestBody(equalToJson("{\"reason\": \"Avion réparé sur place\"}")));
    }
}
