package com.repaero.gateway.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.repaero.gateway.config.GatewayConfig;
import com.repaero.gateway.security.Caller;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * What every console page shares: the person, the language, the navigation their roles allow, and the guards that
 * keep machines (bearer tokens) and other roles out with a clear page.
 */
@RequestScoped
public class ConsolePages {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final GatewayConfig config;
    private final Set<String> liveServices;
    private final Template forbidden;
    private final Template unavailable;
    private final Template notFound;

    public ConsolePages(SecurityIdentity identity, HttpServerRequest request, GatewayConfig config,
            @Location("console/forbidden.html") Template forbidden,
            @Location("console/unavailable.html") Template unavailable,
            @Location("console/not-found.html") Template notFound) {
        this.identity = identity;
        this.request = request;
        this.config = config;
        this.liveServices = config.services().entrySet().stream()
                .filter(service -> service.getValue().phase() <= config.phase())
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        this.forbidden = forbidden;
        this.unavailable = unavailable;
        this.notFound = notFound;
    }

    public Locale locale() {
        return ConsoleLocale.of(request);
    }

    /** The person at the keyboard; a bearer token (partner, script) gets a 403 page: the console is for people. */
    public ConsoleUser person() {
        if (!Caller.isSession(identity)) {
            throw new ConsolePageException(403, page(forbidden, null, null).data("reason", "people-only"));
        }
        return ConsoleUser.of(identity, liveServices);
    }

    /**
     * The person, if their roles open the screen and its service is live; otherwise a 403 page, or the 503 page
     * naming the phase that brings the service (an old bookmark, a typed URL).
     */
    public ConsoleUser require(Screen screen) {
        ConsoleUser user = person();
        if (!user.mayByRole(screen)) {
            throw new ConsolePageException(403, page(forbidden, user, null).data("reason", "role"));
        }
        if (!user.isLive(screen)) {
            TemplateInstance page = page(unavailable, user, null);
            screen.service().map(config.services()::get).ifPresent(service -> page.data("phase", service.phase()));
            throw new ConsolePageException(503, page);
        }
        return user;
    }

    /** The session's access token, for the services. */
    public String token() {
        return Caller.sessionAccessToken(identity).orElseThrow(() -> new ConsolePageException(403,
                page(forbidden, null, null).data("reason", "people-only")));
    }

    /** Form posts must come from the console's own pages. */
    public void requireSameOrigin() {
        if (Caller.isCrossSiteWrite(request)) {
            throw new ConsolePageException(403, page(forbidden, null, null).data("reason", "cross-site"));
        }
    }

    public TemplateInstance page(Template template, ConsoleUser user, Screen current) {
        Locale locale = locale();
        TemplateInstance page = template.instance()
                .data("user", user)
                .data("current", current == null ? "" : current.name())
                .data("lang", ConsoleLocale.code(locale))
                .data("backParam", URLEncoder.encode(request.uri(), StandardCharsets.UTF_8))
                .data("formats", new ConsoleFormats(locale));
        page.setLocale(locale);
        return page;
    }

    public ConsolePageException notFound(ConsoleUser user) {
        return notFound(user, Screen.SUPPLIERS, "supplier");
    }

    /** A 404 page naming what was not found ({@code supplier}, {@code order}...) with a link back to its list. */
    public ConsolePageException notFound(ConsoleUser user, Screen screen, String what) {
        return new ConsolePageException(404,
                page(notFound, user, screen).data("what", what).data("backTo", screen.path()));
    }

    /** The console's texts in the page's language, for what Java composes (error summaries, problem texts). */
    public ConsoleMessages messages() {
        return english()
                ? MessageBundles.get(ConsoleMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ConsoleMessages.class);
    }

    public PurchasingMessages purchasing() {
        return english()
                ? MessageBundles.get(PurchasingMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(PurchasingMessages.class);
    }

    public AccountingMessages accounting() {
        return english()
                ? MessageBundles.get(AccountingMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(AccountingMessages.class);
    }

    public CustomerMessages customer() {
        return english()
                ? MessageBundles.get(CustomerMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(CustomerMessages.class);
    }

    public InvoicingMessages invoicing() {
        return english()
                ? MessageBundles.get(InvoicingMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(InvoicingMessages.class);
    }

    private boolean english() {
        return ConsoleLocale.ENGLISH.getLanguage().equals(locale().getLanguage());
    }

    /** A page with a status other than 200 (a form sent back with its errors). */
    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(page.render()).build();
    }

    /** Post/redirect/get: a reload never repeats the change. */
    public static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    ConsolePageException unavailable() {
        ConsoleUser user = Caller.isSession(identity) ? ConsoleUser.of(identity, liveServices) : null;
        return new ConsolePageException(503, page(unavailable, user, null));
    }
}
