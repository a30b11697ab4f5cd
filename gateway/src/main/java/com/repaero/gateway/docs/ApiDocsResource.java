package com.repaero.gateway.docs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.repaero.gateway.config.GatewayConfig;
import com.repaero.gateway.console.ConsoleLocale;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code /api/docs}: one page listing the platform's services with their OpenAPI documents (live ones) or the phase
 * that brings them, and one page per live service listing its operations, rendered here from its OpenAPI document
 * (no script: the console's CSP applies). French first, English with the console's language switch.
 */
@Path("/api/docs")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApiDocsResource {

    private final GatewayConfig config;
    private final OpenApiDocuments documents;
    private final HttpServerRequest request;
    private final Template index;
    private final Template service;

    public ApiDocsResource(GatewayConfig config, OpenApiDocuments documents, HttpServerRequest request,
            @Location("docs/index.html") Template index, @Location("docs/service.html") Template service) {
        this.config = config;
        this.documents = documents;
        this.request = request;
        this.index = index;
        this.service = service;
    }

    /** A line of the index; {@code document} null when the service is not live or did not give it. */
    public record ServiceEntry(String name, int phase, boolean live, ApiDocument document) {
    }

    @GET
    public CompletionStage<Response> index() {
        List<Map.Entry<String, GatewayConfig.Service>> services = config.services().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, GatewayConfig.Service> e) -> e.getValue().phase())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<CompletableFuture<ServiceEntry>> entries = services.stream().map(e -> entry(e.getKey(), e.getValue()))
                .toList();
        // Built here: the request (language cookie) is not reachable from the thread that completes the reads.
        TemplateInstance page = page(index, "index").data("phase", config.phase());
        return CompletableFuture.allOf(entries.toArray(CompletableFuture[]::new))
                .thenApply(done -> html(200,
                        page.data("services", entries.stream().map(CompletableFuture::join).toList())));
    }

    @GET
    @Path("{service}")
    public CompletionStage<Response> service(@PathParam("service") String name) {
        GatewayConfig.Service target = config.services().get(name);
        if (target == null) {
            return CompletableFuture.completedFuture(Response.status(404).type(MediaType.TEXT_PLAIN)
                    .entity("There is no service '" + name + "'").build());
        }
        TemplateInstance page = page(service, "service")
                .data("name", name)
                .data("phase", target.phase())
                .data("currentPhase", config.phase())
                .data("live", isLive(target));
        if (!isLive(target)) {
            return CompletableFuture.completedFuture(html(503, page.data("document", null)));
        }
        return documents.of(name).thenApply(fetched -> html(fetched.ok() ? 200 : 503,
                page.data("document", fetched.document())));
    }

    private CompletableFuture<ServiceEntry> entry(String name, GatewayConfig.Service target) {
        if (!isLive(target)) {
            return CompletableFuture.completedFuture(new ServiceEntry(name, target.phase(), false, null));
        }
        return documents.of(name).thenApply(f -> new ServiceEntry(name, target.phase(), true, f.document()));
    }

    private boolean isLive(GatewayConfig.Service target) {
        return target.phase() <= config.phase();
    }

    private TemplateInstance page(Template template, String current) {
        Locale locale = ConsoleLocale.of(request);
        TemplateInstance page = template.instance()
                .data("lang", ConsoleLocale.code(locale))
                .data("current", current)
                .data("backParam", URLEncoder.encode(request.uri(), StandardCharsets.UTF_8));
        page.setLocale(locale);
        return page;
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }
}
