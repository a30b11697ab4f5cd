package com.repaero.customer.notification.api;

import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import com.repaero.customer.notification.domain.InboundSms;
import com.repaero.customer.notification.twilio.TwilioSignature;
import com.repaero.platform.problem.ProblemException;

/**
 * Twilio's webhook for SMS sent to our number (e.g. an on-call technician answering "OK" to an AOG page). Public, as
 * Twilio has no token: only a valid {@code X-Twilio-Signature} is accepted.
 */
@Path("/public/twilio/sms")
@Tag(name = "Public booking")
public class TwilioWebhookResource {

    private static final Logger LOG = Logger.getLogger(TwilioWebhookResource.class);

    private final TwilioSignature signature;
    private final Event<InboundSms> inbound;

    public TwilioWebhookResource(TwilioSignature signature, Event<InboundSms> inbound) {
        this.signature = signature;
        this.inbound = inbound;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Receive an SMS from Twilio (signed with X-Twilio-Signature)")
    public String receive(@HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        Map<String, String> params = new TreeMap<>();
        if (form != null) {
            form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        }
        if (!signature.valid(twilioSignature, params)) {
            LOG.warnf("Refused an inbound SMS webhook with a missing or wrong X-Twilio-Signature");
            throw new ProblemException(403, "bad-signature", "Forbidden",
                    "X-Twilio-Signature is missing or does not match this request");
        }
        String from = params.get("From");
        if (from == null || from.isBlank()) {
            throw new ProblemException.InvalidInput("From", "must be the sender's phone number");
        }
        inbound.fire(new InboundSms(from, params.getOrDefault("Body", ""), params.get("MessageSid")));
        // An empty TwiML answer: no automatic reply.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
    }
}
