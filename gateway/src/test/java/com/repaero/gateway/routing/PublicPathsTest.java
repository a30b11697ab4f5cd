package com.repaero.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Only what is plainly under a public prefix is public; nothing a service could normalise into another path. */
class PublicPathsTest {

    private final PublicPaths paths = new PublicPaths(List.of("/api/customer/public", "/api/stock/kiosk/"));

    @Test
    void pathsUnderAPrefixArePublic() {
        assertThat(paths.matches("/api/customer/public/slots")).isTrue();
        assertThat(paths.matches("/api/customer/public/bookings/42")).isTrue();
        assertThat(paths.matches("/api/customer/public")).isTrue();
        assertThat(paths.matches("/api/stock/kiosk/items")).isTrue();
    }

    @Test
    void otherPathsAndNamePrefixesAreNot() {
        assertThat(paths.matches("/api/customer/customers")).isFalse();
        assertThat(paths.matches("/api/customer/publicity")).isFalse();
        assertThat(paths.matches("/api/customer")).isFalse();
        assertThat(paths.matches(null)).isFalse();
    }

    @Test
    void pathsThatCouldLeadElsewhereAreNot() {
        assertThat(paths.matches("/api/customer/public/../customers")).isFalse();
        assertThat(paths.matches("/api/customer/public/%2e%2e/customers")).isFalse();
        assertThat(paths.matches("/api/customer/public/..%2Fcustomers")).isFalse();
        assertThat(paths.matches("/api/customer/public/.%2E/customers")).isFalse();
        assertThat(paths.matches("/api/customer/public/..\\customers")).isFalse();
        assertThat(paths.matches("/api/customer/public/./slots")).isFalse();
        assertThat(paths.matches("/api/customer/public//slots")).isFalse();
        assertThat(paths.matches("/api/customer/public/slots;jsessionid=1")).isFalse();
    }

    @Test
    void noPrefixMeansNothingIsPublic() {
        assertThat(new PublicPaths(List.of()).matches("/api/customer/public/slots")).isFalse();
        assertThat(new PublicPaths(List.of(" ")).matches("/api/customer/public/slots")).isFalse();
    }
}
