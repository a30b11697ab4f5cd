package com.repaero.customer.crm.domain;

import static com.repaero.customer.crm.CrmApi.ACTIVITIES;
import static com.repaero.customer.crm.CrmApi.NOTES;
import static com.repaero.customer.customer.CustomerApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The CRM follows a booking's moves and cancellation once each, and ignores bookings it never saw. */
@QuarkusTest
class BookingMovesTest {

    private static final OffsetDateTime AT_10 = OffsetDateTime.parse("2027-05-06T10:00:00+02:00");
    private static final OffsetDateTime AT_14 = OffsetDateTime.parse("2027-05-07T14:00:00+02:00");

    private final BookingLeads leads;

    BookingMovesTest(BookingLeads leads) {
        this.leads = leads;
    }

    @Test
    void movesAndCancellationAreRecordedOnce() {
        String reference = "RDV-" + System.nanoTime();
        long opportunity = leads.bookingConfirmed(new BookingLead(reference, "Visite 50h", AT_10, false,
                "Aéroclub " + reference, null, "Léa", "lea" + System.nanoTime() + "@example.fr", null, null));

        leads.bookingRescheduled(reference, AT_14);
        leads.bookingRescheduled(reference, AT_14);
        leads.bookingCancelled(reference, null);
        leads.bookingCancelled(reference, "again");
        // A cancelled meeting is not moved any more.
        leads.bookingRescheduled(reference, AT_10);

        Map<String, Object> meeting = as("sales").queryParam("opportunityId", opportunity).get(ACTIVITIES).then()
                .statusCode(200).extract().jsonPath().getMap("items[0]");
        assertThat(meeting).containsEntry("dueAt", "2027-05-07T14:00:00+02:00").containsEntry("cancelled", true)
                .containsEntry("done", true).containsEntry("bookingReference", reference);
        List<String> notes = as("sales").queryParam("opportunityId", opportunity).get(NOTES).then().statusCode(200)
                .extract().jsonPath().getList("items.text", String.class);
        assertThat(notes).containsExactlyInAnyOrder("Rendez-vous déplacé au 07/05/2027 14:00",
                "Rendez-vous annulé : sans raison donnée");
    }

    @Test
    void aBookingTheCrmNeverSawIsIgnored() {
        assertThatNoException().isThrownBy(() -> {
            leads.bookingRescheduled("RDV-UNKNOWN1", AT_14);
            leads.bookingCancelled("RDV-UNKNOWN1", "Doublon");
        });
    }
}
