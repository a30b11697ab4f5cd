package com.repaero.customer.invoicing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Invoicing settings ({@code repaero.invoicing.*}): who we are on our invoices (French legal mentions), our payment
 * terms and penalties, quote validity and the dunning steps.
 */
@ConfigMapping(prefix = "repaero.invoicing")
public interface InvoicingConfig {

    Seller seller();

    /** Terms used when the customer has none (a code of {@code PaymentTerms}, e.g. DAYS_30). */
    @WithDefault("DAYS_30")
    String defaultPaymentTerms();

    /** How long a quote stays valid after it is sent, in days. */
    @WithDefault("30")
    int quoteValidityDays();

    /** The late-payment penalty rate as printed (Code de commerce L441-10: at least 3 times the legal rate). */
    @WithDefault("taux directeur de la BCE majoré de 10 points")
    String latePenaltyRate();

    /** Fixed indemnity for recovery costs owed by a professional paying late (D441-5: 40 EUR). */
    @WithDefault("40")
    BigDecimal recoveryIndemnity();

    Dunning dunning();

    /** The seller: us, as every invoice must name us. */
    interface Seller {
        String legalName();

        /** e.g. SAS */
        String legalForm();

        /** Share capital in EUR, as printed. */
        String shareCapital();

        String siren();

        String vatNumber();

        /** Registry city of the RCS entry, e.g. Toulouse. */
        String rcsCity();

        String addressLine1();

        Optional<String> addressLine2();

        String postalCode();

        String city();

        @WithDefault("FR")
        String countryCode();

        String email();

        Optional<String> phone();

        /** Where customers pay: printed on the invoice and written in the Factur-X XML. */
        String iban();

        String bic();

        /** The seller opted to pay VAT on debits (option pour le paiement de la taxe d'après les débits). */
        @WithDefault("false")
        boolean vatOnDebits();
    }

    /** Payment reminders. */
    interface Dunning {
        /** Days after the due date at which a reminder is sent, e.g. 7,30. */
        @WithDefault("7,30")
        List<Integer> steps();

        /** Sender of the reminders. */
        String from();

        /** When the dunning run happens (cron, or "off"). */
        @WithDefault("0 0 8 * * ?")
        String cron();
    }
}
