package com.repaero.customer.invoicing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.repaero.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Calls of the invoicing API as the tests make them, and request bodies built from defaults. */
public final class Invoicing {

    public static final String INVOICES = "/api/customer/invoices";
    public static final String QUOTES = "/api/customer/quotes";

    private final Map<String, Object> body = new HashMap<>();
    private final List<Map<String, Object>> lines = new ArrayList<>();

    private Invoicing(long customerId) {
        body.put("customerId", customerId);
        body.put("lines", lines);
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON);
    }

    /** A document for {@code customerId}; without lines added, one service line of 1 000 € at 20 %. */
    public static Invoicing aDocument(long customerId) {
        return new Invoicing(customerId);
    }

    public Invoicing line(String description, String quantity, String unitPrice, String vatRate) {
        return line(description, null, quantity, unitPrice, vatRate, null, null);
    }

    public Invoicing line(String description, String partNumber, String quantity, String unitPrice, String vatRate,
            String discountPercent, String exemptionReason) {
        Map<String, Object> line = new HashMap<>();
        line.put("description", description);
        line.put("partNumber", partNumber);
        line.put("quantity", quantity);
        line.put("unitPrice", unitPrice);
        line.put("vatRate", vatRate);
        line.put("discountPercent", discountPercent);
        line.put("vatExemptionReason", exemptionReason);
        lines.add(line);
        return this;
    }

    public Invoicing with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        if (lines.isEmpty()) {
            line("Révision démarreur-génératrice", "1", "1000.00", "20");
        }
        return body;
    }

    /** Drafts it as accounting; returns the created invoice. */
    public JsonPath draft() {
        return as("accounting").body(build()).post(INVOICES).then().statusCode(201).extract().jsonPath();
    }

    /** Drafts and issues it as accounting; returns the issued invoice. */
    public JsonPath issued() {
        return issue(draft().getLong("id"));
    }

    public static JsonPath issue(long id) {
        return as("accounting").post(INVOICES + "/" + id + "/issue").then().statusCode(200).extract().jsonPath();
    }

    /** An issued invoice of 1 200 € with VAT (1 000 € + 20 %) for a new customer. */
    public static JsonPath anIssuedInvoice() {
        return aDocument(TestCustomers.create()).issued();
    }
}
