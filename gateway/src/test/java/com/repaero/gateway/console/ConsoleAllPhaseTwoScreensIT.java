package com.repaero.gateway.console;

import static com.repaero.gateway.console.PhaseTwo.fitsAndShoot;
import static com.repaero.gateway.console.PhaseTwo.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Every phase-2 screen, as the admin (who may open them all) sees it on an iPad in portrait: in the navigation, in
 * French, no horizontal scroll, touch-sized controls; screenshots kept.
 */
class ConsoleAllPhaseTwoScreensIT {

    @RegisterExtension
    static final BeforeAllCallback PLATFORM = PhaseTwo.PLATFORM;

    @Test
    void everyPhaseTwoScreenFitsAnIpadInPortrait() {
        long customer = PhaseTwo.customer("Aéro Révision Figeac");
        PhaseTwo.opportunity(customer, "Magnéto Slick 4370 — F-BFIG");
        long invoice = PhaseTwo.draftInvoice(customer, "2", "350.00");
        try (Browser browser = PhaseTwo.signedIn("admin", 768, 1024)) {
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            List<String> links = browser.driver().findElements(By.cssSelector(".main-nav a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            List<String> screens = List.of("customers", "crm/pipeline", "crm/activities", "appointments", "invoices",
                    "receipts", "migration/access");
            for (String screen : screens) {
                assertThat(links).as("navigation").anyMatch(href -> href.endsWith("/console/" + screen));
            }
            fitsAndShoot(browser, "p2-admin-home-768x1024");
            for (String screen : List.of("customers", "customers/new", "customers/" + customer, "crm/pipeline",
                    "crm/activities", "appointments", "invoices", "invoices/" + invoice, "receipts",
                    "migration/access")) {
                browser.go(url("/console/" + screen));
                assertThat(browser.find("h1").getText()).as(screen).isNotBlank();
                assertThat(browser.has("#forbidden")).as(screen).isFalse();
                assertThat(browser.has("main [role=alert]")).as("%s answers the unavailable page", screen).isFalse();
                fitsAndShoot(browser, "p2-admin-" + screen.replace('/', '-') + "-768x1024");
            }
        }
    }
}
