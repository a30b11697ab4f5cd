package com.repaero.supplier.shipment.colissimo;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.TestLabels;

/**
 * With an API key configured, the client authenticates with it instead of the contract number and password: the
 * {@code apiKey} header of generateLabel, the {@code apiKey} field of timelineCompany; the password is sent nowhere.
 */
class ColissimoApiKeyTest {

    private static final String KEY = "test-api-key-7f3a";
    private WireMockServer colissimo;
    private ColissimoClient client;

    @BeforeEach
    void start() {
        colissimo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        colissimo.start();
        // The contract number is configured too: the key wins.
        client = new ColissimoClient(ColissimoClientOutageTest.settings("http://localhost:" + colissimo.port(),
                Optional.of("123456"), Optional.of(KEY), Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        colissimo.stop();
    }

    @Test
    void labelsAreAskedWithTheKeyHeader() throws Exception {
        colissimo.stubFor(post(urlEqualTo(ColissimoFake.LABEL_PATH)).withHeader("apiKey", equalTo(KEY))
                .willReturn(ColissimoFake.labelAnswer("6A00000000010", TestLabels.pdf("6A00000000010"))));

        assertThat(client.generateLabel(ColissimoClientOutageTest.request()).parcelNumber()).isEqualTo("6A00000000010");
        JsonNode body = sentBody(ColissimoFake.LABEL_PATH);
        assertThat(body.has("contractNumber")).isFalse();
        assertThat(body.has("password")).isFalse();
        assertThat(body.path("letter").path("addressee").path("address").path("lastName").asText()).isEqualTo("Martin");
    }

    @Test
    void trackingIsAskedWithTheKeyField() throws Exception {
        String parcel = "6A00000000011";
        colissimo.stubFor(post(urlEqualTo(ColissimoFake.TIMELINE_PATH))
                .willReturn(ColissimoFake.timelineAnswer(parcel, 2, List.of(new ColissimoFake.Event("PCHCFM",
                        "Pris en charge", "2026-11-20T18:00:00+01:00")))));

        assertThat(client.timeline(parcel).events()).hasSize(1);
        JsonNode body = sentBody(ColissimoFake.TIMELINE_PATH);
        assertThat(body.path("apiKey").asText()).isEqualTo(KEY);
        assertThat(body.has("password")).isFalse();
        assertThat(body.path("parcelNumber").asText()).isEqualTo(parcel);
    }

    private JsonNode sentBody(String path) throws Exception {
        return new ObjectMapper().readTree(colissimo.findAll(postRequestedFor(urlEqualTo(path))).get(0).getBody());
    }
}
