package com.repaero.gateway.booking;

/**
 * Phone numbers as French visitors type them ("06 12 34 56 78", "06.12.34.56.78", "0033 6…") turned into the
 * international form the API wants ("+33612345678"). Anything else goes as typed, without separators, for the API to
 * judge.
 */
final class Phones {

    private Phones() {
    }

    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.strip().replaceAll("[\\s.\\-()/]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (compact.matches("0[1-9]\\d{8}")) {
            return "+33" + compact.substring(1);
        }
        if (compact.matches("\\+330[1-9]\\d{8}")) {
            // "+33 (0)6 12 34 56 78": the trunk 0 does not belong after the country code.
            return "+33" + compact.substring(4);
        }
        return compact;
    }
}
