package com.repaero.platform.testing;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * Signed bearer tokens shaped like the Keycloak realm's (realm roles in {@code realm_access.roles}, audience
 * {@code repaero-api}), for {@code @QuarkusTest}s that exercise the real OIDC bearer check without a Keycloak server.
 * The key pair is made per JVM; {@link TestOidcResource} gives the services its public half.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test.repaero.local/realms/repaero";
    public static final String AUDIENCE = "repaero-api";
    private static final String PRIVATE_KEY = "repaero.test.oidc.private-key";
    private static final String PUBLIC_KEY = "repaero.test.oidc.public-key";

    private TestTokens() {
    }

    /** A token for the demo user named after its one role (e.g. {@code purchasing}), like the local realm's users. */
    public static String forRole(String role) {
        return forUser(role, role);
    }

    public static String forUser(String username, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject("test-" + username)
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .audience(AUDIENCE)
                .expiresIn(600)
                .sign(privateKey());
    }

    /** A well-signed token whose audience is not ours: must be refused. */
    public static String forOtherAudience(String role) {
        return Jwt.issuer(ISSUER)
                .subject("test-" + role)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .audience("another-api")
                .expiresIn(600)
                .sign(privateKey());
    }

    /** The Base64 public key the services verify tokens with; creates the key pair on first use. */
    public static synchronized String publicKey() {
        if (System.getProperty(PUBLIC_KEY) == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                System.setProperty(PUBLIC_KEY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return System.getProperty(PUBLIC_KEY);
    }

    private static PrivateKey privateKey() {
        publicKey();
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
