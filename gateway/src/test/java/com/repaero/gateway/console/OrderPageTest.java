package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** One purchase order: its lines and receipts, the actions its state allows, and receiving a line with its inspection. */
@QuarkusTest
class OrderPageTest {

    private static final String RECEIPTS = """
            [{"id": 9, "orderId": 42, "deliveryNote": "BL-558812", "receivedAt": "2026-11-21T08:30:00Z",
              "receivedBy": "storekeeper",
              "lines": [{"id": 91, "orderLineId": 101, "orderLineNumber": 1, "partNumber": "D23189000-5",
                         "quantity": 1, "unit": "EA", "inspectionResult": "QUARANTINED",
                         "quarantineReason": "Certificat illisible", "certificateType": "EASA_FORM_1",
                         "certificateReference": "F1-2026-118734", "serialNumbers": ["SN-001"],
                         "lotNumber": null, "expiryDate": null}]}]""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeSupplierService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders/42")), 200, OrderPagesTest.ORDER_42);
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders/42/receipts")), 200, RECEIPTS);
    }

    @Test
    void theOrderShowsLateLinesTheReceivingFormAndTheReceipts() {
        TestSessions.as("purchasing").when().get("/console/orders/42")
                .then().statusCode(200)
                .body(containsString("Commande PO-2026-0042"))
                .body(containsString("<span class=\"badge warn\">en retard</span>"))
                .body(containsString("id=\"r101-quantity\" name=\"quantity\" type=\"text\" value=\"2\""))
                .body(containsString("<option value=\"EASA_FORM_1\" selected>EASA Form 1</option>"))
                .body(containsString("<option value=\"FAA_8130_3\">FAA 8130-3</option>"))
                .body(containsString("<label for=\"r101-certificateReference\">Référence du certificat</label>"))
                .body(containsString("En quarantaine</span> Certificat illisible"))
                .body(containsString("F1-2026-118734"))
                .body(containsString("id=\"cancel-order\""))
                .body(not(containsString("id=\"send-order\"")))
                .body(containsString("href=\"/console/shipments/new?orderId=42\""));
    }

    @Test
    void accountingReadsTheOrderWithoutItsActions() {
        TestSessions.as("accounting").when().get("/console/orders/42")
                .then().statusCode(200)
                .body(containsString("PO-2026-0042"))
                .body(not(containsString("id=\"cancel-order\"")))
                .body(not(containsString("r101-quantity")))
                .body(containsString("href=\"/console/bills/new?orderId=42\""));
    }

    @Test
    void sendingToAnUnapprovedSupplierIsExplainedAndTheAdminMayGiveAReason() {
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders/42")), 200,
                OrderPagesTest.ORDER_42.replace("\"SENT\"", "\"DRAFT\""));
        upstream.answer(post(urlPathEqualTo("/api/supplier/orders/42/send")), 422,
                Upstream.problem(422, "supplier-not-approved", "Supplier is NOT_APPROVED"));

        TestSessions.posting("purchasing", Map.of("version", "3")).when().post("/console/orders/42/send")
                .then().statusCode(422)
                .body(containsString("seul un administrateur peut lui envoyer une commande"))
                .body(not(containsString("id=\"overrideReason\"")));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/orders/42/send"))
                .withHeader("If-Match", equalTo("\"3\"")));

        TestSessions.posting("admin", Map.of("version", "3", "overrideReason", "")).when()
                .post("/console/orders/42/send")
                .then().statusCode(422)
                .body(containsString(
                        "<a href=\"#overrideReason\">Motif de dérogation : Ce fournisseur n&#39;est pas agréé"))
                .body(containsString("id=\"overrideReason-error\""));
    }

    @Test
    void aReceiptWithAnInspectionIsSentAsTheServiceExpects() {
        upstream.answer(post(urlPathEqualTo("/api/supplier/orders/42/receipts")), 201, RECEIPTS.substring(1,
                RECEIPTS.length() - 1));

        TestSessions.posting("storekeeper", receipt("QUARANTINED", "Certificat illisible", "SN-001\nSN-002"))
                .when().post("/console/orders/42/receive")
                .then().statusCode(303)
                .header("Location", containsString("/console/orders/42?done=received"));

        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/orders/42/receipts"))
                .withRequestBody(equalToJson("""
                        {"deliveryNote": "BL-558812",
                         "lines": [{"orderLineId": 101, "quantity": 2, "inspectionResult": "QUARANTINED",
                                    "quarantineReason": "Certificat illisible", "certificateType": "FAA_8130_3",
                                    "certificateReference": "8130-AB12", "serialNumbers": ["SN-001", "SN-002"],
                                    "lotNumber": null, "expiryDate": "2027-06-30"}]}""")));
    }

    @Test
    void theServicesRefusalsAreNextToTheFieldsOfTheLine() {
        upstream.answer(post(urlPathEqualTo("/api/supplier/orders/42/receipts")), 400, Upstream.invalid(
                "lines[0].certificateReference", "est obligatoire sauf si le type de certificat est NONE"));

        TestSessions.posting("purchasing", receipt("ACCEPTED", "", "SN-001\nSN-002"))
                .when().post("/console/orders/42/receive")
                .then().statusCode(400)
                .body(containsString(
                        "<a href=\"#r101-certificateReference\">Référence du certificat : est obligatoire"))
                .body(containsString(
                        "aria-describedby=\"r101-certificateReference-hint r101-certificateReference-error\" aria-invalid=\"true\""))
                .body(containsString(">SN-001\nSN-002</textarea>"));

        upstream.answer(post(urlPathEqualTo("/api/supplier/orders/42/receipts")), 422,
                Upstream.problem(422, "over-delivery", "Line 1: 5 EA received, at most 2 more"));
        TestSessions.posting("purchasing", receipt("ACCEPTED", "", "")).when().post("/console/orders/42/receive")
                .then().statusCode(422)
                .body(containsString("id=\"r101-quantity-error\">La quantité dépasse le reste à recevoir"));
    }

    @Test
    void aTechnicianCannotReceive() {
        TestSessions.posting("technician", receipt("ACCEPTED", "", "")).when().post("/console/orders/42/receive")
                .then().statusCode(403);
        upstream.wireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/supplier/orders/42/receipts"))
                .withHeader("Authorization", containing("Bearer")));
    }

    private static Map<String, Object> receipt(String inspection, String reason, String serials) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("orderLineId", "101");
        form.put("deliveryNote", "BL-558812");
        form.put("quantity", "2");
        form.put("inspection", inspection);
        form.put("quarantineReason", reason);
        form.put("certificateType", "FAA_8130_3");
        form.put("certificateReference", "ACCEPTED".equals(inspection) && !serials.isEmpty() ? "" : "8130-AB12");
        form.put("serialNumbers", serials);
        form.put("lotNumber", "");
        form.put("expiryDate", "30/06/2027");
        return form;
    }
}
