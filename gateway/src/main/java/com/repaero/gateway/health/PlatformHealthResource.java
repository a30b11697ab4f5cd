package com.repaero.gateway.health;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/**
 * {@code GET /api/health}: the services of the platform, their phase and readiness, for any signed-in user (the
 * console, ops, partners checking before they call). Always 200 when the gateway answers: the content says what is
 * down. The gateway's own {@code /q/health} never depends on the services (ADR 0008).
 */
@Path("/api/health")
@Authenticated
public class PlatformHealthResource {

    private final DownstreamHealth health;

    public PlatformHealthResource(DownstreamHealth health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> platform() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return health.current().thenApply(platform -> Response.ok(platform).cacheControl(noStore).build());
    }
}
