package com.repaero.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.RestAssured;

/**
 * The platform as a newcomer starts it ({@code deploy/local/up --phase N --no-build}): real Kafka, real Keycloak, the
 * services of the phase and the gateway, on free ports and in a state folder of its own. Started once per test JVM by
 * the first IT that needs it and stopped when all ITs are done. {@code @ExtendWith(LocalPlatform.class)} asks for
 * phase 1; an IT that needs another phase calls {@link #atPhase} from its {@code @BeforeAll}: the platform is then
 * restarted at that phase (data kept), and back at phase 1 for the next IT that asks for it.
 */
public final class LocalPlatform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path STATE = Path.of("target", "platform-it").toAbsolutePath();
    private static final Map<String, String> ENV = new HashMap<>();
    private static GreenMail mailbox;
    private static boolean started;
    private static boolean reused;
    private static int phase;

    @Override
    public void beforeAll(ExtensionContext context) {
        atPhase(context, 1, Map.of());
    }

    /**
     * The platform at {@code wanted} phase, its components started with {@code env} on top of the ports (e.g. the SMTP
     * server customer-service sends to): started, or restarted when its phase or that environment differ. A reused
     * platform ({@code REPAERO_IT_REUSE=1}) is taken as it is.
     */
    public static synchronized void atPhase(ExtensionContext context, int wanted, Map<String, String> env) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(LocalPlatform.class, key -> start(wanted, env), LocalPlatform.class);
        if (reused || (phase == wanted && ENV.entrySet().containsAll(env.entrySet()))) {
            return;
        }
        try {
            ENV.putAll(env);
            run(120, "deploy/local/down");
            run(600, "deploy/local/up", "--phase", Integer.toString(wanted), "--no-build");
            phase = wanted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The platform at {@code wanted} phase with customer-service sending its emails to {@link #mailbox()}: every IT
     * that asks this way has the same environment, so they share one platform start whatever order they run in.
     */
    public static void atPhaseWithMailbox(ExtensionContext context, int wanted) {
        GreenMail smtp = mailbox(context);
        atPhase(context, wanted, Map.of("REPAERO_SMTP_HOST", "127.0.0.1",
                "REPAERO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort())));
    }

    /** The SMTP server in this JVM that ITs read customer-service's emails from; stopped when all ITs are done. */
    public static synchronized GreenMail mailbox(ExtensionContext context) {
        if (mailbox == null) {
            GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            mailbox = smtp;
            ExtensionContext.Store.CloseableResource stop = () -> {
                synchronized (LocalPlatform.class) {
                    mailbox.stop();
                    mailbox = null;
                }
            };
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(GreenMail.class, stop);
        }
        return mailbox;
    }

    /** An access token of a demo user from the real Keycloak (password grant of the local realm's CLI client). */
    public static String token(String username) {
        return RestAssured.given().formParams(Map.of("grant_type", "password", "client_id", "repaero-cli",
                "username", username, "password", "repaero"))
                .post(tokenUrl())
                .then().statusCode(200).extract().path("access_token");
    }

    private static synchronized LocalPlatform start(int wanted, Map<String, String> env) {
        if ("1".equals(System.getenv("REPAERO_IT_REUSE"))) {
            // Developers: run the ITs against a platform already started with the REPAERO_*_PORT of this shell.
            System.getenv().forEach((name, value) -> {
                if (name.startsWith("REPAERO_")) {
                    ENV.put(name, value);
                }
            });
            started = true;
            reused = true;
            phase = wanted;
            return new LocalPlatform(false);
        }
        try {
            for (String component : List.of("KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK", "SUPPLIER", "CUSTOMER",
                    "PRODUCTION", "STOCK", "RESOURCE", "GATEWAY", "MAILBOX", "MAILBOX_SMTP", "MAILBOX_POP3", "SMS")) {
                ENV.put("REPAERO_" + component + "_PORT", Integer.toString(freePort()));
            }
            ENV.put("REPAERO_LOCAL_DIR", STATE.toString());
            ENV.putAll(env);
            String mavenRepo = System.getProperty("repaero.maven.repo");
            if (mavenRepo != null && !mavenRepo.isBlank()) {
                ENV.put("REPAERO_MAVEN_ARGS", "-Dmaven.repo.local=" + mavenRepo);
            }
            // A fresh platform each run (the Keycloak and Kafka downloads are kept), even after an aborted run.
            run(120, "deploy/local/down");
            deleteRecursively(STATE.resolve("data"));
            run(600, "deploy/local/up", "--phase", Integer.toString(wanted), "--no-build");
            started = true;
            phase = wanted;
            return new LocalPlatform(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final boolean owned;

    private LocalPlatform(boolean owned) {
        this.owned = owned;
    }

    /** JUnit's extension instance; the platform itself is made by {@link #start()}. */
    public LocalPlatform() {
        this(false);
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            run(120, "deploy/local/down");
        }
    }

    public static String gatewayUrl() {
        return "http://localhost:" + port("GATEWAY");
    }

    public static String keycloakUrl() {
        return "http://localhost:" + port("KEYCLOAK");
    }

    public static String tokenUrl() {
        return keycloakUrl() + "/realms/repaero/protocol/openid-connect/token";
    }

    private static String port(String component) {
        assertThat(started).as("the platform is started by @ExtendWith(LocalPlatform.class)").isTrue();
        return ENV.get("REPAERO_" + component + "_PORT");
    }

    public static void run(int timeoutSeconds, String... command) throws IOException {
        run(timeoutSeconds, Map.of(), command);
    }

    public static void run(int timeoutSeconds, Map<String, String> extraEnv, String... command) throws IOException {
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
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
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
