package com.repaero.customer.payment;

import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.repaero.customer.invoicing.Invoicing;
import com.repaero.platform.testing.StatementXml;
import com.repaero.platform.testing.TestTokens;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Statement imports and invoices with amounts no other test uses (amount matching looks at every open invoice). */
public final class Payments {

    public static final String STATEMENTS = "/api/customer/bank-statements";
    public static final String CREDITS = "/api/customer/payments/credits";
    private static final AtomicInteger CENTS = new AtomicInteger((int) (System.nanoTime() % 50_000));

    private Payments() {
    }

    public static ValidatableResponse importStatement(String xml) {
        return given().auth().oauth2(TestTokens.forRole("accounting")).contentType("application/xml").body(xml)
                .post(STATEMENTS).then();
    }

    /** An issued invoice of the customer whose total no other invoice of the test run has. */
    public static JsonPath anIssuedInvoiceOfAUniqueAmount(long customerId) {
        int cents = 100_000 + Math.floorMod(CENTS.incrementAndGet() * 7, 90_000);
        return aDocument(customerId).line("Révision", "1", "%d.%02d".formatted(cents / 100, cents % 100), "20")
                .issued();
    }

    /**
     * A credit of {@code amount} for the customer: a new invoice of 1 200 € overpaid by that much by a transfer naming
     * it. Returns the credit.
     */
    public static JsonPath aCreditOf(long customerId, String amount) {
        String number = aDocument(customerId).issued().getString("number");
        importStatement(StatementXml.aStatement().credit(new BigDecimal("1200.00").add(new BigDecimal(amount))
                .toPlainString(), "NOTPROVIDED", "Facture " + number).build()).statusCode(201);
        List<Map<String, Object>> credits = Invoicing.as("accounting").get(CREDITS + "?customerId=" + customerId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return Invoicing.as("accounting").get(CREDITS + "/" + credits.get(credits.size() - 1).get("id")).then()
                .statusCode(200).extract().jsonPath();
    }

    public static ValidatableResponse applyCredit(long creditId, Map<String, Object> body) {
        return Invoicing.as("accounting").body(body).post(CREDITS + "/" + creditId + "/apply").then();
    }

    public static JsonPath credit(long id) {
        return Invoicing.as("accounting").get(CREDITS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath invoice(long id) {
        return Invoicing.as("accounting").get(Invoicing.INVOICES + "/" + id).then().statusCode(200).extract()
                .jsonPath();
    }
}
