package com.repaero.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole phase-1 platform as a newcomer starts it ({@code deploy/local/up --phase 1}): real Kafka, real Keycloak,
 * supplier-service and the gateway, on free ports and in a state folder of its own. Runs the acceptance script
 * ({@code deploy/local/smoke}) with real Keycloak tokens, then checks that data survives {@code down} and {@code up}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path STATE = Path.of("target", "platform-it").toAbsolutePath();
    private static final Map<String, String> ENV = new HashMap<>();
    private static final String SIREN = "552100554";

    @BeforeAll
    static void up() throws IOException {
        for (String component : List.of("KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK", "SUPPLIER", "CUSTOMER", "PRODUCTION",
                "STOCK", "RESOURCE", "GATEWAY")) {
            ENV.put("REPAERO_" + component + "_PORT", Integer.toString(freePort()));
        }
        ENV.put("REPAERO_LOCAL_DIR", STATE.toString());
        String mavenRepo = System.getProperty("repaero.maven.repo");
        if (mavenRepo != null && !mavenRepo.isBlank()) {
            ENV.put("REPAERO_MAVEN_ARGS", "-Dmaven.repo.local=" + mavenRepo);
        }
        // A fresh platform each run (the Keycloak and Kafka downloads are kept), even after an aborted run.
        run(120, "deploy/local/down");
        deleteRecursively(STATE.resolve("data"));
        run(600, "deploy/local/up", "--phase", "1", "--no-build");
    }

    @AfterAll
    static void down() throws IOException {
        run(120, "deploy/local/down");
    }

    @Test
    @Order(1)
    void theAcceptanceScriptPasses() throws IOException {
        run(300, Map.of("SMOKE_PHASE", "1", "SMOKE_SIREN", SIREN), "deploy/local/smoke");
    }

    @Test
    @Order(2)
    void dataSurvivesARestart() throws IOException {
        run(120, "deploy/local/down");
        run(600, "deploy/local/up", "--phase", "1", "--no-build");

        String token = given().formParams(Map.of("grant_type", "password", "client_id", "repaero-cli",
                "username", "accounting", "password", "repaero"))
                .post("http://localhost:" + ENV.get("REPAERO_KEYCLOAK_PORT")
                        + "/realms/repaero/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).queryParam("q", SIREN)
                .when().get("http://localhost:" + ENV.get("REPAERO_GATEWAY_PORT") + "/api/supplier/suppliers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].siren", equalTo(SIREN));
    }

    private static void run(int timeoutSeconds, String... command) throws IOException {
        run(timeoutSeconds, Map.of(), command);
    }

    private static void run(int timeoutSeconds, Map<String, String> extraEnv, String... command) throws IOException {
        Files.createDirectories(STATE);
        Path output = Files.createTempFile(STATE.getParent(), "platform-it-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(ENV);
        builder.environment().putAll(extraEnv);
        Process process = builder.start();
        boolean finished;
        try {
            finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(log);
        assertThat(finished && process.exitValue() == 0)
                .as("%s failed:%n%s", String.join(" ", command), log)
                .isTrue();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
