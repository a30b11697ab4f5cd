package com.repaero.gateway.console;

import static com.repaero.gateway.console.PhaseTwo.fitsAndShoot;
import static com.repaero.gateway.console.PhaseTwo.plain;
import static com.repaero.gateway.console.PhaseTwo.url;
import static com.repaero.platform.testing.StatementXml.aStatement;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Accounting in a real Chromium against the phase-2 platform, with the console's own editing screens and the real
 * customer-service behind them: an invoice drawn up in the console and issued, a transfer that no rule matches
 * allocated by hand (the excess becomes the customer's credit), and that credit spent on the customer's next invoice.
 * Named to run with the other phase-2 ITs (alphabetical order, before ConsoleIT's phase 1).
 */
class ConsoleCustomerCreditsIT {

    @RegisterExtension
    static final BeforeAllCallback PLATFORM = PhaseTwo.PLATFORM;

    @Test
    void anInvoiceDrawnUpInTheConsoleIsPaidByHandAndTheExcessPaysTheNextOne() throws IOException {
        String name = "Hélicoptères du Lauragais " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long customer = PhaseTwo.customer(name);
        try (Browser browser = PhaseTwo.signedIn("accounting", 1024, 768)) {
            // Drawn up in the console: the customer found by a search, one line of 2 × 400 € at 20 %.
            browser.go(url("/console/invoices"));
            browser.find("#new-invoice").click();
            browser.type("#customerQuery", name);
            browser.find("#find-customer").click();
            browser.find("#customer-" + customer).click();
            browser.type("#line-0-description", "Révision moyeu rotor principal");
            browser.type("#line-0-quantity", "2");
            browser.type("#line-0-unitPrice", "400");
            browser.screenshot("p2-invoice-form-1024x768");
            browser.find("#save-document").click();
            browser.waitForUrl(url("/console/invoices/"));
            assertThat(plain(browser.find("#totals").getText())).contains("960,00 €");
            browser.find("#issue-invoice").click();
            assertThat(browser.find("#done-notice").getText()).isNotBlank();
            String number = browser.find("h1").getText().replace("Facture ", "");

            // 1 003,21 € with no invoice number: no rule matches it, accounting allocates it by hand.
            String remittance = "VIR LAURAGAIS " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
            Path file = Files.createTempFile("releve", ".xml");
            Files.writeString(file, aStatement().credit("1003.21", "NOTPROVIDED", remittance).build());
            browser.go(url("/console/receipts"));
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.find("#upload-statement").click();
            assertThat(browser.find("#done-notice").getText()).isNotBlank();
            browser.driver()
                    .findElement(By.xpath("//tr[contains(., '" + remittance + "')]//a[starts-with(@id, 'allocate-')]"))
                    .click();
            assertThat(plain(browser.find("#bank-line").getText())).contains("1 003,21 €");
            browser.type("#customerQuery", name);
            browser.find("#find-customer").click();
            browser.find("#choose-customer-" + customer).click();
            assertThat(browser.find("#open-invoices").getText()).contains(number);
            assertThat(plain(browser.find("#allocation-credit").getText())).contains("43,21 €");
            fitsAndShoot(browser, "p2-allocation-1024x768");
            browser.find("#allocate").click();
            assertThat(browser.find("#allocated-notice").getText()).isNotBlank();
            // No longer unmatched (the list may be gone altogether when it was the only one).
            assertThat(browser.driver().findElements(By.cssSelector("#unmatched")))
                    .noneMatch(table -> table.getText().contains(remittance));

            // The next invoice (made through the API) is paid from that credit on the customer's page.
            long next = PhaseTwo.draftInvoice(customer, "1", "100.00");
            PhaseTwo.api("accounting").post(url("/api/customer/invoices/" + next + "/issue")).then().statusCode(200);
            browser.go(url("/console/customers/" + customer));
            String creditRow = browser.find("#credits tr[id^='credit-']").getAttribute("id");
            assertThat(plain(browser.find("#" + creditRow).getText())).contains("43,21 €");
            fitsAndShoot(browser, "p2-customer-credit-1024x768");
            browser.find("#" + creditRow + "-apply").click();
            browser.waitForUrl(url("/console/customers/" + customer + "?done=credit-applied"));
            assertThat(browser.has("#" + creditRow + "-apply")).as("a credit used up offers no more use").isFalse();

            browser.go(url("/console/invoices/" + next));
            assertThat(browser.find("#invoice").getText()).contains("Payée en partie");
            browser.go(url("/console/invoices?payment=PAID"));
            assertThat(browser.find("#invoices").getText()).contains(number);
        }
    }
}
