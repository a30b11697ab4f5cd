package com.repaero.supplier.bank.domain;

import java.text.Normalizer;

/** Text as SEPA accepts it: the EPC's restricted Latin character set, cut to the field's length. */
public final class SepaText {

    private SepaText() {
    }

    /** Accents dropped ("é" becomes "e"), other characters outside the set become spaces, then cut to max. */
    public static String of(String text, int max) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String allowed = plain.replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ").replaceAll(" {2,}", " ").strip();
        return allowed.length() <= max ? allowed : allowed.substring(0, max).strip();
    }
}
