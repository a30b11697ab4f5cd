package com.repaero.supplier.shipment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * Drives the Colissimo fake over WireMock's admin API. Answers are keyed by something unique to each test (the
 * addressee's last name for labels, the parcel number for tracking), so tests never see each other's stubs.
 */
public final class ColissimoFake {

    public static final String LABEL_PATH = "/sls-ws/SlsServiceWSRest/2.0/generateLabel";
    public static final String TIMELINE_PATH = "/tracking-timeline-ws/rest/tracking/timelineCompany";
    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 100);

    private final WireMock wireMock;

    private ColissimoFake(WireMock wireMock) {
        this.wireMock = wireMock;
    }

    /** The fake the running application talks to, found from its configured base URL. */
    public static ColissimoFake connect() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("repaero.colissimo.base-url", String.class));
        return new ColissimoFake(new WireMock(base.getHost(), base.getPort()));
    }

    public WireMock wireMock() {
        return wireMock;
    }

    /** A fresh parcel number in Colissimo's shape (2 letters + 11 digits). */
    public static String nextParcelNumber() {
        return String.format("6A%011d", NEXT.incrementAndGet() % 100_000_000_000L);
    }

    /** A last name no other test uses, to key the label stubs. */
    public static String uniqueName() {
        return "Test" + Long.toString(NEXT.incrementAndGet(), 36).toUpperCase();
    }

    public static MappingBuilder labelFor(String lastName) {
        return post(urlEqualTo(LABEL_PATH))
                .withRequestBody(matchingJsonPath("$.letter.addressee.address.lastName", equalTo(lastName)));
    }

    public static RequestPatternBuilder labelRequestsFor(String lastName) {
        return postRequestedFor(urlEqualTo(LABEL_PATH))
                .withRequestBody(matchingJsonPath("$.letter.addressee.address.lastName", equalTo(lastName)));
    }

    public static MappingBuilder timelineFor(String parcelNumber) {
        return post(urlEqualTo(TIMELINE_PATH))
                .withRequestBody(matchingJsonPath("$.parcelNumber", equalTo(parcelNumber)));
    }

    public StubMapping stub(MappingBuilder mapping) {
        return wireMock.register(mapping);
    }

    public void remove(StubMapping mapping) {
        wireMock.removeStubMapping(mapping);
    }

    public int count(RequestPatternBuilder pattern) {
        return wireMock.find(pattern).size();
    }

    /** A successful generateLabel answer as Colissimo sends it: multipart/mixed, JSON part then the label. */
    public static ResponseDefinitionBuilder labelAnswer(String parcelNumber, byte[] label) {
        String json = "{\"messages\":[{\"id\":\"0\",\"type\":\"SUCCESS\",\"messageContent\":\"La requête a été"
                + " traitée avec succès\"}],\"labelXmlV2Reponse\":null,\"labelV2Response\":{\"parcelNumber\":\""
                + parcelNumber + "\",\"parcelNumberPartner\":null,\"pdfUrl\":null,\"fields\":null}}";
        return multipart(200, json, label);
    }

    /** A functional refusal (e.g. 30000, 30220): HTTP 400, JSON part only. */
    public static ResponseDefinitionBuilder errorAnswer(String id, String message) {
        String json = "{\"messages\":[{\"id\":\"" + id + "\",\"type\":\"ERROR\",\"messageContent\":\"" + message
                + "\"}],\"labelV2Response\":null}";
        return multipart(400, json, null);
    }

    private static ResponseDefinitionBuilder multipart(int status, String json, byte[] label) {
        String boundary = "uuid:" + java.util.UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Type: application/json;charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: binary\r\nContent-ID: <jsonInfos>\r\n\r\n");
        body.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        if (label != null) {
            write(body, "\r\n--" + boundary + "\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Transfer-Encoding: binary\r\nContent-ID: <label>\r\n\r\n");
            body.writeBytes(label);
        }
        write(body, "\r\n--" + boundary + "--\r\n");
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "multipart/mixed; boundary=\"" + boundary
                        + "\"; start=\"<jsonInfos>\"; type=\"application/json\"")
                .withBody(body.toByteArray());
    }

    /** A tracking event of the fake's timeline. */
    public record Event(String code, String labelShort, String date) {
    }

    /** A timelineCompany answer with status 0, the given events, and steps active up to {@code activeStep}. */
    public static ResponseDefinitionBuilder timelineAnswer(String parcelNumber, int activeStep, List<Event> events) {
        StringBuilder steps = new StringBuilder();
        for (int step = 0; step <= 5; step++) {
            steps.append(step == 0 ? "" : ",").append("{\"stepId\":").append(step).append(",\"labelShort\":\"Etape ")
                    .append(step).append("\",\"status\":\"").append(step <= activeStep
                            ? "STEP_STATUS_ACTIVE"
                            : "STEP_STATUS_INACTIVE")
                    .append("\"}");
        }
        StringBuilder ev = new StringBuilder();
        for (Event e : events) {
            ev.append(ev.isEmpty() ? "" : ",").append("{\"code\":\"").append(e.code()).append("\",\"labelShort\":\"")
                    .append(e.labelShort()).append("\",\"labelLong\":\"").append(e.labelShort())
                    .append(" (détail)\",\"date\":\"").append(e.date()).append("\",\"siteCode\":\"319990\"}");
        }
        String json = "{\"status\":[{\"code\":\"0\",\"message\":\"La demande a été traitée avec succès\"}],"
                + "\"parcel\":{\"parcelNumber\":\"" + parcelNumber + "\",\"step\":[" + steps + "],\"event\":[" + ev
                + "]}}";
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
