package com.repaero.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole phase-1 platform ({@link LocalPlatform}): runs the acceptance script ({@code deploy/local/smoke}) with real
 * Keycloak tokens, then checks that data survives {@code down} and {@code up}.
 */
@ExtendWith(LocalPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final String SIREN = "552100554";

    @Test
    @Order(1)
    void theAcceptanceScriptPasses() throws IOException {
        LocalPlatform.run(300, Map.of("SMOKE_PHASE", "1", "SMOKE_SIREN", SIREN), "deploy/local/smoke");
    }

    @Test
    @Order(2)
    void dataSurvivesARestart() throws IOException {
        LocalPlatform.run(120, "deploy/local/down");
        LocalPlatform.run(600, "deploy/local/up", "--phase", "1", "--no-build");

        String token = given().formParams(Map.of("grant_type", "password", "client_id", "repaero-cli",
                "username", "accounting", "password", "repaero"))
                .post(LocalPlatform.tokenUrl())
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).queryParam("q", SIREN)
                .when().get(LocalPlatform.gatewayUrl() + "/api/supplier/suppliers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].siren", equalTo(SIREN));
    }
}
