package com.repaero.gateway.booking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query values of the booking pages' links (the "+" of a Paris offset must be encoded). */
final class Links {

    private Links() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
