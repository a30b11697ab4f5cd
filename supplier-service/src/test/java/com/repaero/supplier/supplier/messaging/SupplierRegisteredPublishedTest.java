package com.repaero.supplier.supplier.messaging;

import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TestTokens;
import com.repaero.platform.testing.TopicReader;
import com.repaero.supplier.supplier.SupplierRequests;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A registration reaches the real broker as one CloudEvents envelope keyed by the supplier id. */
@QuarkusTest
class SupplierRegisteredPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        SupplierRequests supplier = aSupplier();
        long id = given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON)
                .body(supplier.build())
                .post("/api/supplier/suppliers")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                TopicReader.event("Supplier", Long.toString(id), "SupplierRegistered"), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        assertThat(EventSchemas.violations(record.value(), "supplier", "SupplierRegistered")).isEmpty();
        EventEnvelope event = EventJson.read(record.value());
        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(event.type()).isEqualTo("com.repaero.supplier.SupplierRegistered");
        assertThat(event.source()).isEqualTo("/repaero/supplier-service");
        assertThat(event.subject()).isEqualTo(Long.toString(id));
        assertThat(event.aggregatetype()).isEqualTo("Supplier");
        SupplierRegistered data = EventJson.data(event, SupplierRegistered.class);
        assertThat(data.siren()).isEqualTo(supplier.siren());
        assertThat(data.registeredBy()).isEqualTo("purchasing");
    }
}
