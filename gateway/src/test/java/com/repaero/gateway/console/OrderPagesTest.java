package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The purchase order list and form: filters, role gating, lines added and removed without JavaScript, API errors inline. */
@QuarkusTest
class OrderPagesTest {

    static final String ORDER_42 = """
            {"id": 42, "orderNumber": "PO-2026-0042", "supplierId": 7, "state": "SENT", "currency": "EUR",
             "totalAmount": 2501.00, "version": 3, "createdAt": "2026-11-19T10:00:00Z", "createdBy": "purchasing",
             "sentAt": "2026-11-20T10:00:00Z", "sentBy": "purchasing",
             "lines": [{"id": 101, "lineNumber": 1, "partNumber": "D23189000-5", "description": "Brake assembly",
                        "quantity": 2, "unit": "EA", "unitPrice": 1250.5, "lineAmount": 2501.00,
                        "expectedDate": "2026-01-15", "quantityReceived": 0, "quantityRemaining": 2}]}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeSupplierService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
    }

    @Test
    void theListShowsOrdersWithTheirSupplierInFrench() {
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders")).withQueryParam("state", equalTo("SENT")), 200, """
                {"items": [{"id": 42, "orderNumber": "PO-2026-0042", "supplierId": 7, "state": "SENT",
                            "totalAmount": 2501.00, "lineCount": 1, "createdAt": "2026-11-19T10:00:00Z"}],
                 "page": 0, "size": 20, "total": 1}""");

        TestSessions.as("storekeeper").queryParam("state", "SENT").when().get("/console/orders")
                .then().statusCode(200)
                .body(containsString("<a href=\"/console/orders/42\">PO-2026-0042</a>"))
                .body(containsString("Aéro Pièces SAS"))
                .body(containsString("Envoyée"))
                .body(containsString("1 commande"))
                .body(containsString("2\u202F501,00\u00A0€"))
                .body(containsString("aria-current=\"page\">Commandes"))
                // The storekeeper reads orders but does not draft them.
                .body(not(containsString("id=\"new-order\"")));
    }

    @Test
    void screensOutsideTheRolesAreAForbiddenPage() {
        TestSessions.as("technician").when().get("/console/orders")
                .then().statusCode(403).body(containsString("Accès refusé"));
        TestSessions.as("accounting").when().get("/console/orders/new")
                .then().statusCode(403).body(containsString("Accès refusé"));
        TestSessions.as("storekeeper").when().get("/console/orders/new")
                .then().statusCode(403);
        // Navigation follows the same roles.
        TestSessions.as("technician").when().get("/console")
                .then().statusCode(200).body(not(containsString("/console/orders")));
    }

    @Test
    void theFormStartsWithBlankLinesAndTheChosenSupplier() {
        TestSessions.as("purchasing").queryParam("supplierId", 7).when().get("/console/orders/new")
                .then().statusCode(200)
                .body(containsString("id=\"supplier-7\" name=\"supplierId\" value=\"7\" checked"))
                .body(containsString("id=\"line-2-partNumber\""))
                .body(not(containsString("id=\"line-3-partNumber\"")))
                .body(containsString("<label for=\"line-0-quantity\">Quantité</label>"));
    }

    @Test
    void linesAreAddedAndRemovedWithoutJavaScript() {
        Map<String, Object> form = form("add-line", List.of("P/N-A", "P/N-B", "P/N-C"));

        TestSessions.posting("purchasing", form).when().post("/console/orders/new")
                .then().statusCode(200)
                .body(containsString("id=\"line-3-partNumber\" name=\"partNumber\" type=\"text\" value=\"\""))
                .body(containsString("value=\"P/N-C\""));

        TestSessions.posting("purchasing", form("remove-1", List.of("P/N-A", "P/N-B", "P/N-C")))
                .when().post("/console/orders/new")
                .then().statusCode(200)
                .body(containsString("id=\"line-1-partNumber\" name=\"partNumber\" type=\"text\" value=\"P/N-C\""))
                .body(not(containsString("P/N-B")))
                .body(not(containsString("id=\"line-2-partNumber\"")));
    }

    @Test
    void theSupplierIsFoundBySearchAndPicked() {
        upstream.answer(get(urlPathEqualTo("/api/supplier/suppliers")).withQueryParam("q", equalTo("aéro")), 200, """
                {"items": [%s], "page": 0, "size": 10, "total": 1}""".formatted(Upstream.SUPPLIER_7));
        Map<String, Object> form = form("find-supplier", List.of("", "", ""));
        form.put("supplierQuery", "aéro");
        form.remove("supplierId");

        TestSessions.posting("purchasing", form).when().post("/console/orders/new")
                .then().statusCode(200)
                .body(containsString("<input type=\"radio\" id=\"supplier-7\" name=\"supplierId\" value=\"7\">"))
                .body(containsString("Aéro Pièces SAS"));
    }

    @Test
    void frenchNumbersAndDatesGoToTheServiceAsJsonAndTheOrderOpens() {
        upstream.answer(post(urlPathEqualTo("/api/supplier/orders")), 201, ORDER_42.replace("\"SENT\"", "\"DRAFT\""));
        Map<String, Object> form = form("create", List.of("", "D23189000-5", ""));
        put(form, "description", "", "Brake assembly", "");
        put(form, "quantity", "", "2", "");
        put(form, "unitPrice", "", "1 250,50", "");
        put(form, "expectedDate", "", "15/12/2026", "");

        TestSessions.posting("purchasing", form).when().post("/console/orders/new")
                .then().statusCode(303)
                .header("Location", containsString("/console/orders/42?done=created"));

        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/orders"))
                .withHeader("Authorization", containsStringPattern("Bearer "))
                .withRequestBody(equalToJson("""
                        {"supplierId": 7, "notes": null,
                         "lines": [{"partNumber": "D23189000-5", "description": "Brake assembly", "quantity": 2,
                                    "unit": "EA", "unitPrice": 1250.50, "expectedDate": "2026-12-15"}]}""")));
    }

    @Test
    void theServicesFieldErrorsAreShownOnTheRowTheyCameFrom() {
        // Row 0 is blank and not sent: the service's lines[0] is the form's row 1.
        upstream.answer(post(urlPathEqualTo("/api/supplier/orders")), 400,
                Upstream.invalid("lines[0].quantity", "doit être supérieur à 0"));
        Map<String, Object> form = form("create", List.of("", "D23189000-5", ""));
        put(form, "quantity", "", "0", "");
        put(form, "unitPrice", "", "12", "");

        TestSessions.posting("purchasing", form).when().post("/console/orders/new")
                .then().statusCode(400)
                .body(containsString("<a href=\"#line-1-quantity\">Ligne 2 — Quantité : doit être supérieur à 0</a>"))
                .body(containsString(
                        "<p class=\"field-error\" id=\"line-1-quantity-error\">doit être supérieur à 0</p>"))
                .body(allOf(containsString("id=\"line-1-quantity\""),
                        containsString("aria-describedby=\"line-1-quantity-error\" aria-invalid=\"true\"")))
                .body(containsString("value=\"D23189000-5\""));
    }

    @Test
    void anUnreadableNumberIsReportedWithoutCallingTheService() {
        Map<String, Object> form = form("create", List.of("D23189000-5", "", ""));
        put(form, "quantity", "deux", "", "");

        TestSessions.posting("purchasing", form).when().post("/console/orders/new")
                .then().statusCode(400)
                .body(containsString("id=\"line-0-quantity-error\">doit être un nombre"));
        upstream.wireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/supplier/orders")));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        TestSessions.posting("purchasing", form("create", List.of("X", "", "")))
                .header("Origin", "https://evil.example")
                .when().post("/console/orders/new")
                .then().statusCode(403);
        TestSessions.posting("purchasing", form("create", List.of("X", "", ""))).header("Sec-Fetch-Site", "cross-site")
                .when().post("/console/orders/new")
                .then().statusCode(403).body(containsString("ne vient pas de la console"));
        upstream.wireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/supplier/orders")));
    }

    static com.github.tomakehurst.wiremock.matching.StringValuePattern containsStringPattern(String text) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(text);
    }

    private static Map<String, Object> form(String action, List<String> partNumbers) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("action", action);
        form.put("supplierId", "7");
        form.put("supplierQuery", "");
        form.put("notes", "");
        form.put("partNumber", partNumbers);
        List<String> blanks = partNumbers.stream().map(p -> "").toList();
        form.put("description", blanks);
        form.put("quantity", blanks);
        form.put("unit", partNumbers.stream().map(p -> "EA").toList());
        form.put("unitPrice", blanks);
        form.put("expectedDate", blanks);
        return form;
    }

    private static void put(Map<String, Object> form, String field, String... values) {
        form.put(field, List.of(values));
    }
}
