package com.repaero.customer.invoicing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import com.repaero.customer.customer.domain.CustomerDetails;
import com.repaero.customer.customer.domain.CustomerService;
import com.repaero.customer.customer.domain.PostalAddress;
import com.repaero.platform.testing.TestCompanyIds;
import com.repaero.platform.testing.TestTokens;
import com.repaero.platform.validation.FrenchCompanyIds;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The one way invoicing and payment tests get customers: registered through the customer API as sales would (each
 * with its own valid SIREN), except a French prospect without SIREN, which only a public booking creates.
 */
public final class TestCustomers {

    private String legalName = "Air Atlantique Maintenance SAS";
    private boolean withSiren = true;
    private PostalAddress billing = new PostalAddress("12 avenue Jean Mermoz", "Hangar 3", "44340", "Bouguenais",
            "FR");
    private PostalAddress delivery;
    private String email = "compta@air-atlantique.example";
    private String paymentTerms = "DAYS_30";

    private TestCustomers() {
    }

    public static TestCustomers aCustomer() {
        return new TestCustomers();
    }

    /** A typical French customer, created now; returns its id. */
    public static long create() {
        return aCustomer().build();
    }

    public TestCustomers named(String name) {
        this.legalName = name;
        return this;
    }

    public TestCustomers withoutSiren() {
        this.withSiren = false;
        return this;
    }

    public TestCustomers withDeliveryAddress(PostalAddress address) {
        this.delivery = address;
        return this;
    }

    public TestCustomers withEmail(String email) {
        this.email = email;
        return this;
    }

    public TestCustomers withPaymentTerms(String code) {
        this.paymentTerms = code;
        return this;
    }

    public long build() {
        if (!withSiren) {
            // The API refuses a French company without SIREN; a booking's prospect is registered like this.
            return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(CustomerService.class).get()
                    .register(new CustomerDetails(legalName, null, null, null, "FR", billing, delivery, email,
                            "+33240000000", com.repaero.customer.customer.domain.PaymentTerms.valueOf(paymentTerms),
                            "Prospect", null), null, "test").id);
        }
        String siren = randomSiren();
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", legalName);
        body.put("siren", siren);
        body.put("vatNumber", FrenchCompanyIds.vatNumberOf(siren));
        body.put("country", "FR");
        body.put("billingAddress", address(billing));
        if (delivery != null) {
            body.put("deliveryAddress", address(delivery));
        }
        body.put("email", email);
        body.put("phone", "+33240000000");
        body.put("paymentTerms", paymentTerms);
        return sales().body(body).post("/api/customer/customers").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** The SIREN the customer was registered with. */
    public static String sirenOf(long id) {
        return sales().get("/api/customer/customers/{id}", id).then().statusCode(200).extract().path("siren");
    }

    /** The customer is renamed: later invoices snapshot the new name, never the issued ones. */
    public static void rename(long id, String newName) {
        Response current = sales().get("/api/customer/customers/{id}", id).then().statusCode(200).extract()
                .response();
        Map<String, Object> body = new HashMap<>(current.jsonPath().getMap(""));
        for (String readOnly : new String[]{"id", "legacyKey", "archived", "version", "createdAt", "createdBy",
                "updatedAt", "updatedBy"}) {
            body.remove(readOnly);
        }
        body.put("legalName", newName);
        sales().header("If-Match", current.header("ETag")).body(body).put("/api/customer/customers/{id}", id).then()
                .statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification sales() {
        return given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON);
    }

    private static Map<String, Object> address(PostalAddress a) {
        Map<String, Object> map = new HashMap<>();
        map.put("line1", a.line1());
        map.put("line2", a.line2());
        map.put("postalCode", a.postalCode());
        map.put("city", a.city());
        map.put("country", a.countryCode());
        return map;
    }

    private static String randomSiren() {
        return TestCompanyIds.nextSiren();
    }
}
