package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Customers: search, registration with the API's field errors on their fields, detail with contacts and deals. */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class CustomerPagesTest {

    static final String CUSTOMER_42 = """
            {"id": 42, "legalName": "Avia Sud Maintenance SAS", "siren": "732829320", "vatNumber": "FR44732829320",
             "country": "FR", "email": "compta@aviasud.fr", "phone": "+33561000000",
             "billingAddress": {"line1": "Hangar 3", "postalCode": "31270", "city": "Cugnaux", "country": "FR"},
             "contacts": [{"name": "Julien Moreau", "role": "Responsable maintenance", "mobile": "+33612345678"}],
             "archived": false, "version": 3, "createdAt": "2026-11-02T09:00:00Z", "createdBy": "sales"}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeCustomerService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/customer/customers")), 200, """
                {"items": [{"id": 42, "legalName": "Avia Sud Maintenance SAS", "siren": "732829320", "country": "FR",
                            "city": "Cugnaux", "email": "compta@aviasud.fr", "archived": false, "version": 3}],
                 "page": 0, "size": 20, "total": 1}""");
        upstream.answer(get(urlPathEqualTo("/api/customer/customers/42")), 200, CUSTOMER_42);
        upstream.answer(get(urlPathEqualTo("/api/customer/crm/opportunities")).withQueryParam("customerId",
                equalTo("42")), 200, """
                        {"items": [{"id": 7, "customerId": 42, "customerName": "Avia Sud Maintenance SAS",
                                    "title": "Révision hélice HC-C2YK", "amount": 4850.00, "stageId": 2,
                                    "urgent": true, "version": 1}], "page": 0, "size": 50, "total": 1}""");
    }

    @Test
    void salesSearchesCustomers() {
        TestSessions.as("sales").queryParam("q", "avia").when().get("/console/customers")
                .then().statusCode(200)
                .body(containsString("Avia Sud Maintenance SAS"))
                .body(containsString("1 client"))
                .body(containsString("href=\"/console/customers/new\""))
                .body(containsString("href=\"/console/crm/pipeline\""));
        upstream.wireMock().verifyThat(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(urlPathEqualTo("/api/customer/customers")).withQueryParam("q", equalTo("avia")));
    }

    @Test
    void accountingReadsButDoesNotRegister() {
        TestSessions.as("accounting").when().get("/console/customers")
                .then().statusCode(200)
                .body(not(containsString("href=\"/console/customers/new\"")));
        TestSessions.as("accounting").when().get("/console/customers/new").then().statusCode(403);
    }

    @Test
    void otherRolesSeeNeitherTheScreenNorItsLink() {
        TestSessions.as("technician").when().get("/console/customers").then().statusCode(403);
        TestSessions.as("purchasing").when().get("/console/suppliers")
                .then().statusCode(200)
                .body(not(containsString("/console/customers")));
    }

    @Test
    void theDetailShowsContactsAndOpportunities() {
        TestSessions.as("accounting").when().get("/console/customers/42")
                .then().statusCode(200)
                .body(containsString("Julien Moreau"))
                .body(containsString("Révision hélice HC-C2YK"))
                .body(containsString("4\u202F850,00\u00A0€"))
                .body(containsString("31270 Cugnaux"));
    }

    @Test
    void aRegisteredCustomerOpens() {
        upstream.answer(post(urlPathEqualTo("/api/customer/customers")), 201, CUSTOMER_42);
        TestSessions.posting("sales", Map.of("legalName", "Avia Sud Maintenance SAS", "siren", "732 829 320",
                "vatNumber", "FR44732829320", "country", "FR", "line1", "Hangar 3", "postalCode", "31270",
                "city", "Cugnaux"))
                .when().post("/console/customers/new")
                .then().statusCode(303)
                .header("Location", containsString("/console/customers/42?created=true"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/customers"))
                .withRequestBody(equalToJson("""
                        {"legalName": "Avia Sud Maintenance SAS", "siren": "732829320", "vatNumber": "FR44732829320",
                         "country": "FR", "billingAddress": {"line1": "Hangar 3", "postalCode": "31270",
                         "city": "Cugnaux", "country": "FR"}}""", true, true)));
    }

    @Test
    void theServicesFieldErrorsShowNextToTheirFields() {
        upstream.answer(post(urlPathEqualTo("/api/customer/customers")), 400,
                Upstream.invalid("billingAddress.postalCode", "5 chiffres pour la France"));
        TestSessions.posting("sales", Map.of("legalName", "Avia Sud", "siren", "732829320", "line1", "Hangar 3",
                "postalCode", "3127", "city", "Cugnaux"))
                .when().post("/console/customers/new")
                .then().statusCode(400)
                .body(containsString("id=\"error-summary\""))
                .body(containsString("<a href=\"#postalCode\">Code postal : 5 chiffres pour la France</a>"))
                .body(containsString("id=\"postalCode-error\""))
                .body(containsString("value=\"3127\""));
    }
}
