package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Editing a customer: the form prefilled, saved with PUT and the version read as If-Match, the service's field errors
 * next to their fields, someone else's change (412) explained with nothing lost; contacts added, archive and restore.
 */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class CustomerEditPagesTest {

    private static final String CUSTOMER_42_V4 = CustomerPagesTest.CUSTOMER_42.replace("\"version\": 3",
            "\"version\": 4").replace("compta@aviasud.fr", "factures@aviasud.fr");

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeCustomerService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/customer/customers/42")), 200, CustomerPagesTest.CUSTOMER_42);
        upstream.answer(get(urlPathEqualTo("/api/customer/crm/opportunities")), 200,
                "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}");
    }

    private static Map<String, String> edited(String legalName) {
        return Map.ofEntries(Map.entry("version", "3"), Map.entry("legalName", legalName),
                Map.entry("siren", "732829320"), Map.entry("vatNumber", "FR44732829320"), Map.entry("country", "FR"),
                Map.entry("email", "compta@aviasud.fr"), Map.entry("phone", "+33561000000"),
                Map.entry("line1", "Hangar 3"), Map.entry("postalCode", "31270"), Map.entry("city", "Cugnaux"),
                Map.entry("paymentTerms", "DAYS_45_END_OF_MONTH"), Map.entry("notes", ""));
    }

    @Test
    void salesSeeTheEditLinkAndTheFormPrefilled() {
        TestSessions.as("sales").when().get("/console/customers/42")
                .then().statusCode(200)
                .body(containsString("id=\"edit-customer\" href=\"/console/customers/42/edit\""))
                .body(containsString("id=\"archive-customer\""))
                .body(containsString("id=\"contact-form\""));
        TestSessions.as("sales").when().get("/console/customers/42/edit")
                .then().statusCode(200)
                .body(containsString("id=\"customer-edit-form\""))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"))
                .body(containsString("value=\"Avia Sud Maintenance SAS\""))
                .body(containsString("value=\"31270\""))
                .body(containsString("<label for=\"paymentTerms\">Conditions de paiement</label>"))
                .body(containsString("45 jours fin de mois"));
    }

    @Test
    void accountingReadsButNeitherEditsNorSeesTheLinks() {
        TestSessions.as("accounting").when().get("/console/customers/42")
                .then().statusCode(200)
                .body(not(containsString("/console/customers/42/edit")))
                .body(not(containsString("id=\"archive-customer\"")))
                .body(not(containsString("id=\"contact-form\"")));
        TestSessions.as("accounting").when().get("/console/customers/42/edit").then().statusCode(403);
        TestSessions.posting("accounting", edited("X")).when().post("/console/customers/42/edit")
                .then().statusCode(403);
        TestSessions.as("technician").when().get("/console/customers/42/archive").then().statusCode(403);
    }

    @Test
    void savedWithIfMatchAndEverythingTheFormDoesNotShowKept() {
        upstream.answer(put(urlPathEqualTo("/api/customer/customers/42")), 200, CUSTOMER_42_V4);
        TestSessions.posting("sales", edited("Avia Sud Maintenance")).when().post("/console/customers/42/edit")
                .then().statusCode(303)
                .header("Location", containsString("/console/customers/42?done=updated"));
        upstream.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/api/customer/customers/42"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("""
                        {"legalName": "Avia Sud Maintenance", "siren": "732829320", "country": "FR",
                         "paymentTerms": "DAYS_45_END_OF_MONTH",
                         "billingAddress": {"line1": "Hangar 3", "postalCode": "31270", "city": "Cugnaux",
                                            "country": "FR"},
                         "contacts": [{"name": "Julien Moreau", "role": "Responsable maintenance",
                                       "mobile": "+33612345678"}]}""", true, true)));
        TestSessions.as("sales").queryParam("done", "updated").when().get("/console/customers/42")
                .then().body(containsString("id=\"done-notice\""))
                .body(containsString("Modifications enregistrées."));
    }

    @Test
    void theServicesFieldErrorsShowNextToTheirFields() {
        upstream.answer(put(urlPathEqualTo("/api/customer/customers/42")), 400,
                Upstream.invalid("vatNumber", "n'est pas celui du SIREN"));
        TestSessions.posting("sales", edited("Avia Sud")).when().post("/console/customers/42/edit")
                .then().statusCode(400)
                .body(containsString(
                        "<a href=\"#vatNumber\">N° de TVA intracommunautaire : n&#39;est pas celui du SIREN</a>"))
                .body(containsString("id=\"vatNumber-error\""))
                .body(containsString("value=\"Avia Sud\""));
    }

    @Test
    void someoneElsesChangeReloadsTheCurrentValuesAndListsWhatWasTyped() {
        upstream.answer(put(urlPathEqualTo("/api/customer/customers/42")), 412,
                Upstream.problem(412, "stale-version", "changed since read"));
        upstream.answer(get(urlPathEqualTo("/api/customer/customers/42")), 200, CUSTOMER_42_V4);
        TestSessions.posting("sales", edited("Avia Sud Hélices")).when().post("/console/customers/42/edit")
                .then().statusCode(412)
                .body(containsString("id=\"conflict-notice\""))
                .body(containsString("Quelqu&#39;un d&#39;autre a modifié ce client"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"4\">"))
                .body(containsString("value=\"factures@aviasud.fr\""))
                .body(containsString("<li>Raison sociale : Avia Sud Hélices</li>"))
                .body(containsString("<li>E-mail : compta@aviasud.fr</li>"));
    }

    @Test
    void aContactIsAddedToTheContactsAsRead() {
        upstream.answer(put(urlPathEqualTo("/api/customer/customers/42")), 200, CUSTOMER_42_V4);
        TestSessions.posting("sales", Map.of("version", "3", "contactName", "Claire Petit", "contactRole",
                "Comptable", "contactEmail", "c.petit@aviasud.fr", "contactPhone", "+33 5 61 00 00 01"))
                .when().post("/console/customers/42/contacts")
                .then().statusCode(303)
                .header("Location", containsString("/console/customers/42?done=contact-added"));
        upstream.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/api/customer/customers/42"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("""
                        {"legalName": "Avia Sud Maintenance SAS",
                         "contacts": [{"name": "Julien Moreau", "mobile": "+33612345678"},
                                      {"name": "Claire Petit", "role": "Comptable", "email": "c.petit@aviasud.fr",
                                       "phone": "+33561000001"}]}""", false, true)));
    }

    @Test
    void aContactsFieldErrorShowsOnTheContactForm() {
        upstream.answer(put(urlPathEqualTo("/api/customer/customers/42")), 400,
                Upstream.invalid("contacts[1].email", "adresse e-mail invalide"));
        TestSessions.posting("sales", Map.of("version", "3", "contactName", "Claire Petit", "contactEmail", "claire@"))
                .when().post("/console/customers/42/contacts")
                .then().statusCode(400)
                .body(containsString("<a href=\"#contactEmail\">E-mail : adresse e-mail invalide</a>"))
                .body(containsString("id=\"contactEmail-error\""))
                .body(containsString("value=\"Claire Petit\""));
    }

    @Test
    void archivingIsConfirmedThenSentWithIfMatch() {
        TestSessions.as("sales").when().get("/console/customers/42/archive")
                .then().statusCode(200)
                .body(containsString("id=\"archive-form\""))
                .body(containsString("id=\"confirm-archive\""))
                .body(containsString("Archiver Avia Sud Maintenance SAS ?"));
        upstream.wireMock().register(delete(urlPathEqualTo("/api/customer/customers/42"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));
        TestSessions.posting("sales", Map.of("version", "3")).when().post("/console/customers/42/archive")
                .then().statusCode(303)
                .header("Location", containsString("/console/customers/42?done=archived"));
        upstream.wireMock().verifyThat(deleteRequestedFor(urlPathEqualTo("/api/customer/customers/42"))
                .withHeader("If-Match", equalTo("\"3\"")));
    }

    @Test
    void anArchivedCustomerCanBeRestored() {
        upstream.answer(get(urlPathEqualTo("/api/customer/customers/42")), 200,
                CustomerPagesTest.CUSTOMER_42.replace("\"archived\": false", "\"archived\": true"));
        TestSessions.as("admin").when().get("/console/customers/42")
                .then().statusCode(200)
                .body(containsString("id=\"restore-customer\""))
                .body(not(containsString("id=\"archive-customer\"")));
        upstream.answer(com.github.tomakehurst.wiremock.client.WireMock
                .post(urlPathEqualTo("/api/customer/customers/42/restore")), 200, CUSTOMER_42_V4);
        TestSessions.posting("admin", Map.of("version", "3")).when().post("/console/customers/42/restore")
                .then().statusCode(303)
                .header("Location", containsString("done=restored"));
    }
}
