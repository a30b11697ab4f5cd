package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

/** The faked supplier-service of the console tests (the WireMock server of {@code UpstreamResource}). */
final class Upstream {

    static final String SUPPLIER_7 = """
            {"id": 7, "legalName": "Aéro Pièces SAS", "siren": "732829320", "email": "achats@aeropieces.fr",
             "approvalStatus": "APPROVED", "approvalScope": "Rotables ATA 32", "approvedUntil": "2027-11-30",
             "paymentTerms": "DAYS_45_END_OF_MONTH", "version": 2, "createdAt": "2026-11-02T09:00:00Z",
             "createdBy": "purchasing",
             "addresses": [{"kind": "BILLING", "line1": "1 place du Capitole", "postalCode": "31000", "city": "Toulouse",
                            "country": "FR"},
                           {"kind": "RETURNS", "line1": "12 rue des Hangars", "postalCode": "31700", "city": "Blagnac",
                            "country": "FR"}]}""";

    private final WireMock wireMock;

    Upstream(int port) {
        this.wireMock = new WireMock(port);
    }

    WireMock wireMock() {
        return wireMock;
    }

    void reset() {
        wireMock.resetMappings();
        wireMock.resetRequests();
        answer(WireMock.get(WireMock.urlPathEqualTo("/api/supplier/suppliers/7")), 200, SUPPLIER_7);
    }

    /** Stubs a JSON answer (problem+json for an error status). */
    void answer(MappingBuilder request, int status, String json) {
        wireMock.register(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .withBody(json)));
    }

    static String problem(int status, String code, String detail) {
        return """
                {"type": "urn:repaero:problem:%s", "title": "Refused", "status": %d, "code": "%s", "detail": "%s"}"""
                .formatted(code, status, code, detail);
    }

    static String invalid(String field, String message) {
        return """
                {"type": "urn:repaero:problem:validation", "title": "Invalid request", "status": 400,
                 "code": "validation", "detail": "Invalid field(s): %s",
                 "errors": [{"field": "%s", "message": "%s"}]}""".formatted(field, field, message);
    }
}
