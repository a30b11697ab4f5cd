package com.repaero.supplier.shipment.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;
import com.repaero.supplier.shipment.TestLabels;

import io.quarkus.test.junit.QuarkusTest;

/** Two users retry the same label at once: one gets it, the other a 409; Colissimo is asked once. */
@QuarkusTest
class ConcurrentLabelRequestTest {

    @Test
    void onlyOneRetryCallsColissimo() throws Exception {
        ColissimoFake fake = ColissimoFake.connect();
        ShipmentRequests request = aShipment();
        StubMapping down = fake.stub(ColissimoFake.labelFor(request.lastName()).willReturn(aResponse()
                .withStatus(503)));
        String location = Shipments.create(request).statusCode(503).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        fake.remove(down);
        String parcel = ColissimoFake.nextParcelNumber();
        // Slow enough (but under the read timeout) for the second request to arrive while the first is running.
        fake.stub(ColissimoFake.labelFor(request.lastName())
                .willReturn(ColissimoFake.labelAnswer(parcel, TestLabels.pdf(parcel)).withFixedDelay(400)));
        int before = fake.count(ColissimoFake.labelRequestsFor(request.lastName()));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> calls = List.of(
                    CompletableFuture.supplyAsync(() -> retry(id), pool),
                    CompletableFuture.supplyAsync(() -> retry(id), pool));
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fake.count(ColissimoFake.labelRequestsFor(request.lastName())) - before).isEqualTo(1);
        Shipments.read(id).body("status", equalTo("LABELLED")).body("parcelNumber", equalTo(parcel));
    }

    private static int retry(long id) {
        return Shipments.as("purchasing").when().post(Shipments.PATH + "/" + id + "/label").then().extract()
                .statusCode();
    }
}
