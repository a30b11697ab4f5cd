package com.repaero.customer.migration.access;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.repaero.customer.crm.domain.ActivityType;
import com.repaero.customer.customer.domain.PaymentTerms;

/** How values typed into the old Access screens become the new system's: phones, countries, terms, history types. */
final class LegacyValues {

    private static final Map<String, String> COUNTRIES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            COUNTRIES.put(fold(country.getDisplayCountry(Locale.FRENCH)), code);
            COUNTRIES.put(fold(country.getDisplayCountry(Locale.ENGLISH)), code);
            COUNTRIES.put(fold(code), code);
        }
        COUNTRIES.put("angleterre", "GB");
        COUNTRIES.put("hollande", "NL");
        COUNTRIES.put("usa", "US");
    }

    private LegacyValues() {
    }

    /** Digits only (the old screens let users type spaces and dots in SIREN/SIRET), null when empty. */
    static String digits(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replaceAll("[\\s.\\-]", "");
        return stripped.isEmpty() ? null : stripped;
    }

    /** A French number as typed (01 23 45 67 89, 01.23…, 0033 1…) in E.164; else compacted as is (then refused). */
    static String e164(String phone) {
        if (phone == null) {
            return null;
        }
        String compact = phone.replaceAll("[\\s.\\-()/]", "");
        if (compact.startsWith("00")) {
            return "+" + compact.substring(2);
        }
        if (compact.matches("0[1-9]\\d{8}")) {
            return "+33" + compact.substring(1);
        }
        return compact;
    }

    /** An ISO code from a country name in French or English, or an ISO code; empty means France. */
    static Optional<String> country(String value) {
        if (value == null) {
            return Optional.of("FR");
        }
        return Optional.ofNullable(COUNTRIES.get(fold(value)));
    }

    /** The old base stored postal codes as numbers in places: 1000 is Bourg-en-Bresse's 01000. */
    static String postalCode(String value, String country) {
        if (value != null && "FR".equals(country) && value.matches("\\d{4}")) {
            return "0" + value;
        }
        return value;
    }

    /**
     * Payment terms as typed: "comptant", "à réception", "30 jours", "30j fin de mois", "45 j FDM", "60 jours nets".
     * Empty means none; anything else is unknown.
     */
    static Optional<PaymentTerms> paymentTerms(String value) {
        String text = fold(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.contains("comptant") || text.contains("reception") || text.equals("0")) {
            return Optional.of(PaymentTerms.ON_RECEIPT);
        }
        boolean endOfMonth = text.contains("fin de mois") || text.contains("fdm") || text.contains("fm");
        String days = text.replaceAll("\\D+", " ").strip();
        return switch (days) {
            case "30" -> Optional.of(endOfMonth ? PaymentTerms.DAYS_30_END_OF_MONTH : PaymentTerms.DAYS_30);
            case "45" -> Optional.of(endOfMonth ? PaymentTerms.DAYS_45_END_OF_MONTH : PaymentTerms.DAYS_45);
            case "60" -> endOfMonth ? Optional.empty() : Optional.of(PaymentTerms.DAYS_60);
            default -> Optional.empty();
        };
    }

    /** The activity type of a history row, or empty when it is a note (Note, Remarque, Info, or nothing). */
    static Optional<ActivityType> activityType(String value) {
        String text = fold(value);
        if (text.contains("appel") || text.contains("tel") || text.contains("phone")) {
            return Optional.of(ActivityType.CALL);
        }
        if (text.contains("mail") || text.contains("courriel") || text.contains("courrier")) {
            return Optional.of(ActivityType.EMAIL);
        }
        if (text.contains("rdv") || text.contains("rendez") || text.contains("visite") || text.contains("reunion")
                || text.contains("meeting")) {
            return Optional.of(ActivityType.MEETING);
        }
        if (text.contains("tache") || text.contains("relance") || text.contains("a faire") || text.contains("todo")) {
            return Optional.of(ActivityType.TASK);
        }
        return Optional.empty();
    }

    /** Lower case, without accents and extra spaces, for matching free text. */
    static String fold(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
