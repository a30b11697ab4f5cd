package com.repaero.customer.crm.domain;

import static com.repaero.customer.crm.CrmApi.ACTIVITIES;
import static com.repaero.customer.crm.CrmApi.NOUVEAU;
import static com.repaero.customer.crm.CrmApi.OPPORTUNITIES;
import static com.repaero.customer.customer.CustomerApi.CUSTOMERS;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A confirmed booking becomes a customer (found or created), a contact, an opportunity and a meeting, once. */
@QuarkusTest
class BookingLeadsTest {

    private static final OffsetDateTime AT_22 = OffsetDateTime.parse("2027-01-14T22:00:00+01:00");

    private final BookingLeads leads;

    BookingLeadsTest(BookingLeads leads) {
        this.leads = leads;
    }

    private static String reference() {
        return "RDV-" + System.nanoTime();
    }

    @Test
    void anUrgentBookingFromANewCompanyCreatesTheWholeTrace() {
        String siren = CustomerRequests.nextSiren();
        String reference = reference();
        long id = leads.bookingConfirmed(new BookingLead(reference, "Dépannage AOG", AT_22, true, "Air Bleu SAS",
                siren, "Marc Durand", "marc@airbleu.fr", "06 12 34 56 78", "Train avant bloqué, F-HABC à Lognes"));

        JsonPath opportunity = as("sales").get(OPPORTUNITIES + "/" + id).then().statusCode(200)
                .body("stageId", equalTo((int) NOUVEAU))
                .body("urgent", equalTo(true))
                .body("source", equalTo("BOOKING"))
                .body("bookingReference", equalTo(reference))
                .body("owner", nullValue())
                .body("createdBy", equalTo("booking"))
                .body("expectedCloseDate", equalTo("2027-01-14"))
                .extract().jsonPath();
        assertThat(opportunity.getString("title")).startsWith("AOG").contains("14/01/2027 22:00");

        long customer = opportunity.getLong("customerId");
        as("sales").get(CUSTOMERS + "/" + customer).then().statusCode(200)
                .body("legalName", equalTo("Air Bleu SAS"))
                .body("siren", equalTo(siren))
                .body("contacts[0].email", equalTo("marc@airbleu.fr"))
                .body("contacts[0].mobile", equalTo("+33612345678"));
        as("sales").queryParam("opportunityId", id).get(ACTIVITIES).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].type", equalTo("MEETING"))
                .body("items[0].dueAt", equalTo("2027-01-14T22:00:00+01:00"))
                .body("items[0].customerId", equalTo((int) customer));
    }

    @Test
    void theSameBookingTwiceIsOneOpportunity() {
        String reference = reference();
        BookingLead lead = new BookingLead(reference, "Visite 50h", AT_22, false, "Aéroclub " + reference, null,
                "Anne", "anne@aeroclub.fr", null, null);
        long first = leads.bookingConfirmed(lead);
        long second = leads.bookingConfirmed(lead);

        assertThat(second).isEqualTo(first);
        as("sales").queryParam("opportunityId", first).get(ACTIVITIES).then().body("total", equalTo(1));
        as("sales").queryParam("q", "Aéroclub " + reference).get(CUSTOMERS).then().body("total", equalTo(1));
    }

    @Test
    void aKnownCompanyIsFoundBySirenAndGetsTheNewContact() {
        CustomerRequests known = aCustomer().withMasterData();
        long customer = register(known);
        long id = leads.bookingConfirmed(new BookingLead(reference(), "Visite", AT_22, false, "Nom différent",
                known.siren(), "Paul Neuf", "paul@aviasud.fr", "+33561999999", null));

        as("sales").get(OPPORTUNITIES + "/" + id).then().body("customerId", equalTo((int) customer))
                .body("urgent", equalTo(false));
        as("sales").get(CUSTOMERS + "/" + customer).then()
                .body("contacts.size()", equalTo(3))
                .body("contacts.email", hasItem("paul@aviasud.fr"))
                .body("contacts.find { it.name == 'Paul Neuf' }.phone", equalTo("+33561999999"));
    }

    @Test
    void aKnownCompanyIsFoundByNameAndAKnownContactIsNotDuplicated() {
        CustomerRequests known = aCustomer().withMasterData();
        long customer = register(known);
        long id = leads.bookingConfirmed(new BookingLead(reference(), "Visite", AT_22, false,
                ((String) known.build().get("legalName")).toUpperCase(), null, "Julien",
                "J.Moreau@aviasud.fr", null, null));

        as("sales").get(OPPORTUNITIES + "/" + id).then().body("customerId", equalTo((int) customer));
        as("sales").get(CUSTOMERS + "/" + customer).then().body("contacts.size()", equalTo(2));
    }

    @Test
    void anInvalidSirenMakesAProspectWithoutSiren() {
        String reference = reference();
        long id = leads.bookingConfirmed(new BookingLead(reference, "Visite", AT_22, false, "Garage " + reference,
                "123456789", "Zoé", "zoe@example.fr", null, null));

        long customer = as("sales").get(OPPORTUNITIES + "/" + id).then().extract().jsonPath().getLong("customerId");
        JsonPath prospect = as("sales").get(CUSTOMERS + "/" + customer).then().statusCode(200)
                .body("siren", nullValue()).extract().jsonPath();
        assertThat(prospect.getString("notes")).contains(reference).contains("123456789");
    }

    @Test
    void frenchPhonesAreNormalised() {
        assertThat(CrmBookingLeads.e164("06 12 34 56 78")).isEqualTo("+33612345678");
        assertThat(CrmBookingLeads.e164("0033 5 61 00 00 00")).isEqualTo("+33561000000");
        assertThat(CrmBookingLeads.e164("appelez-moi")).isNull();
    }
}
