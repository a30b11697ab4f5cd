package com.repaero.gateway.console;

import java.util.Locale;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/** The console's language: French unless the user switched to English (a cookie remembers the choice). */
public final class ConsoleLocale {

    public static final String COOKIE = "repaero_lang";
    public static final Locale FRENCH = Locale.FRANCE;
    public static final Locale ENGLISH = Locale.UK;

    private ConsoleLocale() {
    }

    public static Locale of(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? ENGLISH : FRENCH;
    }

    public static String code(Locale locale) {
        return locale.getLanguage();
    }
}
