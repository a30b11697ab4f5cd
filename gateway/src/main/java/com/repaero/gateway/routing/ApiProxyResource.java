package com.repaero.gateway.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import com.repaero.gateway.config.GatewayConfig;
import com.repaero.gateway.http.ClientAddress;
import com.repaero.gateway.http.RateLimiter;
import com.repaero.gateway.security.Caller;
import com.repaero.platform.problem.Problem;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The API entry {@code /api/<service>/**}, forwarded by {@link ApiProxy}. A call needs a valid token (the services
 * then check roles), except on the public paths ({@code repaero.gateway.public-paths}), open to anonymous callers.
 * Every call spends from a budget: per client IP when anonymous, per caller with a token ({@link RateLimiter}). A
 * console user calls it with the session cookie: the session's access token then goes to the service as
 * {@code Authorization: Bearer}, and the cookie stays here.
 */
@Path("/api/{service}")
// Deliberately open: forward() refuses anonymous callers outside the public paths with the same 401 problem.
@PermitAll
public class ApiProxyResource {

    private final ApiProxy proxy;
    private final HttpServerRequest request;
    private final CurrentIdentityAssociation identities;
    private final RateLimiter limiter;
    private final PublicPaths publicPaths;
    private final int trustedProxies;

    public ApiProxyResource(ApiProxy proxy, HttpServerRequest request, CurrentIdentityAssociation identities,
            RateLimiter limiter, GatewayConfig config) {
        this.proxy = proxy;
        this.request = request;
        this.identities = identities;
        this.limiter = limiter;
        this.publicPaths = new PublicPaths(config.publicPaths().orElse(List.of()));
        this.trustedProxies = config.rateLimit().trustedProxies();
    }

    /** The service's OpenAPI document (its {@code /q/openapi}, which the API paths do not reach). */
    @GET
    @Path("openapi")
    public Uni<Response> openApi(@PathParam("service") String service) {
        String query = request.query();
        return forward(service, "/q/openapi" + (query == null ? "" : "?" + query), null);
    }

    @GET
    @Path("{path: .*}")
    public Uni<Response> get(@PathParam("service") String service) {
        return forward(service, request.uri(), null);
    }

    @HEAD
    @Path("{path: .*}")
    public Uni<Response> head(@PathParam("service") String service) {
        return forward(service, request.uri(), null);
    }

    @DELETE
    @Path("{path: .*}")
    public Uni<Response> delete(@PathParam("service") String service) {
        return forward(service, request.uri(), null);
    }

    @POST
    @Path("{path: .*}")
    public Uni<Response> post(@PathParam("service") String service, byte[] body) {
        return forward(service, request.uri(), body);
    }

    @PUT
    @Path("{path: .*}")
    public Uni<Response> put(@PathParam("service") String service, byte[] body) {
        return forward(service, request.uri(), body);
    }

    @PATCH
    @Path("{path: .*}")
    public Uni<Response> patch(@PathParam("service") String service, byte[] body) {
        return forward(service, request.uri(), body);
    }

    private Uni<Response> forward(String service, String pathAndQuery, byte[] body) {
        // Authentication is lazy (quarkus.http.auth.proactive=false): the identity is resolved here, without blocking.
        return identities.getDeferredIdentity().chain(identity -> {
            Response refused = admit(identity);
            if (refused != null) {
                return Uni.createFrom().item(refused);
            }
            return Uni.createFrom().completionStage(proxy.forward(incoming(identity, service, pathAndQuery, body)));
        });
    }

    /** The answer when the call may not go on (over budget, cross-site), null when it may. */
    private Response admit(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            if (!publicPaths.matches(request.path())) {
                throw new UnauthorizedException();
            }
            return limiter.anonymous(ClientAddress.of(request, trustedProxies))
                    .map(RateLimiter::tooManyRequests).orElse(null);
        }
        if (Caller.isSession(identity) && Caller.isCrossSiteWrite(request)) {
            return Problem.of(403, "cross-site-request", "Forbidden",
                    "A console session may only change data from the console's own pages").toResponse();
        }
        return limiter.client(Caller.id(identity)).map(RateLimiter::tooManyRequests).orElse(null);
    }

    private ApiProxy.Incoming incoming(SecurityIdentity identity, String service, String pathAndQuery, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().names().forEach(name -> headers.put(name, request.headers().getAll(name)));
        if (Caller.isSession(identity)) {
            headers.keySet().removeIf(name -> name.equalsIgnoreCase("Authorization"));
            Caller.sessionAccessToken(identity)
                    .ifPresent(token -> headers.put("Authorization", List.of("Bearer " + token)));
        }
        return new ApiProxy.Incoming(request.method().name(), service, pathAndQuery, headers, body,
                Caller.forwardedHost(request), Caller.forwardedProto(request));
    }
}
