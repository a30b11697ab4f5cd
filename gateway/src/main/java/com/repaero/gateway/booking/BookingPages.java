package com.repaero.gateway.booking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import com.repaero.gateway.config.GatewayConfig;
import com.repaero.gateway.http.ClientAddress;
import com.repaero.gateway.http.RateLimiter;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * What every booking page shares: the visitor's language and IP, the per-IP budget every page that calls
 * customer-service spends from (the same bucket as anonymous {@code /api} calls, ADR 0008), and the refusal pages.
 */
@RequestScoped
public class BookingPages {

    /** The same cookie as the console's, so that one choice of language holds on the whole site. */
    public static final String LANGUAGE_COOKIE = "repaero_lang";
    /** A booking reference, checked before it goes into an API path. */
    static final Pattern REFERENCE = Pattern.compile("RDV-[0-9A-Z]{8}");
    static final Locale FRENCH = Locale.FRANCE;
    static final Locale ENGLISH = Locale.UK;

    private final HttpServerRequest request;
    private final RateLimiter limiter;
    private final BookingApi api;
    private final int trustedProxies;
    private final Template message;

    public BookingPages(HttpServerRequest request, RateLimiter limiter, BookingApi api, GatewayConfig config,
            @Location("booking/message.html") Template message) {
        this.request = request;
        this.limiter = limiter;
        this.api = api;
        this.trustedProxies = config.rateLimit().trustedProxies();
        this.message = message;
    }

    public Locale locale() {
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? ENGLISH : FRENCH;
    }

    /** The texts in the visitor's language, for what Java decides to say (errors). */
    public BookingMessages messages() {
        return "en".equals(locale().getLanguage())
                ? MessageBundles.get(BookingMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(BookingMessages.class);
    }

    public BookingFormats formats() {
        return new BookingFormats(locale());
    }

    /**
     * The visitor, as customer-service must see them, once the page may call it: booking open in this phase, and one
     * call taken from the visitor's per-IP budget (a 429 page otherwise).
     */
    public BookingApi.Visitor visitor() {
        if (!api.rolledOut()) {
            throw notRolledOut();
        }
        String ip = ClientAddress.of(request, trustedProxies);
        limiter.anonymous(ip).ifPresent(wait -> {
            throw new BookingPageException(429, message(messages().too_many_title(),
                    messages().too_many_text(seconds(wait)), null, null), wait);
        });
        return new BookingApi.Visitor(ip, locale());
    }

    /** A page in the visitor's language; {@code back} is where the language switch returns (a GET of this site). */
    public TemplateInstance page(Template template, String back) {
        Locale locale = locale();
        TemplateInstance page = template.instance()
                .data("lang", locale.getLanguage())
                .data("backParam", URLEncoder.encode(back, StandardCharsets.UTF_8))
                .data("formats", new BookingFormats(locale));
        page.setLocale(locale);
        return page;
    }

    /** The language switch returns to this same page when it is a GET; a form's answer returns to {@code fallback}. */
    public String back(String fallback) {
        return "GET".equals(request.method().name()) ? request.uri() : fallback;
    }

    /** A page that only says something: a title, a text, and one way on. */
    public TemplateInstance message(String title, String text, String linkHref, String linkText) {
        return page(message, back("/rendez-vous"))
                .data("title", title)
                .data("text", text)
                .data("linkHref", linkHref)
                .data("linkText", linkText);
    }

    public BookingPageException fail(int status, String title, String text) {
        return new BookingPageException(status, message(title, text, "/rendez-vous", messages().back_to_start()),
                null);
    }

    /** A refused link token (400), an unknown booking (404) or one no longer pending (409), as a page. */
    public BookingPageException refusedLink(BookingApi.Answer answer) {
        BookingMessages texts = messages();
        return switch (answer.status()) {
            case 404 -> fail(404, texts.not_found_title(), texts.booking_not_found());
            case 409 -> fail(409, texts.expired_title(), texts.expired_text());
            default -> fail(400, texts.bad_link_title(), texts.bad_link_text());
        };
    }

    /** The reference of an emailed link, with its token; a 400 page when either is not what the emails carry. */
    public String linkReference(String reference, String token) {
        if (reference == null || !REFERENCE.matcher(reference).matches() || token == null || token.isBlank()
                || token.length() > 1000) {
            BookingMessages texts = messages();
            throw fail(400, texts.bad_link_title(), texts.bad_link_text());
        }
        return reference;
    }

    BookingPageException notRolledOut() {
        return new BookingPageException(503, message(messages().soon_title(), messages().soon_text(), null, null),
                null);
    }

    BookingPageException unavailable(Duration retryAfter) {
        Duration wait = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
        return new BookingPageException(503, message(messages().unavailable_title(),
                messages().unavailable_text(seconds(wait)), "/rendez-vous", messages().back_to_start()), wait);
    }

    static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
