package com.repaero.customer.invoicing.facturx;

import com.repaero.customer.invoicing.InvoicingConfig;
import com.repaero.customer.invoicing.domain.Invoice;
import com.repaero.customer.invoicing.domain.InvoiceKind;

/**
 * The legal mentions of a French invoice (Code de commerce L441-9 and L441-10, CGI art. 242 nonies A, and the
 * e-invoicing reform), worded once for the PDF and the Factur-X notes.
 */
record Mentions(String sellerIdentity, String paymentTerms, String latePayment, String noDiscount,
        String vatOnDebits, String operationCategory, String payment) {

    static Mentions of(Invoice invoice, InvoicingConfig config) {
        InvoicingConfig.Seller seller = config.seller();
        String identity = "%s %s au capital de %s € - SIREN %s - RCS %s %s - TVA intracommunautaire %s".formatted(
                seller.legalName(), seller.legalForm(), seller.shareCapital(), seller.siren(), seller.rcsCity(),
                seller.siren(), seller.vatNumber());
        String terms = invoice.kind == InvoiceKind.CREDIT_NOTE
                ? "Avoir sur la facture " + invoice.creditedInvoiceNumber + " du "
                        + FrenchFormat.date(invoice.creditedInvoiceDate)
                : invoice.paymentTerms.label() + " - échéance le " + FrenchFormat.date(invoice.dueDate);
        String late = "En cas de retard de paiement : pénalités au " + config.latePenaltyRate()
                + ", exigibles dès le lendemain de l'échéance, et indemnité forfaitaire pour frais de recouvrement de "
                + FrenchFormat.money(config.recoveryIndemnity())
                + " (articles L441-10 et D441-5 du Code de commerce).";
        String debits = Boolean.TRUE.equals(invoice.vatOnDebits)
                ? "Option pour le paiement de la taxe d'après les débits."
                : null;
        String payment = "Règlement par virement : IBAN %s - BIC %s. Merci d'indiquer le numéro %s en référence."
                .formatted(seller.iban(), seller.bic(), invoice.number);
        return new Mentions(identity, terms, late, "Pas d'escompte pour paiement anticipé.", debits,
                "Catégorie de l'opération : " + invoice.operationCategory.label() + ".", payment);
    }
}
