package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

/** customer-service's public booking API as the booking pages' tests fake it (WireMock, JSON as the service writes it). */
final class CustomerServiceFake {

    static final String API = "/api/customer/public";

    static final String TYPES = """
            [{"code":"depot-equipement","name":"Dépôt d'équipement","description":"Déposez une pièce à réparer.",
              "durationMinutes":90,"aog":false,"minimumNoticeMinutes":120,"bookingWindowDays":60,
              "timeZone":"Europe/Paris","hours":[]},
             {"code":"aog","name":"Intervention AOG","description":"Avion immobilisé : un technicien d'astreinte vient.",
              "durationMinutes":60,"aog":true,"minimumNoticeMinutes":30,"bookingWindowDays":14,
              "timeZone":"Europe/Paris","hours":[]}]""";

    /** Two free times on Monday 30 November 2026 (one written in UTC), one on Tuesday 1 December. */
    static final String AVAILABILITY = """
            {"appointmentType":"aog","from":"2026-11-30","to":"2026-12-13","timeZone":"Europe/Paris","slots":[
              {"start":"2026-11-30T22:00:00+01:00","end":"2026-11-30T23:00:00+01:00","remaining":1},
              {"start":"2026-11-30T20:30:00Z","end":"2026-11-30T21:30:00Z","remaining":2},
              {"start":"2026-12-01T08:00:00+01:00","end":"2026-12-01T09:00:00+01:00","remaining":1}]}""";

    static final String FORM = """
            {"formToken":"signed-form-token-1","honeypotField":"website",
             "notBefore":"2026-11-23T10:00:03+01:00","expiresAt":"2026-11-23T12:00:00+01:00"}""";

    static final String PENDING = """
            {"reference":"RDV-7KQ2M9XH","status":"PENDING","appointmentType":"aog","appointmentTypeName":"Intervention AOG",
             "start":"2026-11-30T22:00:00+01:00","end":"2026-11-30T23:00:00+01:00","aog":true,
             "expiresAt":"2026-11-23T10:30:00+01:00"}""";

    static final String CONFIRMED = PENDING.replace("PENDING", "CONFIRMED")
            .replace("\"expiresAt\":\"2026-11-23T10:30:00+01:00\"", "\"expiresAt\":null");

    private CustomerServiceFake() {
    }

    static WireMock reset(int port) {
        WireMock upstream = new WireMock(port);
        upstream.resetToDefaultMappings();
        upstream.resetRequests();
        return upstream;
    }

    static MappingBuilder getting(String path, int status, String json) {
        return get(urlPathEqualTo(API + path)).willReturn(json(status, json));
    }

    static MappingBuilder posting(String path, int status, String json) {
        return post(urlPathEqualTo(API + path)).willReturn(json(status, json));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String json) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .withBody(json);
    }

    /** A problem+json body as commons writes it. */
    static String problem(int status, String code, String detail, String... fieldAndMessage) {
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i + 1 < fieldAndMessage.length; i += 2) {
            errors.append(errors.isEmpty() ? "" : ",").append("{\"field\":\"").append(fieldAndMessage[i])
                    .append("\",\"message\":\"").append(fieldAndMessage[i + 1]).append("\"}");
        }
        return "{\"type\":\"urn:repaero:problem:" + code + "\",\"title\":\"Error\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\""
                + (errors.isEmpty() ? "" : ",\"errors\":[" + errors + "]") + "}";
    }
}
