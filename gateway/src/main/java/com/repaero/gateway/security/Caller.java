package com.repaero.gateway.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * How a caller reached the gateway: a person's browser session (authorization-code flow, the console) or a bearer
 * token (partners, scripts, iPads). Only sessions enter the console; both may call the API.
 */
public final class Caller {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private Caller() {
    }

    /** A session carries the ID token of the person who logged in; a bearer call has only an access token. */
    public static boolean isSession(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.getCredential(IdTokenCredential.class) != null;
    }

    /**
     * Who is calling, for the per-caller rate limit: the token's subject, i.e. a person or a partner's service account
     * (client credentials). Not {@code azp} alone: every console user shares the {@code gateway} client, every script
     * user {@code repaero-cli}.
     */
    public static String id(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getSubject() != null) {
                return "sub:" + token.getSubject();
            }
            Object client = token.getClaim("azp");
            if (client != null) {
                return "azp:" + client;
            }
        }
        return "name:" + identity.getPrincipal().getName();
    }

    /** The access token of the session, relayed to the services as {@code Authorization: Bearer}. */
    public static Optional<String> sessionAccessToken(SecurityIdentity identity) {
        if (!isSession(identity)) {
            return Optional.empty();
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return Optional.ofNullable(token).map(AccessTokenCredential::getToken);
    }

    /**
     * A state-changing request made with the session cookie must come from the gateway's own pages: the cookie is
     * SameSite=Lax already, and the Origin header (sent by browsers on every POST) must be ours.
     */
    public static boolean isCrossSiteWrite(HttpServerRequest request) {
        if (SAFE_METHODS.contains(request.method().name().toUpperCase(Locale.ROOT))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String site = request.getHeader("Sec-Fetch-Site");
            return site != null && !site.equals("same-origin") && !site.equals("none");
        }
        return !origin.equalsIgnoreCase(ownOrigin(request));
    }

    /** The origin the browser sees, honouring a TLS-terminating proxy's X-Forwarded-* headers. */
    public static String ownOrigin(HttpServerRequest request) {
        return forwardedProto(request) + "://" + forwardedHost(request);
    }

    public static String forwardedProto(HttpServerRequest request) {
        String proto = request.getHeader("X-Forwarded-Proto");
        return proto != null ? proto : request.scheme();
    }

    public static String forwardedHost(HttpServerRequest request) {
        String host = request.getHeader("X-Forwarded-Host");
        if (host != null) {
            return host;
        }
        return request.authority() != null ? request.authority().toString() : request.host();
    }
}
