package com.repaero.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A burst at once, then the sustained rate; time is given, never waited for. */
class TokenBucketTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aBurstGoesThenTheCallerWaitsForTheNextToken() {
        TokenBucket bucket = new TokenBucket(3, 60, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(SECOND);
        assertThat(bucket.take(SECOND / 4)).isEqualTo(3 * SECOND / 4);
    }

    @Test
    void theBudgetRefillsAtTheSustainedRateUpToTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 120, 0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.take(SECOND / 2)).isZero();
        assertThat(bucket.take(SECOND / 2)).isPositive();

        long muchLater = 3600 * SECOND;
        assertThat(bucket.isFull(muchLater)).isTrue();
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isPositive();
    }

    @Test
    void aClockThatGoesBackDoesNotAddTokens() {
        TokenBucket bucket = new TokenBucket(1, 60, 10 * SECOND);
        bucket.take(10 * SECOND);

        assertThat(bucket.take(5 * SECOND)).isPositive();
    }

    @Test
    void anEmptyBudgetIsRefused() {
        assertThatThrownBy(() -> new TokenBucket(0, 60, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
