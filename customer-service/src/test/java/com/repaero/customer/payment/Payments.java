package com.repaero.customer.payment;

import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static io.restassured.RestAssured.given;

import java.util.concurrent.atomic.AtomicInteger;

import com.repaero.customer.invoicing.Invoicing;
import com.repaero.platform.testing.TestTokens;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Statement imports and invoices with amounts no other test uses (amount matching looks at every open invoice). */
public final class Payments {

    public static final String STATEMENTS = "/api/customer/bank-statements";
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

    public static JsonPath invoice(long id) {
        return Invoicing.as("accounting").get(Invoicing.INVOICES + "/" + id).then().statusCode(200).extract()
                .jsonPath();
    }
}
