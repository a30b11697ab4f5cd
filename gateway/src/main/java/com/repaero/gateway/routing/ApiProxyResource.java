package com.repaero.gateway.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import com.repaero.gateway.security.Caller;
import com.repaero.platform.problem.Problem;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * The API entry {@code /api/<service>/**}: every call must carry a valid token (the services then check roles); it is
 * forwarded by {@link ApiProxy}. A console user calls it with the session cookie: the session's access token then goes
 * to the service as {@code Authorization: Bearer}, and the cookie stays here.
 */
@Path("/api/{service}")
@Authenticated
public class ApiProxyResource {

    private final ApiProxy proxy;
    private final HttpServerRequest request;
    private final SecurityIdentity identity;

    public ApiProxyResource(ApiProxy proxy, HttpServerRequest request, SecurityIdentity identity) {
        this.proxy = proxy;
        this.request = request;
        this.identity = identity;
    }

    @GET
    @Path("{path: .*}")
    public CompletionStage<Response> get(@PathParam("service") String service) {
        return forward(service, null);
    }

    @HEAD
    @Path("{path: .*}")
    public CompletionStage<Response> head(@PathParam("service") String service) {
        return forward(service, null);
    }

    @DELETE
    @Path("{path: .*}")
    public CompletionStage<Response> delete(@PathParam("service") String service) {
        return forward(service, null);
    }

    @POST
    @Path("{path: .*}")
    public CompletionStage<Response> post(@PathParam("service") String service, byte[] body) {
        return forward(service, body);
    }

    @PUT
    @Path("{path: .*}")
    public CompletionStage<Response> put(@PathParam("service") String service, byte[] body) {
        return forward(service, body);
    }

    @PATCH
    @Path("{path: .*}")
    public CompletionStage<Response> patch(@PathParam("service") String service, byte[] body) {
        return forward(service, body);
    }

    private CompletionStage<Response> forward(String service, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().names().forEach(name -> headers.put(name, request.headers().getAll(name)));
        if (Caller.isSession(identity)) {
            if (Caller.isCrossSiteWrite(request)) {
                return CompletableFuture.completedFuture(Problem.of(403, "cross-site-request", "Forbidden",
                        "A console session may only change data from the console's own pages").toResponse());
            }
            headers.keySet().removeIf(name -> name.equalsIgnoreCase("Authorization"));
            Caller.sessionAccessToken(identity)
                    .ifPresent(token -> headers.put("Authorization", List.of("Bearer " + token)));
        }
        return proxy.forward(new ApiProxy.Incoming(request.method().name(), service, request.uri(), headers, body,
                Caller.forwardedHost(request), Caller.forwardedProto(request)));
    }
}
