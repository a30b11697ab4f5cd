package com.repaero.supplier.shipment.colissimo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.TestLabels;

/**
 * generateLabel makes a label each time Colissimo carries it out and takes no request key: it is repeated only after
 * answers that say it was not carried out (503, 429); after a timeout, a broken connection or a 500 it stops at once
 * and says the outcome is unknown. Tracking is a read: any outage is retried.
 */
class ColissimoRetryPolicyTest {

    private WireMockServer colissimo;
    private ColissimoClient client;

    @BeforeEach
    void start() {
        colissimo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        colissimo.start();
        client = new ColissimoClient(ColissimoClientOutageTest.settings("http://localhost:" + colissimo.port(),
                Optional.of("123456"), Optional.empty(), Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() {
        colissimo.stop();
    }

    @Test
    void notCarriedOutAnswersAreRetried() {
        answers(ColissimoFake.LABEL_PATH, aResponse().withStatus(503), aResponse().withStatus(429),
                ColissimoFake.labelAnswer("6A00000000001", TestLabels.pdf("6A00000000001")));

        assertThat(client.generateLabel(ColissimoClientOutageTest.request()).parcelNumber())
                .isEqualTo("6A00000000001");
        assertThat(calls(ColissimoFake.LABEL_PATH)).isEqualTo(3);
    }

    @Test
    void aLabelCallThatTimedOutIsNotRepeated() {
        answers(ColissimoFake.LABEL_PATH, ColissimoFake.labelAnswer("6A00000000002", TestLabels.pdf("6A00000000002"))
                .withFixedDelay(1500));
        assertUnknownAfterOneCall();
    }

    @Test
    void aLabelCallWhoseConnectionBrokeIsNotRepeated() {
        answers(ColissimoFake.LABEL_PATH, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertUnknownAfterOneCall();
    }

    @Test
    void aLabelCallAnsweredByAServerErrorIsNotRepeated() {
        answers(ColissimoFake.LABEL_PATH, aResponse().withStatus(500).withBody("Internal Server Error"));
        assertUnknownAfterOneCall();
    }

    @Test
    void trackingIsRetriedAfterATimeout() {
        String parcel = "6A00000000003";
        answers(ColissimoFake.TIMELINE_PATH, aResponse().withStatus(200).withFixedDelay(1500),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                ColissimoFake.timelineAnswer(parcel, 2, List.of(new ColissimoFake.Event("PCHCFM", "Pris en charge",
                        "2026-11-20T18:00:00+01:00"))));

        assertThat(client.timeline(parcel).events()).hasSize(1);
        assertThat(calls(ColissimoFake.TIMELINE_PATH)).isEqualTo(3);
    }

    private void assertUnknownAfterOneCall() {
        assertThatThrownBy(() -> client.generateLabel(ColissimoClientOutageTest.request()))
                .isInstanceOfSatisfying(ColissimoException.Unavailable.class,
                        e -> assertThat(e.outcomeUnknown()).isTrue())
                .hasMessageContaining("after 1 attempt(s)");
        assertThat(calls(ColissimoFake.LABEL_PATH)).isEqualTo(1);
    }

    /** The answers to successive calls of a path, the last one repeated. */
    private void answers(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            colissimo.stubFor(post(urlEqualTo(path)).inScenario(path)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "call-" + i)
                    .willSetStateTo(i == answers.length - 1 ? "call-" + i : "call-" + (i + 1))
                    .willReturn(answers[i]));
        }
    }

    private int calls(String path) {
        return colissimo.findAll(postRequestedFor(urlEqualTo(path))).size();
    }
}
