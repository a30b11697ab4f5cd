package com.repaero.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker (KRaft, single node) in a child JVM, for tests: started once per test JVM, and stoppable and
 * restartable on the same port and data to test broker outages.
 * <p>
 * Its state lives in system properties rather than static fields, so that tests and Quarkus test resources, which may
 * be loaded by different class loaders, all see the same broker.
 */
public final class KafkaBroker {

    private static final String BOOTSTRAP = "repaero.test.kafka.bootstrap";
    private static final String CONFIG = "repaero.test.kafka.config";
    private static final String PID = "repaero.test.kafka.pid";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private KafkaBroker() {
    }

    /** Starts the broker unless this JVM already runs one; returns its bootstrap servers. */
    public static synchronized String start() {
        String bootstrap = System.getProperty(BOOTSTRAP);
        if (bootstrap != null && isRunning()) {
            return bootstrap;
        }
        try {
            Path dir = Files.createTempDirectory("repaero-kafka-");
            int port = freePort();
            int controllerPort = freePort();
            Path config = dir.resolve("server.properties");
            Properties p = new Properties();
            p.putAll(Map.ofEntries(
                    Map.entry("process.roles", "broker,controller"),
                    Map.entry("node.id", "1"),
                    Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                    Map.entry("listeners",
                            "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                    Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                    Map.entry("controller.listener.names", "CONTROLLER"),
                    Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                    Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                    Map.entry("log.dirs", dir.resolve("data").toString()),
                    Map.entry("num.partitions", "3"),
                    Map.entry("offsets.topic.replication.factor", "1"),
                    Map.entry("offsets.topic.num.partitions", "3"),
                    Map.entry("transaction.state.log.replication.factor", "1"),
                    Map.entry("transaction.state.log.min.isr", "1"),
                    Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                    Map.entry("share.coordinator.state.topic.min.isr", "1"),
                    Map.entry("group.initial.rebalance.delay.ms", "0"),
                    Map.entry("auto.create.topics.enable", "true")));
            try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                p.store(out, "Rep'Aero test broker");
            }
            Process format = new ProcessBuilder(javaCommand("kafka.tools.StorageTool", "format", "-t",
                    Uuid.randomUuid().toString(), "-c", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("format.log").toFile())
                    .start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("Kafka storage format failed:\n" + tail(dir.resolve("format.log")));
            }
            System.setProperty(CONFIG, config.toString());
            System.setProperty(BOOTSTRAP, "localhost:" + port);
            launch();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::stop, "kafka-test-broker-stop"));
            return System.getProperty(BOOTSTRAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String bootstrapServers() {
        String bootstrap = System.getProperty(BOOTSTRAP);
        if (bootstrap == null) {
            throw new IllegalStateException("No test broker started in this JVM");
        }
        return bootstrap;
    }

    /** Stops the broker (SIGTERM, clean shutdown) and waits until the process is gone. Data and port are kept. */
    public static synchronized void stop() {
        String pid = System.getProperty(PID);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(handle -> {
            handle.destroy();
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
        System.clearProperty(PID);
    }

    /** Starts the stopped broker again on the same port and data, and waits until it serves requests. */
    public static synchronized void restart() {
        if (!isRunning()) {
            launch();
        }
    }

    public static boolean isRunning() {
        String pid = System.getProperty(PID);
        return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void launch() {
        Path config = Path.of(System.getProperty(CONFIG));
        Path log = config.resolveSibling("broker.log");
        try {
            Process process = new ProcessBuilder(javaCommand("kafka.Kafka", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            System.setProperty(PID, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(log);
    }

    /** Ready means the broker answers a metadata request; polled until a deadline. */
    private static void awaitReady(Path log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty(BOOTSTRAP),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!isRunning()) {
                    throw new IllegalStateException("Kafka test broker exited:\n" + tail(log));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // not ready yet: the next metadata request is the next check
                }
            }
        }
        throw new IllegalStateException("Kafka test broker not ready after " + READY_TIMEOUT + ":\n" + tail(log));
    }

    private static List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlog4j2.level=WARN",
                "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
