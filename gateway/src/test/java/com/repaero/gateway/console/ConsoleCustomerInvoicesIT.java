package com.repaero.gateway.console;

import static com.repaero.gateway.console.PhaseTwo.fitsAndShoot;
import static com.repaero.gateway.console.PhaseTwo.plain;
import static com.repaero.gateway.console.PhaseTwo.url;
import static com.repaero.platform.testing.StatementXml.aStatement;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounting in a real Chromium against the phase-2 platform: a draft invoice (made through the API: no console screen
 * creates one yet) issued from the console, its PDF downloaded through the console's link with the browser's session,
 * then paid in two parts by two camt.053 statements uploaded on the receipts screen, and a line matching nothing listed.
 */
class ConsoleCustomerInvoicesIT {

    @RegisterExtension
    static final BeforeAllCallback PLATFORM = PhaseTwo.PLATFORM;

    @Test
    void accountingIssuesAnInvoiceDownloadsItsPdfAndImportsTheTwoPaymentsThatPayIt() throws IOException {
        long customer = PhaseTwo.customer("Aéro Maintenance Albi");
        long invoice = PhaseTwo.draftInvoice(customer, "1", "1000.00");
        try (Browser browser = PhaseTwo.signedIn("accounting", 768, 1024)) {
            browser.find(".main-nav a[href='/console/invoices']").click();
            assertThat(browser.find("#invoices a[href='/console/invoices/" + invoice + "']").getText())
                    .isEqualTo("Brouillon");
            fitsAndShoot(browser, "p2-invoices-768x1024");

            browser.go(url("/console/invoices/" + invoice));
            assertThat(plain(browser.find("#totals").getText())).contains("1 200,00 €");
            assertThat(browser.has("#invoice-pdf")).as("no PDF for a draft").isFalse();
            fitsAndShoot(browser, "p2-invoice-draft-768x1024");
            browser.find("#issue-invoice").click();

            assertThat(browser.find("#done-notice").getText()).isNotBlank();
            String number = browser.find("h1").getText().replace("Facture ", "");
            assertThat(number).matches("FA-" + Year.now() + "-\\d+");
            assertThat(browser.find("#invoice").getText()).contains("Non payée");
            fitsAndShoot(browser, "p2-invoice-issued-768x1024");

            String pdfLink = browser.find("#invoice-pdf").getAttribute("href");
            byte[] pdf = PhaseTwo.withSessionOf(browser).when().get(pdfLink)
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            // The customer pays 500 € quoting the invoice, then the remaining 700 € the next day.
            uploadStatement(browser, aStatement().credit("500.00", "NOTPROVIDED", "Acompte facture " + number)
                    .credit("13.57", "NOTPROVIDED", "VIREMENT SANS REFERENCE").build());
            assertThat(browser.find("#unmatched").getText()).contains("13,57").contains("VIREMENT SANS REFERENCE");
            fitsAndShoot(browser, "p2-receipts-768x1024");
            browser.go(url("/console/invoices/" + invoice));
            assertThat(browser.find("#invoice").getText()).contains("Payée en partie");

            uploadStatement(browser, aStatement().credit("700.00", "NOTPROVIDED", "Solde " + number).build());
            browser.go(url("/console/invoices/" + invoice));
            assertThat(plain(browser.find("#invoice").getText())).contains("Payée").doesNotContain("Payée en partie")
                    .contains("1 200,00 €");
            fitsAndShoot(browser, "p2-invoice-paid-768x1024");
            browser.go(url("/console/invoices?payment=PAID"));
            assertThat(browser.find("#invoices").getText()).contains(number).contains("Aéro Maintenance Albi");
        }
    }

    private static void uploadStatement(Browser browser, String camt053) throws IOException {
        Path file = Files.createTempFile("releve", ".xml");
        Files.writeString(file, camt053);
        browser.go(url("/console/receipts"));
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#upload-statement").click();
        assertThat(browser.find("#done-notice").getText()).isNotBlank();
    }
}
