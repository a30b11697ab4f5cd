package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Colissimo shipments: the form filled from an order, the label failure kept visible, the label file and the tracking. */
@QuarkusTest
class ShipmentPagesTest {

    private static final String SHIPMENT_5 = """
            {"id": 100005, "status": "IN_TRANSIT", "productCode": "DOS", "labelFormat": "PDF_10x15_300dpi",
             "weightKg": 2.5, "reference": "PO-2026-0042", "supplierId": 7, "parcelNumber": "6A12345678901",
             "labelAttempts": 1, "createdAt": "2026-11-22T09:00:00Z", "createdBy": "purchasing",
             "addressee": {"companyName": "Aéro Pièces SAS", "lastName": "Martin", "firstName": "Claire",
                           "line2": "12 rue des Hangars", "city": "Blagnac", "zipCode": "31700", "countryCode": "FR"},
             "timeline": [{"code": "PCHCFM", "labelShort": "Colis pris en charge", "date": "2026-11-22T15:10:00Z"},
                          {"code": "ETAACH", "labelShort": "En cours d'acheminement",
                           "labelLong": "Votre colis est en transit", "date": "2026-11-23T06:40:00Z"}]}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeSupplierService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders/42")), 200, OrderPagesTest.ORDER_42);
        upstream.answer(get(urlPathEqualTo("/api/supplier/shipments/100005")), 200, SHIPMENT_5);
    }

    @Test
    void aShipmentFromAnOrderGoesToItsSuppliersReturnsAddress() {
        TestSessions.as("purchasing").queryParam("orderId", 42).when().get("/console/shipments/new")
                .then().statusCode(200)
                .body(containsString("Pour PO-2026-0042 — Aéro Pièces SAS"))
                .body(containsString("id=\"line2\" name=\"line2\" type=\"text\" value=\"12 rue des Hangars\""))
                .body(containsString("id=\"zipCode\" name=\"zipCode\" type=\"text\" value=\"31700\""))
                .body(containsString("id=\"reference\" name=\"reference\" type=\"text\" value=\"PO-2026-0042\""))
                .body(containsString("<input type=\"hidden\" name=\"supplierId\" value=\"7\">"));
    }

    @Test
    void theParcelIsSentAsTheServiceExpectsAndItsFieldErrorsComeBackInline() {
        upstream.answer(post(urlPathEqualTo("/api/supplier/shipments")), 400,
                Upstream.invalid("addressee.zipCode", "doit être un code postal valide pour le pays"));

        TestSessions.posting("purchasing", shipment("3170")).when().post("/console/shipments/new")
                .then().statusCode(400)
                .body(containsString(
                        "<a href=\"#zipCode\">Code postal : doit être un code postal valide pour le pays</a>"))
                .body(containsString("id=\"zipCode-error\""))
                .body(containsString("value=\"Claire\""));

        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/shipments"))
                .withRequestBody(equalToJson("""
                        {"addressee": {"companyName": "Aéro Pièces SAS", "lastName": "Martin", "firstName": "Claire",
                                       "line2": "12 rue des Hangars", "city": "Blagnac", "zipCode": "3170",
                                       "countryCode": "FR", "email": null, "mobileNumber": null},
                         "weightKg": 2.5, "insuranceValue": null, "productCode": "DOS",
                         "labelFormat": "PDF_10x15_300dpi", "reference": "PO-2026-0042", "supplierId": 7}""")));
    }

    @Test
    void aRefusedLabelLeavesTheShipmentToRetry() {
        upstream.wireMock().register(post(urlPathEqualTo("/api/supplier/shipments")).willReturn(aResponse()
                .withStatus(503).withHeader("Content-Type", "application/problem+json")
                .withHeader("Location", "http://localhost/api/supplier/shipments/100006")
                .withBody(Upstream.problem(503, "colissimo-unavailable", "Colissimo did not answer"))));
        upstream.answer(get(urlPathEqualTo("/api/supplier/shipments/100006")), 200, SHIPMENT_5
                .replace("\"IN_TRANSIT\"", "\"LABEL_FAILED\"").replace("\"6A12345678901\"", "null")
                .replace("\"labelAttempts\": 1,", "\"labelAttempts\": 1, \"lastError\": {\"code\": "
                        + "\"colissimo-unavailable\", \"message\": \"timeout\"},"));

        TestSessions.posting("purchasing", shipment("31700")).when().post("/console/shipments/new")
                .then().statusCode(303)
                .header("Location", containsString("/console/shipments/100006?done=label-failed"));
        TestSessions.as("purchasing").when().get("/console/shipments/100006?done=label-failed")
                .then().statusCode(200)
                .body(containsString("Colissimo ne répond pas"))
                .body(containsString("id=\"retry-label\""))
                .body(not(containsString("id=\"download-label\"")));
    }

    @Test
    void theShipmentShowsItsTrackingAndItsLabelDownloads() {
        byte[] pdf = "%PDF-1.4 label".getBytes();
        upstream.wireMock().register(get(urlPathEqualTo("/api/supplier/shipments/100005/label"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                        .withHeader("Content-Disposition", "attachment; filename=\"colissimo-6A12345678901.pdf\"")
                        .withBody(pdf)));

        TestSessions.as("storekeeper").when().get("/console/shipments/100005")
                .then().statusCode(200)
                .body(containsString("Colis pris en charge"))
                .body(containsString("En cours d&#39;acheminement</strong> — Votre colis est en transit"))
                .body(containsString(
                        "href=\"/console/shipments/100005/label\" download>Télécharger l&#39;étiquette (PDF)"))
                .body(not(containsString("id=\"retry-label\"")));

        byte[] downloaded = TestSessions.as("storekeeper").when().get("/console/shipments/100005/label")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"colissimo-6A12345678901.pdf\"")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }

    @Test
    void onlyPurchasingAndAdminCreateShipments() {
        TestSessions.as("storekeeper").when().get("/console/shipments/new").then().statusCode(403);
        TestSessions.as("accounting").when().get("/console/shipments").then().statusCode(403);
        TestSessions.as("technician").when().get("/console/shipments/100005").then().statusCode(403);
    }

    private static Map<String, Object> shipment(String zipCode) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("companyName", "Aéro Pièces SAS");
        form.put("lastName", "Martin");
        form.put("firstName", "Claire");
        form.put("line2", "12 rue des Hangars");
        form.put("zipCode", zipCode);
        form.put("city", "Blagnac");
        form.put("countryCode", "fr");
        form.put("email", "");
        form.put("mobileNumber", "");
        form.put("weightKg", "2,5");
        form.put("insuranceValue", "");
        form.put("productCode", "DOS");
        form.put("labelFormat", "PDF_10x15_300dpi");
        form.put("reference", "PO-2026-0042");
        form.put("supplierId", "7");
        return form;
    }
}
