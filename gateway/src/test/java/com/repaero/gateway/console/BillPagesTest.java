package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Vendor bills: entered against an order, the three-way match shown as found, approval by the roles allowed. */
@QuarkusTest
class BillPagesTest {

    private static final String BILL_31 = """
            {"id": 31, "supplierId": 7, "orderId": 42, "orderNumber": "PO-2026-0042", "invoiceNumber": "FA-2026-00318",
             "invoiceDate": "2026-11-20", "dueDate": "2027-01-31", "state": "DISCREPANCY", "netAmount": 2601.00,
             "vatAmount": 520.20, "totalAmount": 3121.20, "version": 1, "createdAt": "2026-11-22T10:00:00Z",
             "createdBy": "accounting",
             "lines": [{"id": 1, "lineNumber": 1, "orderLineId": 101, "quantity": 2, "unitPrice": 1300.5,
                        "lineAmount": 2601.00}],
             "discrepancies": [{"lineNumber": 1, "kind": "PRICE_DIFFERENT", "expected": 1250.5, "actual": 1300.5},
                               {"lineNumber": 1, "kind": "QUANTITY_BILLED_NOT_RECEIVED", "expected": 0, "actual": 2}]}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeSupplierService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders/42")), 200, OrderPagesTest.ORDER_42);
        upstream.answer(get(urlPathEqualTo("/api/supplier/bills/31")), 200, BILL_31);
    }

    @Test
    void theFormProposesTheOrderLinesAndTheSupplierInvoiceIsSent() {
        TestSessions.as("accounting").queryParam("orderId", 42).when().get("/console/bills/new")
                .then().statusCode(200)
                .body(containsString("Commande PO-2026-0042 — Aéro Pièces SAS"))
                .body(containsString("<legend>Ligne 1 · D23189000-5 — Brake assembly</legend>"))
                .body(containsString("id=\"line-0-unitPrice\" name=\"unitPrice\" type=\"text\" value=\"1250,5\""))
                .body(containsString("value=\"" + LocalDate.now(ZoneId.of("Europe/Paris")) + "\""));

        upstream.answer(post(urlPathEqualTo("/api/supplier/bills")), 201, BILL_31);
        TestSessions.posting("accounting", bill("FA-2026-00318")).when().post("/console/bills/new")
                .then().statusCode(303)
                .header("Location", containsString("/console/bills/31?done=entered"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/bills"))
                .withRequestBody(equalToJson(
                        """
                                {"orderId": 42, "invoiceNumber": "FA-2026-00318", "invoiceDate": "2026-11-20",
                                 "dueDate": null, "vatAmount": 520.20,
                                 "lines": [{"orderLineId": 101, "description": null, "quantity": 2, "unitPrice": 1300.50}]}""")));
    }

    @Test
    void aDuplicateInvoiceNumberIsShownOnItsField() {
        upstream.answer(post(urlPathEqualTo("/api/supplier/bills")), 409,
                Upstream.problem(409, "duplicate-invoice-number", "Invoice FA-1 of this supplier was already entered"));

        TestSessions.posting("accounting", bill("FA-1")).when().post("/console/bills/new")
                .then().statusCode(409)
                .body(containsString(
                        "id=\"invoiceNumber-error\">Ce numéro de facture a déjà été saisi pour ce fournisseur."))
                .body(containsString("value=\"FA-1\""));
    }

    @Test
    void theMatchShowsEachDiscrepancyAndOnlyAnAdminMayApproveItWithAReason() {
        TestSessions.as("accounting").when().get("/console/bills/31")
                .then().statusCode(200)
                .body(containsString("2 écart(s) trouvé(s)"))
                .body(containsString(
                        "Ligne 1 — Prix unitaire différent de la commande : attendu 1\u202F250,50\u00A0€, facturé 1\u202F300,50\u00A0€"))
                .body(containsString("Quantité facturée non reçue (ou refusée au contrôle) : attendu 0, facturé 2"))
                .body(not(containsString("id=\"approve-bill\"")))
                .body(containsString("id=\"rematch-bill\""));

        TestSessions.as("admin").when().get("/console/bills/31")
                .then().statusCode(200)
                .body(containsString("id=\"approve-bill\""))
                .body(containsString("<label for=\"reason\">Motif de l&#39;approbation malgré les écarts"));

        upstream.answer(post(urlPathEqualTo("/api/supplier/bills/31/approve")), 200,
                BILL_31.replace("\"DISCREPANCY\"", "\"APPROVED\""));
        TestSessions.posting("admin", Map.of("version", "1", "reason", "Hausse acceptée")).when()
                .post("/console/bills/31/approve")
                .then().statusCode(303)
                .header("Location", containsString("/console/bills/31?done=approved"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/bills/31/approve"))
                .withHeader("If-Match", equalTo("\"1\""))
                .withRequestBody(equalToJson("{\"reason\": \"Hausse acceptée\"}")));
    }

    @Test
    void aMatchedBillReadsWellInEnglish() {
        upstream.answer(get(urlPathEqualTo("/api/supplier/bills/31")), 200, BILL_31
                .replace("\"DISCREPANCY\"", "\"MATCHED\"")
                .replaceAll("\"discrepancies\": \\[[^]]*]", "\"discrepancies\": []"));

        TestSessions.as("accounting").cookie("repaero_lang", "en").when().get("/console/bills/31")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Matched: the bill agrees with the order and the receipts."))
                .body(containsString("Approve for payment"))
                .body(containsString("€3,121.20"));
    }

    @Test
    void purchasingReadsBillsButDoesNotEnterThem() {
        TestSessions.as("purchasing").when().get("/console/bills/31").then().statusCode(200)
                .body(not(containsString("id=\"rematch-bill\"")));
        TestSessions.as("purchasing").when().get("/console/bills/new").then().statusCode(403);
        TestSessions.posting("purchasing", Map.of("version", "1")).when().post("/console/bills/31/approve")
                .then().statusCode(403);
        TestSessions.as("technician").when().get("/console/bills").then().statusCode(403);
    }

    private static Map<String, Object> bill(String number) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("action", "enter");
        form.put("orderId", "42");
        form.put("invoiceNumber", number);
        form.put("invoiceDate", "20/11/2026");
        form.put("dueDate", "");
        form.put("vatAmount", "520,20");
        form.put("orderLineId", List.of("101", ""));
        form.put("description", List.of("", ""));
        form.put("quantity", List.of("2", ""));
        form.put("unitPrice", List.of("1 300,50", ""));
        return form;
    }
}
