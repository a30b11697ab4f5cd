package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.notification.TestClock;

import io.quarkus.test.junit.QuarkusTest;

/** Ten visitors book the last two places of a slot at the same moment: two get it, the others a 409. */
@QuarkusTest
class ConcurrentBookingTest {

    @Test
    void capacityHoldsUnderParallelBookings() throws Exception {
        TestClock clock = TestClock.install(Instant.parse("2026-08-03T08:00:00Z"));
        String type = aType().aog().allDay().with("capacity", 2).create();
        OffsetDateTime start = OffsetDateTime.parse("2026-08-04T22:00:00+02:00");
        List<Appointments.BookingBuilder> bookings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bookings.add(aBooking(type, start).with("formToken", Appointments.formToken()));
        }
        clock.advance(Duration.ofSeconds(10));

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (Appointments.BookingBuilder b : bookings) {
            Callable<Integer> call = () -> {
                go.await();
                return b.postAsIs().statusCode();
            };
            statuses.add(pool.submit(call));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            codes.add(f.get());
        }
        pool.shutdown();

        assertThat(codes).filteredOn(c -> c == 201).hasSize(2);
        assertThat(codes).filteredOn(c -> c != 201).containsOnly(409);
        List<String> slots = given().queryParam("type", type).queryParam("from", "2026-08-04")
                .queryParam("to", "2026-08-04").get("/api/customer/public/availability").then().statusCode(200)
                .extract().jsonPath().getList("slots.start");
        assertThat(slots).doesNotContain("2026-08-04T22:00:00+02:00").contains("2026-08-04T21:00:00+02:00");
    }
}
