package com.repaero.supplier.supplier.domain;

/** Checks French company identifiers: SIREN (Luhn key) and the intra-EU VAT number derived from it. */
public final class FrenchCompanyIds {

    private FrenchCompanyIds() {
    }

    /** A SIREN is 9 digits whose Luhn sum is a multiple of 10. */
    public static boolean isValidSiren(String siren) {
        return siren != null && siren.matches("\\d{9}") && luhn(siren);
    }

    /**
     * A French VAT number is {@code FR}, a 2-digit key, and the SIREN; key = (12 + 3 × (SIREN mod 97)) mod 97.
     */
    public static boolean isValidVatNumber(String vat) {
        if (vat == null || !vat.matches("FR\\d{11}")) {
            return false;
        }
        String siren = vat.substring(4);
        return isValidSiren(siren) && Integer.parseInt(vat.substring(2, 4)) == vatKey(siren);
    }

    /** The VAT number of a company with this SIREN. */
    public static String vatNumberOf(String siren) {
        return "FR%02d%s".formatted(vatKey(siren), siren);
    }

    private static int vatKey(String siren) {
        return (int) ((12 + 3 * (Long.parseLong(siren) % 97)) % 97);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
