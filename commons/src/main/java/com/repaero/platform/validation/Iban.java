package com.repaero.platform.validation;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/** Checks an IBAN (ISO 13616): country, length for that country and the mod-97 check digits. */
public final class Iban {

    // Lengths from the SWIFT IBAN registry; a country not listed here has no IBAN (or one we never pay to).
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("AD", 24), Map.entry("AE", 23),
            Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16),
            Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21),
            Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
            Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
            Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26), Map.entry("IT", 27),
            Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LC", 32),
            Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25),
            Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27),
            Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24),
            Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24),
            Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23),
            Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24),
            Map.entry("XK", 20));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The IBAN in its electronic form: spaces removed, upper case (as printed on a RIB: groups of four). */
    public static String normalize(String iban) {
        return iban == null ? null : iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** True when the (normalized) IBAN has a known country, that country's length and correct check digits. */
    public static boolean isValid(String iban) {
        String value = normalize(iban);
        if (value == null || !value.matches("[A-Z]{2}\\d{2}[A-Z0-9]{1,30}")) {
            return false;
        }
        Integer length = LENGTHS.get(value.substring(0, 2));
        if (length == null || value.length() != length) {
            return false;
        }
        String rearranged = value.substring(4) + value.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** A BIC (ISO 9362): 4-letter bank, 2-letter country, 2-character location, optional 3-character branch. */
    public static boolean isValidBic(String bic) {
        return bic != null && bic.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    }
}
