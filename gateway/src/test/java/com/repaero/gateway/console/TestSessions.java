package com.repaero.gateway.console;

import static io.restassured.RestAssured.given;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.repaero.platform.testing.TestTokens;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Console sessions for {@code @QuarkusTest}s, which verify signed test tokens as bearer calls (the browser login needs
 * the real Keycloak: ConsoleIT). A request that carries {@value #HEADER} gets an ID token next to its access token, which
 * is what makes the gateway treat it as a person's session; the console then calls the (faked) service with that access
 * token, as it does with a real session.
 */
@ApplicationScoped
public class TestSessions implements SecurityIdentityAugmentor {

    static final String HEADER = "X-Test-Console-Session";

    /** A request from the console session of the demo user named after its role. */
    static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).header(HEADER, "true").redirects().follow(false);
    }

    /** A form post from the console's own pages (the Origin check refuses other sites). */
    static RequestSpecification posting(String role, Map<String, ?> form) {
        return as(role).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (request == null || request.request().getHeader(HEADER) == null || token == null) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addCredential(new IdTokenCredential(token.getToken())).build());
    }
}
