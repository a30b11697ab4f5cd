package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.BATCHES;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.createBatch;
import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.outbox.OutboxEvent;
import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.bank.BankConfig;
import com.repaero.supplier.bank.BankFake;
import com.repaero.supplier.bank.domain.PaymentBatchSender;
import com.repaero.supplier.bank.gateway.HttpsBankGateway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The bank fake requires a client certificate. Sent without one, a batch fails with a clear 502 problem and is left
 * as it was (nothing sent, no event, bills still APPROVED); sent again with the configured certificate, it goes once.
 */
@QuarkusTest
class BankClientCertificateTest {

    @Inject
    BankConfig config;

    @Inject
    Outbox outbox;

    @Test
    void withoutTheCertificateNothingIsLostAndTheBatchStaysRetryable() {
        long bill = anApprovedBill().getLong("id");
        JsonPath batch = createBatch(bill);
        long id = batch.getLong("id");
        String messageId = batch.getString("messageId");
        BankFake bank = BankFake.connect();
        bank.answers(messageId, 201);
        PaymentBatchSender withoutCertificate = new PaymentBatchSender(
                new HttpsBankGateway(new WithoutClientCertificate(config)), outbox);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> withoutCertificate.send(id, "accounting")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(502);
                    assertThat(problem.code()).isEqualTo("bank-tls-failed");
                    assertThat(problem.problem().detail()).contains("client certificate is missing or not accepted",
                            "keystore-path is not set", "send it again");
                });
        assertThat(bank.received(messageId)).isEmpty();
        as("accounting").get(BATCHES + "/" + id).then().statusCode(200).body("state", equalTo("CREATED"));
        as("accounting").get(BILLS + "/" + bill).then().statusCode(200).body("state", equalTo("APPROVED"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "aggregateId = ?1 and eventType = ?2", PaymentBatchSender.key(id), "PaymentBatchSent"))).isZero();

        // The application's own gateway has the certificate: the same batch goes, once.
        as("accounting").post(BATCHES + "/" + id + "/send").then().statusCode(200).body("state", equalTo("SENT"));
        assertThat(bank.received(messageId)).hasSize(1);
    }

    /** The application's bank settings without the client key. */
    private record WithoutClientCertificate(BankConfig config) implements BankConfig {

        @Override
        public Optional<String> keystorePath() {
            return Optional.empty();
        }

        @Override
        public Optional<String> keystorePassword() {
            return Optional.empty();
        }

        @Override
        public Debtor debtor() {
            return config.debtor();
        }

        @Override
        public String url() {
            return config.url();
        }

        @Override
        public Optional<String> truststorePath() {
            return config.truststorePath();
        }

        @Override
        public Optional<String> truststorePassword() {
            return config.truststorePassword();
        }

        @Override
        public Duration connectTimeout() {
            return config.connectTimeout();
        }

        @Override
        public Duration readTimeout() {
            return config.readTimeout();
        }
    }
}
