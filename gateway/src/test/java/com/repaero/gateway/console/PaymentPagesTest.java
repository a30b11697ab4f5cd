package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Payment batches: the Idempotency-Key of the form reaches the service (a double submit never makes a second batch),
 * the bank's refusal is explained, the pain.001 downloads, and the list works whether or not the service lists batches.
 */
@QuarkusTest
class PaymentPagesTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"");
    private static final String APPROVED = """
            {"items": [{"id": 31, "supplierId": 7, "invoiceNumber": "FA-2026-00318", "invoiceDate": "2026-11-20",
                        "dueDate": "2027-01-31", "state": "APPROVED", "totalAmount": 3121.20, "discrepancyCount": 0},
                       {"id": 32, "supplierId": 7, "invoiceNumber": "FA-2026-00319", "invoiceDate": "2026-11-21",
                        "dueDate": "2027-01-31", "state": "APPROVED", "totalAmount": 100.00, "discrepancyCount": 0}],
             "page": 0, "size": 100, "total": 2}""";
    private static final String BATCH_3 = """
            {"id": 3, "messageId": "REPAERO-20261123-0003", "state": "CREATED", "requestedExecutionDate": "2026-11-24",
             "numberOfTransactions": 1, "controlSum": 3121.20, "createdAt": "2026-11-23T08:00:00Z",
             "createdBy": "accounting",
             "payments": [{"billId": 31, "supplierId": 7, "endToEndId": "RA-31-1", "amount": 3121.20,
                           "paidAmount": 0, "state": "PENDING", "remittance": "FA-2026-00318"}]}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeSupplierService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/supplier/bills")).withQueryParam("state", equalTo("APPROVED")), 200,
                APPROVED);
        upstream.answer(get(urlPathEqualTo("/api/supplier/payment-batches/3")), 200, BATCH_3);
    }

    @Test
    void eachRenderingOfTheFormCarriesItsOwnKeyAndTheServiceGetsIt() {
        String first = key(TestSessions.as("accounting").when().get("/console/payments/new")
                .then().statusCode(200)
                .body(containsString("id=\"bill-31\" name=\"billId\" value=\"31\" checked"))
                .body(containsString("FA-2026-00319 — Aéro Pièces SAS"))
                .extract().asString());
        String second = key(TestSessions.as("accounting").when().get("/console/payments/new").then().extract()
                .asString());
        assertThat(first).isNotEqualTo(second);

        upstream.answer(post(urlPathEqualTo("/api/supplier/payment-batches")), 201, BATCH_3);
        TestSessions.posting("accounting", Map.of("billId", List.of("31"), "requestedExecutionDate", "2026-11-24",
                "idempotencyKey", first)).when().post("/console/payments/new")
                .then().statusCode(303)
                .header("Location", containsString("/console/payments/3?done=created"));
        // The same form sent twice: the service answers 200 with the batch it made the first time.
        upstream.answer(post(urlPathEqualTo("/api/supplier/payment-batches")), 200, BATCH_3);
        TestSessions.posting("accounting", Map.of("billId", List.of("31"), "requestedExecutionDate", "2026-11-24",
                "idempotencyKey", first)).when().post("/console/payments/new")
                .then().statusCode(303)
                .header("Location", containsString("/console/payments/3?done=already"));

        upstream.wireMock().verifyThat(2, postRequestedFor(urlPathEqualTo("/api/supplier/payment-batches"))
                .withHeader("Idempotency-Key", equalTo(first))
                .withRequestBody(equalToJson("{\"billIds\": [31], \"requestedExecutionDate\": \"2026-11-24\"}")));
    }

    @Test
    void aRefusalComesBackOnTheFormWithAFreshKey() {
        upstream.answer(post(urlPathEqualTo("/api/supplier/payment-batches")), 422,
                Upstream.problem(422, "supplier-without-default-account", "Supplier X has no default bank account"));

        String page = TestSessions.posting("accounting", Map.of("billId", List.of("32"), "requestedExecutionDate",
                "2026-11-24", "idempotencyKey", "11111111-1111-1111-1111-111111111111")).when()
                .post("/console/payments/new")
                .then().statusCode(422)
                .body(containsString("id=\"bills-error\">Un fournisseur n&#39;a pas de compte bancaire par défaut."))
                .body(containsString("id=\"bill-32\" name=\"billId\" value=\"32\" checked"))
                .body(not(containsString("id=\"bill-31\" name=\"billId\" value=\"31\" checked")))
                .extract().asString();
        assertThat(key(page)).isNotEqualTo("11111111-1111-1111-1111-111111111111");
    }

    @Test
    void theBanksRefusalIsExplainedNotTakenForAnOutage() {
        upstream.answer(post(urlPathEqualTo("/api/supplier/payment-batches/3/send")), 502,
                Upstream.problem(502, "bank-refused", "The bank answered 400"));

        TestSessions.posting("accounting", Map.of()).when().post("/console/payments/3/send")
                .then().statusCode(502)
                .body(containsString("La banque a refusé le fichier ; rien n&#39;a changé, vous pouvez le renvoyer."))
                .body(containsString("id=\"send-batch\""));
    }

    @Test
    void thePain001DownloadsForAccountingOnly() {
        upstream.wireMock().register(get(urlPathEqualTo("/api/supplier/payment-batches/3/pain001"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml;charset=UTF-8")
                        .withHeader("Content-Disposition", "attachment; filename=\"REPAERO-20261123-0003.xml\"")
                        .withBody("<Document/>")));

        TestSessions.as("accounting").when().get("/console/payments/3/pain001")
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"REPAERO-20261123-0003.xml\"")
                .body(containsString("<Document/>"));
        TestSessions.as("purchasing").when().get("/console/payments/3")
                .then().statusCode(200)
                .body(containsString("RA-31-1"))
                .body(not(containsString("pain001")));
        TestSessions.as("purchasing").when().get("/console/payments/3/pain001").then().statusCode(403);
        TestSessions.as("storekeeper").when().get("/console/payments").then().statusCode(403);
    }

    @Test
    void batchesAreListedWhenTheServiceListsThemAndOpenedByNumberAnyway() {
        upstream.answer(get(urlPathEqualTo("/api/supplier/payment-batches")), 405,
                Upstream.problem(405, "method-not-allowed", "Method Not Allowed"));
        TestSessions.as("accounting").when().get("/console/payments")
                .then().statusCode(200)
                .body(containsString("id=\"batches-not-listed\""))
                .body(containsString("action=\"/console/payments/open\""));

        upstream.answer(get(urlPathEqualTo("/api/supplier/payment-batches")), 200,
                "{\"items\": [" + BATCH_3 + "], \"page\": 0, \"size\": 20, \"total\": 1}");
        TestSessions.as("accounting").when().get("/console/payments")
                .then().statusCode(200)
                .body(containsString("<a href=\"/console/payments/3\">Lot de paiement n° 3</a>"))
                .body(containsString("REPAERO-20261123-0003"));

        TestSessions.as("accounting").queryParam("id", "3").when().get("/console/payments/open")
                .then().statusCode(303).header("Location", containsString("/console/payments/3"));
    }

    private static String key(String html) {
        Matcher m = KEY.matcher(html);
        assertThat(m.find()).as("idempotency key field").isTrue();
        return m.group(1);
    }
}
