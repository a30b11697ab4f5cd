package com.repaero.customer.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheInitialWaitUpToTheCap() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(5);

        assertThat(Backoff.after(1, initial, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.after(2, initial, max)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(4, initial, max)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.after(5, initial, max)).isEqualTo(max);
        assertThat(Backoff.after(50, initial, max)).isEqualTo(max);
    }
}
