package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bank statements: the uploaded camt.053 reaches the service as it is, and unmatched lines are matched by hand. */
@QuarkusTest
class StatementPagesTest {

    private static final byte[] CAMT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>STMT-2026-11-23</Id>
            </Stmt></BkToCstmrStmt></Document>"""
            .getBytes(StandardCharsets.UTF_8);
    private static final String STATEMENT_4 = """
            {"id": 4, "statementId": "STMT-2026-11-23", "iban": "FR7630006000011234567890189", "lines": 3,
             "matched": 1, "unmatched": 1, "ignored": 1, "importedAt": "2026-11-23T07:00:00Z",
             "importedBy": "accounting"}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeSupplierService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/supplier/bank-statements/4")), 200, STATEMENT_4);
        upstream.answer(get(urlPathEqualTo("/api/supplier/bank-statements/4/unmatched")), 200, """
                [{"id": 77, "lineNumber": 2, "entryReference": "BNK-889", "amount": 3121.20, "currency": "EUR",
                  "direction": "DBIT", "bookingDate": "2026-11-22", "endToEndId": "UNKNOWN-E2E",
                  "remittance": "FA 318 AERO PIECES", "status": "UNMATCHED"}]""");
        upstream.answer(get(urlPathEqualTo("/api/supplier/bills")).withQueryParam("state", equalTo("IN_PAYMENT")),
                200,
                """
                        {"items": [{"id": 31, "supplierId": 7, "invoiceNumber": "FA-2026-00318", "state": "IN_PAYMENT",
                                    "totalAmount": 3121.20, "discrepancyCount": 0}], "page": 0, "size": 100, "total": 1}""");
        upstream.answer(get(urlPathEqualTo("/api/supplier/bills")).withQueryParam("state", equalTo("PARTLY_PAID")),
                200, "{\"items\": [], \"page\": 0, \"size\": 100, \"total\": 0}");
    }

    @Test
    void theUploadedFileIsForwardedAsXmlAndTheStatementOpens() {
        upstream.answer(post(urlPathEqualTo("/api/supplier/bank-statements")), 201, STATEMENT_4);

        TestSessions.as("accounting").multiPart("file", "releve.xml", CAMT, "text/xml")
                .when().post("/console/statements")
                .then().statusCode(303)
                .header("Location", containsString("/console/statements/4?done=imported"));

        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/bank-statements"))
                .withHeader("Content-Type", equalTo("application/xml"))
                .withRequestBody(binaryEqualTo(CAMT)));
    }

    @Test
    void anUnreadableStatementIsReportedOnTheFileField() {
        upstream.answer(post(urlPathEqualTo("/api/supplier/bank-statements")), 422,
                Upstream.problem(422, "unreadable-statement", "Not a camt.053 document"));

        TestSessions.as("accounting").multiPart("file", "photo.xml", "hello".getBytes(), "text/xml")
                .when().post("/console/statements")
                .then().statusCode(422)
                .body(containsString(
                        "<a href=\"#file\">Relevé camt.053 (XML) : Ce fichier n&#39;est pas un relevé camt.053 lisible.</a>"))
                .body(containsString("id=\"file-error\""));
    }

    @Test
    void anEmptyFileIsRefusedBeforeTheService() {
        TestSessions.as("accounting").multiPart("file", "vide.xml", new byte[0], "text/xml")
                .when().post("/console/statements")
                .then().statusCode(400)
                .body(containsString("id=\"file-error\">choisissez un fichier"));
        upstream.wireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/supplier/bank-statements")));
    }

    @Test
    void anUnmatchedLineIsMatchedToABillBeingPaid() {
        TestSessions.as("accounting").when().get("/console/statements/4")
                .then().statusCode(200)
                .body(containsString("Ligne 2 — 3\u202F121,20\u00A0€ le 22/11/2026"))
                .body(containsString("FA 318 AERO PIECES"))
                .body(containsString(
                        "<option value=\"31\">FA-2026-00318 — Aéro Pièces SAS — 3\u202F121,20\u00A0€</option>"));

        upstream.answer(post(urlPathEqualTo("/api/supplier/bank-statements/4/lines/77/match")), 422,
                Upstream.problem(422, "amount-exceeds-remaining", "The line's 3121.20 is more than the 100 remaining"));
        TestSessions.posting("accounting", Map.of("billId", "31")).when().post("/console/statements/4/lines/77/match")
                .then().statusCode(422)
                .body(containsString(
                        "id=\"m77-bill-error\">Le montant de la ligne dépasse ce qui reste dû sur cette facture."))
                .body(containsString("<option value=\"31\" selected>"));

        upstream.answer(post(urlPathEqualTo("/api/supplier/bank-statements/4/lines/77/match")), 200, """
                {"id": 77, "lineNumber": 2, "amount": 3121.20, "status": "MATCHED", "billId": 31}""");
        TestSessions.posting("accounting", Map.of("billId", "31")).when().post("/console/statements/4/lines/77/match")
                .then().statusCode(303)
                .header("Location", containsString("/console/statements/4?done=matched"));
        upstream.wireMock()
                .verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/bank-statements/4/lines/77/match"))
                        .withRequestBody(equalToJson("{\"billId\": 31}")));
    }

    @Test
    void statementsAreForAccountingAndAdmin() {
        TestSessions.as("purchasing").when().get("/console/statements").then().statusCode(403);
        TestSessions.as("purchasing").multiPart("file", "releve.xml", CAMT, "text/xml").when()
                .post("/console/statements").then().statusCode(403);
        upstream.wireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/supplier/bank-statements")));
    }
}
