package com.repaero.supplier.shipment.colissimo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Without a server (connection refused) the client retries, then gives up within its total time limit. */
class ColissimoClientOutageTest {

    @Test
    void connectionRefusedEndsAsUnavailableInBoundedTime() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ColissimoClient client = new ColissimoClient(settings("http://localhost:" + port, Optional.of("123456")));

        Instant start = Instant.now();
        // Never connected: certainly no label, so retried, and the outcome is known.
        assertThatThrownBy(() -> client.generateLabel(request()))
                .isInstanceOfSatisfying(ColissimoException.Unavailable.class,
                        e -> assertThat(e.outcomeUnknown()).isFalse())
                .hasMessageContaining("after 3 attempt(s)")
                .hasMessageContaining("ConnectException");
        // 3 attempts, backoff 50 + 100 ms: well under the 3 s budget.
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void missingCredentialsAreRefusedWithoutACall() {
        ColissimoClient client = new ColissimoClient(settings("http://localhost:1", Optional.empty()));
        assertThatThrownBy(() -> client.generateLabel(request()))
                .isInstanceOfSatisfying(ColissimoException.Refused.class,
                        e -> assertThat(e.hasId(ColissimoMessage.BAD_CREDENTIALS)).isTrue());
    }

    @Test
    void datesWithOrWithoutOffsetAreRead() {
        assertThat(ColissimoClient.parseDate("2026-11-20T10:15:00+01:00")).contains(
                Instant.parse("2026-11-20T09:15:00Z"));
        assertThat(ColissimoClient.parseDate("2026-11-20T10:15:00.000+0100")).contains(
                Instant.parse("2026-11-20T09:15:00Z"));
        assertThat(ColissimoClient.parseDate("2026-07-20T10:15:00")).contains(Instant.parse("2026-07-20T08:15:00Z"));
        assertThat(ColissimoClient.parseDate("hier")).isEmpty();
    }

    private static ColissimoClient.Settings settings(String baseUrl, Optional<String> contract) {
        return settings(baseUrl, contract, Optional.empty(), Duration.ofMillis(500));
    }

    /** Client settings for tests: 3 attempts within 3 s, backoff from 50 ms. */
    static ColissimoClient.Settings settings(String baseUrl, Optional<String> contract, Optional<String> apiKey,
            Duration readTimeout) {
        return new ColissimoClient.Settings(baseUrl, contract, Optional.of("secret"), apiKey, Duration.ofMillis(300),
                readTimeout, Duration.ofSeconds(3), 3, Duration.ofMillis(50), Duration.ofMillis(200),
                new ColissimoConfig.Sender() {
                    @Override
                    public String companyName() {
                        return "Rep'Aero";
                    }

                    @Override
                    public String line2() {
                        return "1 rue de l'Aéroport";
                    }

                    @Override
                    public String city() {
                        return "Blagnac";
                    }

                    @Override
                    public String zipCode() {
                        return "31700";
                    }

                    @Override
                    public String countryCode() {
                        return "FR";
                    }
                });
    }

    static LabelRequest request() {
        return new LabelRequest("DOS", LocalDate.of(2026, 11, 23), "PO-1", new BigDecimal("2.5"), null, "SHP-1",
                "PO-1", new LabelRequest.Addressee(null, "Martin", "Claire", "12 rue des Hangars", "Toulouse", "31700",
                        "FR", null, null),
                "PDF_10x15_300dpi");
    }
}
