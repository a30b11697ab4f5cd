package com.repaero.platform.validation;

/** Checks French company identifiers: SIREN (Luhn key) and the intra-EU VAT number derived from it. */
public final class FrenchCompanyIds {

    private static final String LA_POSTE = "356000000";

    private FrenchCompanyIds() {
    }

    /** A SIREN is 9 digits whose Luhn sum is a multiple of 10. */
    public static boolean isValidSiren(String siren) {
        return siren != null && siren.matches("\\d{9}") && luhn(siren);
    }

    /**
     * A SIRET is the SIREN followed by a 5-digit establishment number, with a Luhn key over all 14 digits; La Poste's
     * establishments (SIREN 356000000) are too many for that and use a digit sum that is a multiple of 5 instead.
     */
    public static boolean isValidSiret(String siret) {
        if (siret == null || !siret.matches("\\d{14}") || !isValidSiren(siret.substring(0, 9))) {
            return false;
        }
        return luhn(siret) || siret.startsWith(LA_POSTE) && siret.chars().map(c -> c - '0').sum() % 5 == 0;
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
