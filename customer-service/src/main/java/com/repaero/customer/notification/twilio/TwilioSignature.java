package com.repaero.customer.notification.twilio;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.twilio.security.RequestValidator;

/**
 * Checks {@code X-Twilio-Signature} on Twilio's webhooks: HMAC-SHA1, keyed with the auth token, of the configured
 * webhook URL followed by the POST parameters sorted by name (the SDK's {@link RequestValidator}, constant-time).
 */
@ApplicationScoped
public class TwilioSignature {

    private final TwilioConfig config;

    public TwilioSignature(TwilioConfig config) {
        this.config = config;
    }

    /** False when anything is missing: no token, no webhook URL, no signature. */
    public boolean valid(String signature, Map<String, String> params) {
        if (signature == null || signature.isBlank() || config.authToken().isEmpty()
                || config.webhookUrl().isEmpty()) {
            return false;
        }
        return new RequestValidator(config.authToken().get()).validate(config.webhookUrl().get(), params, signature);
    }
}
