package com.repaero.gateway.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.repaero.gateway.booking.BookingPhaseOneProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code up --phase 1}: the console shows the supplier screens only, even to the roles of later phases, and a
 * bookmarked phase-2 screen answers the 503 page naming the phase that brings it (customer-service would answer).
 */
@QuarkusTest
@TestProfile(BookingPhaseOneProfile.class)
class PhaseOneConsoleTest {

    @Test
    void theAdminSeesOnlyPhaseOneScreens() {
        TestSessions.as("admin").when().get("/console")
                .then().statusCode(200)
                .body(containsString("href=\"/console/suppliers\""))
                .body(containsString("href=\"/console/migration\""))
                .body(not(containsString("/console/customers")))
                .body(not(containsString("/console/crm/")))
                .body(not(containsString("/console/appointments")))
                .body(not(containsString("/console/invoices")))
                .body(not(containsString("/console/receipts")))
                .body(not(containsString("/console/quotes")))
                .body(not(containsString("/console/migration/access")));
    }

    @Test
    void salesAndTechniciansHaveNoScreenYet() {
        for (String role : new String[]{"sales", "technician", "team-lead"}) {
            TestSessions.as(role).when().get("/console")
                    .then().statusCode(200)
                    .body(not(containsString("/console/customers")))
                    .body(not(containsString("/console/crm/")))
                    .body(not(containsString("/console/appointments")));
        }
    }

    @Test
    void aPhaseTwoScreenNamesItsPhase() {
        for (String path : new String[]{"/console/customers", "/console/crm/pipeline", "/console/appointments",
                "/console/invoices", "/console/invoices/new", "/console/quotes", "/console/receipts",
                "/console/migration/access"}) {
            TestSessions.as("admin").when().get(path)
                    .then().statusCode(503)
                    .body(containsString("phase 2"));
        }
    }

    @Test
    void aRoleTheScreenRefusesStillGets403() {
        TestSessions.as("purchasing").when().get("/console/customers").then().statusCode(403);
    }
}
