package com.repaero.customer.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Drives the Twilio fake over WireMock's admin API. Stubs are keyed by the destination number, unique per test, so
 * tests never see each other's messages.
 */
public final class TwilioFake {

    public static final String ACCOUNT = "ACtest0000000000000000000000000000";
    public static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 10_000_000L);

    private final WireMock wireMock;

    private TwilioFake(WireMock wireMock) {
        this.wireMock = wireMock;
    }

    public static TwilioFake connect() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("repaero.twilio.base-url", String.class));
        return new TwilioFake(new WireMock(base.getHost(), base.getPort()));
    }

    /** A French mobile number no other test uses. */
    public static String uniquePhone() {
        return String.format("+3361%07d", NEXT.incrementAndGet() % 10_000_000L);
    }

    public static MappingBuilder messageTo(String phone) {
        return post(urlEqualTo(MESSAGES)).withRequestBody(containing("To=" + encode(phone)));
    }

    public static RequestPatternBuilder messagesTo(String phone) {
        return postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(containing("To=" + encode(phone)));
    }

    /** Twilio's 201 answer to a message creation. */
    public static ResponseDefinitionBuilder accepted(String sid) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"" + sid + "\",\"status\":\"queued\",\"account_sid\":\"" + ACCOUNT
                        + "\",\"body\":\"x\",\"num_segments\":\"1\",\"direction\":\"outbound-api\"}");
    }

    /** Twilio's error answer, e.g. 400 / 21211 (invalid To number). */
    public static ResponseDefinitionBuilder refused(int status, int code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"" + message
                        + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status
                        + "}");
    }

    public StubMapping stub(MappingBuilder mapping) {
        return wireMock.register(mapping);
    }

    public void remove(StubMapping mapping) {
        wireMock.removeStubMapping(mapping);
    }

    public List<LoggedRequest> requests(RequestPatternBuilder pattern) {
        return wireMock.find(pattern);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
