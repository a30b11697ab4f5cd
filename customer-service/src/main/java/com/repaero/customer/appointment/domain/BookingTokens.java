package com.repaero.customer.appointment.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Signed, self-contained tokens (HMAC-SHA256): the booking form token (when the form was issued), and the links of
 * the emails (confirm, manage = cancel or reschedule). Nothing to store; a token cannot be forged or moved to another
 * booking without the key.
 */
@ApplicationScoped
public class BookingTokens {

    private static final Logger LOG = Logger.getLogger(BookingTokens.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    @Inject
    public BookingTokens(BookingConfig config) {
        this(config.signingKey().filter(k -> !k.isBlank()).orElseGet(() -> {
            LOG.warn("repaero.booking.signing-key is not set: a random key is used, links sent before a restart"
                    + " will not work after it");
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        }));
    }

    BookingTokens(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** A token for {@code purpose} (form, confirm, manage) and {@code subject}, valid until {@code expires}. */
    public String sign(String purpose, String subject, Instant expires) {
        String payload = purpose + "|" + subject + "|" + expires.getEpochSecond();
        return B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(mac(payload));
    }

    /** The subject of a valid, unexpired token for {@code purpose}; empty for anything else. */
    public Optional<String> verify(String token, String purpose, Instant now) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)),
                    StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(purpose)
                    || Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A keyed hash of a confirmation code, stored instead of the code. */
    public String hashCode(String reference, String code) {
        return B64.encodeToString(mac("code|" + reference + "|" + code));
    }

    /** Random letters and digits without look-alikes (no 0/O, 1/I/L). */
    public static String randomText(int length) {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A 6-digit code, leading zeros kept. */
    public static String sixDigits() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
