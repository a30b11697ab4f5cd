package com.repaero.gateway.console;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import com.repaero.gateway.config.GatewayConfig;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The console's home (who I am, which services this phase brings), its entry points and the language switch. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    private final ConsolePages pages;
    private final Attention attention;
    private final GatewayConfig config;
    private final Template home;
    private final Template signedOut;

    public ConsoleResource(ConsolePages pages, Attention attention, GatewayConfig config,
            @Location("console/home.html") Template home, @Location("console/signed-out.html") Template signedOut) {
        this.pages = pages;
        this.attention = attention;
        this.config = config;
        this.home = home;
        this.signedOut = signedOut;
    }

    /** A service as the home page lists it. */
    public record ServiceView(String name, int phase, boolean live) {
    }

    @GET
    @PermitAll
    public Response root() {
        return Response.seeOther(URI.create("/console")).build();
    }

    @GET
    @Path("console")
    @Authenticated
    public TemplateInstance home() {
        ConsoleUser user = pages.require(Screen.HOME);
        List<ServiceView> services = config.services().entrySet().stream()
                .map(e -> new ServiceView(e.getKey(), e.getValue().phase(), e.getValue().phase() <= config.phase()))
                .sorted(Comparator.comparingInt(ServiceView::phase).thenComparing(ServiceView::name))
                .toList();
        // The home page never fails for the supplier service: without it, it just has nothing to point at.
        List<Attention.Item> items;
        boolean attentionAvailable = true;
        try {
            items = attention.of(user);
        } catch (ServiceApi.Unavailable e) {
            items = List.of();
            attentionAvailable = false;
        }
        return pages.page(home, user, Screen.HOME)
                .data("phase", config.phase())
                .data("services", services)
                .data("attention", items)
                .data("attentionAvailable", attentionAvailable)
                .data("hasScreens", java.util.Arrays.stream(Screen.values())
                        .anyMatch(s -> s != Screen.HOME && user.may(s)));
    }

    /** Where Keycloak sends the browser back after logout; public, since the session is gone. */
    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return pages.page(signedOut, null, null);
    }

    /** Switches the language (a cookie) and goes back to the page the user was on. */
    @GET
    @Path("lang")
    @PermitAll
    public Response language(@QueryParam("to") String to, @QueryParam("back") String back) {
        String lang = "en".equals(to) ? "en" : "fr";
        // Only paths of this site: never an open redirect.
        URI target = URI.create("/console");
        if (back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")) {
            try {
                target = URI.create(back);
            } catch (IllegalArgumentException e) {
                // not a path: back to the home page
            }
        }
        return Response.seeOther(target)
                .cookie(new NewCookie.Builder(ConsoleLocale.COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build())
                .build();
    }
}
