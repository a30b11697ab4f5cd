package com.repaero.gateway.routing;

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

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;

/**
 * The API entry {@code /api/<service>/**}: every call must carry a valid token (the services then check roles); it is
 * forwarded by {@link ApiProxy}.
 */
@Path("/api/{service}")
@Authenticated
public class ApiProxyResource {

    private final ApiProxy proxy;
    private final HttpServerRequest request;

    public ApiProxyResource(ApiProxy proxy, HttpServerRequest request) {
        this.proxy = proxy;
        this.request = request;
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
        java.util.Map<String, java.util.List<String>> headers = new java.util.LinkedHashMap<>();
        request.headers().names().forEach(name -> headers.put(name, request.headers().getAll(name)));
        String proto = request.getHeader("X-Forwarded-Proto") != null
                ? request.getHeader("X-Forwarded-Proto")
                : request.scheme();
        String host = request.getHeader("X-Forwarded-Host") != null
                ? request.getHeader("X-Forwarded-Host")
                : request.authority() != null ? request.authority().toString() : request.host();
        return proxy.forward(new ApiProxy.Incoming(request.method().name(), service, request.uri(), headers, body,
                host, proto));
    }
}
