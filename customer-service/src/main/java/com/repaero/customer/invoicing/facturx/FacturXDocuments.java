package com.repaero.customer.invoicing.facturx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.mustangproject.Allowance;
import org.mustangproject.BankDetails;
import org.mustangproject.IncludedNote;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.SubjectCode;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

import com.repaero.customer.customer.domain.PostalAddress;
import com.repaero.customer.invoicing.InvoicingConfig;
import com.repaero.customer.invoicing.domain.DocumentTotals;
import com.repaero.customer.invoicing.domain.Invoice;
import com.repaero.customer.invoicing.domain.InvoiceDocuments;
import com.repaero.customer.invoicing.domain.InvoiceKind;
import com.repaero.customer.invoicing.domain.InvoiceLine;
import com.repaero.customer.invoicing.domain.InvoicingClock;
import com.repaero.customer.invoicing.domain.VatRates;

/**
 * Factur-X, profile EN 16931: our own PDF/A-3 drawing ({@link InvoicePdf}) with the CII XML that Mustang writes from
 * its invoice model attached as {@code factur-x.xml} (ADR 0013). Mustang computes the XML's totals from the same
 * lines, discounts and rates with the same per-line and per-rate rounding as {@link DocumentTotals}; a test checks
 * that both agree and that Mustang's validator finds no error.
 */
@ApplicationScoped
public class FacturXDocuments implements InvoiceDocuments {

    /** SIREN scheme identifier (ISO 6523 ICD 0002) for the legal registration ids (BT-30, BT-47). */
    private static final String SIREN_SCHEME = "0002";
    /** UNTDID 5189 allowance reason: discount. */
    private static final String DISCOUNT = "95";
    /** UNTDID 2475: VAT due on the invoice date (the VAT-on-debits option). */
    private static final String VAT_ON_INVOICE_DATE = "5";

    private final InvoicingConfig config;

    public FacturXDocuments(InvoicingConfig config) {
        this.config = config;
    }

