package com.repaero.customer.migration.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.repaero.customer.crm.domain.ActivityType;
import com.repaero.customer.customer.domain.PaymentTerms;

/** Values as the old Access screens let people type them. */
class LegacyValuesTest {

    @Test
    void paymentTermsInTheirUsualFrenchSpellings() {
        assertThat(LegacyValues.paymentTerms("Comptant")).contains(PaymentTerms.ON_RECEIPT);
        assertThat(LegacyValues.paymentTerms("à réception de facture")).contains(PaymentTerms.ON_RECEIPT);
        assertThat(LegacyValues.paymentTerms("30 jours")).contains(PaymentTerms.DAYS_30);
        assertThat(LegacyValues.paymentTerms("30 jours fin de mois")).contains(PaymentTerms.DAYS_30_END_OF_MONTH);
        assertThat(LegacyValues.paymentTerms("45j FDM")).contains(PaymentTerms.DAYS_45_END_OF_MONTH);
        assertThat(LegacyValues.paymentTerms("60 jours nets")).contains(PaymentTerms.DAYS_60);
        assertThat(LegacyValues.paymentTerms("90 jours")).isEmpty();
        assertThat(LegacyValues.paymentTerms(null)).isEmpty();
    }

    @Test
    void countriesByNameOrCodeEmptyMeaningFrance() {
        assertThat(LegacyValues.country(null)).contains("FR");
        assertThat(LegacyValues.country("FRANCE")).contains("FR");
        assertThat(LegacyValues.country("Belgique")).contains("BE");
        assertThat(LegacyValues.country("Allemagne")).contains("DE");
        assertThat(LegacyValues.country("Germany")).contains("DE");
        assertThat(LegacyValues.country("ch")).contains("CH");
        assertThat(LegacyValues.country("Atlantide")).isEmpty();
    }

    @Test
    void phonesAndPostalCodes() {
        assertThat(LegacyValues.e164("05.61.00.00.00")).isEqualTo("+33561000000");
        assertThat(LegacyValues.e164("0032 2 123 45 67")).isEqualTo("+3221234567");
        assertThat(LegacyValues.postalCode("1000", "FR")).isEqualTo("01000");
        assertThat(LegacyValues.postalCode("1000", "BE")).isEqualTo("1000");
        assertThat(LegacyValues.digits("732 829 320")).isEqualTo("732829320");
    }

    @Test
    void historyTypesBecomeActivitiesOrNotes() {
        assertThat(LegacyValues.activityType("Appel")).contains(ActivityType.CALL);
        assertThat(LegacyValues.activityType("E-mail")).contains(ActivityType.EMAIL);
        assertThat(LegacyValues.activityType("RDV")).contains(ActivityType.MEETING);
        assertThat(LegacyValues.activityType("Visite client")).contains(ActivityType.MEETING);
        assertThat(LegacyValues.activityType("Tâche")).contains(ActivityType.TASK);
        assertThat(LegacyValues.activityType("Remarque")).isEmpty();
        assertThat(LegacyValues.activityType(null)).isEmpty();
    }
}
