package com.repaero.customer.invoicing.facturx;

import static com.repaero.customer.invoicing.Invoicing.INVOICES;
import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.invoicing.Invoicing.as;
import static com.repaero.customer.invoicing.Invoicing.issue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;

import com.repaero.customer.customer.domain.PostalAddress;
import com.repaero.customer.invoicing.TestCustomers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The issued PDF is a valid Factur-X EN 16931 invoice for Mustang's validator (PDF/A-3 and XML, schematron included,
 * French rules too), and its XML adds up to the totals the API shows. Slow (the validator compiles its XSLTs): two
 * documents only, the richest we make.
 */
@QuarkusTest
class FacturXValidationTest {

    @Test
    void anInvoiceWithEveryKindOfLineAndItsCreditNoteValidate() throws Exception {
        long customer = TestCustomers.aCustomer()
                .withDeliveryAddress(new PostalAddress("Zone de fret, bâtiment 4", null, "31700", "Blagnac", "FR"))
                .build();
        JsonPath invoice = aDocument(customer)
                .line("Révision démarreur-génératrice", "23032-005", "3", "123.4567", "20", "10", null)
                .line("Main d'œuvre atelier (heures)", null, "2.5", "80", "10", null, null)
                .line("Pièce livrée hors UE", "P-EXP-1", "1", "50", "0", null,
                        "Exonération de TVA, article 262 ter I du CGI")
                .with("discountPercent", "5").with("buyerReference", "PO-4711")
                .with("notes", "Travaux selon ordre de réparation OR-2026-118").issued();
        long id = invoice.getLong("id");
        assertValid(as("accounting").get(INVOICES + "/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray(), "invoice");

        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        as("sales").get(INVOICES + "/" + id + "/xml").then().statusCode(200).extract().asByteArray()));
        assertThat(amount(xml, "TaxBasisTotalAmount")).isEqualByComparingTo(invoice.getString("totals.taxBasis"));
        assertThat(amount(xml, "TaxTotalAmount")).isEqualByComparingTo(invoice.getString("totals.vatTotal"));
        assertThat(amount(xml, "GrandTotalAmount")).isEqualByComparingTo(invoice.getString("totals.grandTotal"));
        assertThat(amount(xml, "LineTotalAmount")).isEqualByComparingTo(invoice.getString("totals.linesNet"));

        long note = as("accounting").body("{\"lines\": [{\"lineNumber\": 1, \"quantity\": 1}]}")
                .post(INVOICES + "/" + id + "/credit-notes").then().statusCode(201).extract().jsonPath().getLong("id");
        issue(note);
        assertValid(as("accounting").get(INVOICES + "/" + note + "/pdf").then().statusCode(200).extract()
                .asByteArray(), "credit note");
    }

    private static void assertValid(byte[] pdf, String what) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(pdf, what + ".pdf");
        assertThat(report).as(what + ": " + report).contains("<summary status=\"valid\"/>")
                .doesNotContain("<error").doesNotContain("status=\"invalid\"");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
    }

    private static BigDecimal amount(Document xml, String element) throws Exception {
        return new BigDecimal(XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']/*[local-name()='"
                        + element + "']", xml)
                .strip());
    }
}