    @Override
    public Rendered render(Invoice invoice) {
        byte[] base = InvoicePdf.render(invoice, config);
        org.mustangproject.Invoice model = model(invoice);
        try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3().setProfile(Profiles.getByName("EN16931"))
                .setProducer("Rep'Aero customer-service").setCreator(config.seller().legalName()).load(base)) {
            exporter.setTransaction(model);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            exporter.export(pdf);
            return new Rendered(pdf.toByteArray(), exporter.getProvider().getXML());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Factur-X document of " + invoice.number, e);
        }
    }

    /** The invoice in Mustang's model (EN 16931 business terms). */
    org.mustangproject.Invoice model(Invoice invoice) {
        Mentions mentions = Mentions.of(invoice, config);
        org.mustangproject.Invoice model = new org.mustangproject.Invoice()
                .setNumber(invoice.number)
                .setIssueDate(date(invoice.issueDate))
                .setDeliveryDate(date(invoice.deliveryDate != null ? invoice.deliveryDate : invoice.issueDate))
                .setCurrency("EUR")
                .setSender(seller())
                .setRecipient(buyer(invoice));
        // BT-23, the French e-invoicing "cadre de facturation": goods, services or mixed.
        model.setBusinessProcessId(invoice.operationCategory.code());
        if (invoice.kind == InvoiceKind.CREDIT_NOTE) {
            model.setCreditNote();
            model.setInvoiceReferencedDocumentID(invoice.creditedInvoiceNumber);
            model.setInvoiceReferencedIssueDate(date(invoice.creditedInvoiceDate));
        } else {
            model.setDueDate(date(invoice.dueDate));
        }
        model.setPaymentTermDescription(mentions.paymentTerms());
        if (invoice.buyerReference != null) {
            model.setReferenceNumber(invoice.buyerReference);
        }
        PostalAddress delivery = invoice.deliveryAddress();
        if (delivery != null) {
            model.setDeliveryAddress(party(invoice.buyerName, delivery));
        }
        if (Boolean.TRUE.equals(invoice.vatOnDebits)) {
            model.setVATDueDateTypeCode(VAT_ON_INVOICE_DATE);
        }
        for (InvoiceLine line : invoice.lines) {
            model.addItem(item(line));
        }
        for (DocumentTotals.VatBreakdown vat : invoice.totals().breakdown()) {
            if (vat.allowance().signum() > 0) {
                model.addAllowance(documentDiscount(vat, invoice.discountPercent));
            }
        }
        List<IncludedNote> notes = new ArrayList<>();
        // The French CIUS (BR-FR-05) wants these three mentions as coded notes.
        notes.add(new IncludedNote(mentions.latePayment(), SubjectCode.PMD));
        notes.add(new IncludedNote("Indemnité forfaitaire pour frais de recouvrement : "
                + FrenchFormat.money(config.recoveryIndemnity()), SubjectCode.PMT));
        notes.add(new IncludedNote(mentions.noDiscount(), SubjectCode.AAB));
        notes.add(new IncludedNote(mentions.sellerIdentity(), SubjectCode.REG));
        notes.add(new IncludedNote(mentions.operationCategory(), SubjectCode.AAI));
        if (mentions.vatOnDebits() != null) {
            notes.add(new IncludedNote(mentions.vatOnDebits(), SubjectCode.TXD));
        }
        if (invoice.notes != null && !invoice.notes.isBlank()) {
            notes.add(new IncludedNote(invoice.notes, SubjectCode.AAI));
        }
        model.addNotes(notes);
        return model;
    }

    private TradeParty seller() {
        InvoicingConfig.Seller seller = config.seller();
        TradeParty party = new TradeParty(seller.legalName(), seller.postalCode(), seller.addressLine1(),
                seller.city(), seller.countryCode())
                .setVATID(seller.vatNumber())
                .setLegalOrganisation(new LegalOrganisation(seller.siren(), SIREN_SCHEME))
                .addBankDetails(new BankDetails(seller.iban(), seller.bic()))
                .setEmail(seller.email());
        seller.addressLine2().ifPresent(party::setAdditionalAddress);
        return party;
    }

    private static TradeParty buyer(Invoice invoice) {
        TradeParty party = party(invoice.buyerName, invoice.billingAddress());
        if (invoice.buyerVatNumber != null) {
            party.setVATID(invoice.buyerVatNumber);
        }
        if (invoice.buyerSiren != null) {
            party.setLegalOrganisation(new LegalOrganisation(invoice.buyerSiren, SIREN_SCHEME));
        }
        if (invoice.buyerEmail != null) {
            party.setEmail(invoice.buyerEmail);
        }
        party.setID(Long.toString(invoice.customerId));
        return party;
    }

    private static TradeParty party(String name, PostalAddress address) {
        TradeParty party = new TradeParty(name, address.postalCode(), address.line1(), address.city(),
                address.countryCode());
        if (address.line2() != null && !address.line2().isBlank()) {
            party.setAdditionalAddress(address.line2());
        }
        return party;
    }

    private static Item item(InvoiceLine line) {
        Product product = new Product(line.description, "", "C62", VatRates.normalise(line.vatRate));
        if (line.partNumber != null) {
            product.setSellerAssignedID(line.partNumber);
        }
        if (line.vatRate.signum() == 0) {
            product.setTaxCategoryCode(VatRates.EXEMPT);
            product.setTaxExemptionReason(line.vatExemptionReason);
        }
        Item item = new Item(product, line.unitPrice, line.quantity);
        item.setId(Integer.toString(line.lineNumber));
        if (line.discountAmount.signum() > 0) {
            // A line allowance (BG-27) of the rounded amount: Mustang's line net is then exactly ours.
            Allowance discount = new Allowance(line.discountAmount);
            discount.setReason("Remise " + FrenchFormat.percent(line.discountPercent));
            discount.setReasonCode(DISCOUNT);
            item.addAllowance(discount);
        }
        return item;
    }

    @SuppressWarnings("removal") // Mustang 2.25 has no other way to give a document allowance its VAT rate.
    private static Allowance documentDiscount(DocumentTotals.VatBreakdown vat, BigDecimal percent) {
        Allowance allowance = new Allowance(vat.allowance());
        allowance.setTaxPercent(vat.rate());
        allowance.setCategoryCode(vat.category());
        allowance.setReason("Remise globale " + FrenchFormat.percent(percent));
        allowance.setReasonCode(DISCOUNT);
        return allowance;
    }

    private static Date date(LocalDate date) {
        // Noon, so that Mustang's formatting in the JVM's default time zone cannot move it to another day.
        return date == null ? null : Date.from(date.atTime(12, 0).atZone(InvoicingClock.ZONE).toInstant());
    }
}
