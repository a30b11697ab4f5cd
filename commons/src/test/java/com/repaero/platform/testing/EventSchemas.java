package com.repaero.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks events against the committed JSON Schemas of {@code docs/events/}: the contract other services rely on, kept
 * in step with each service's own Java records by its tests.
 */
public final class EventSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemas() {
    }

    /** The repository's {@code docs/events} folder, found from a module's working directory. */
    public static Path eventsDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/events"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/events not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/events");
    }

    /**
     * Validates a record value: the envelope against {@code envelope.schema.json}, its data against
     * {@code <service>/<Event>.schema.json}.
     *
     * @return the violations, empty when valid
     */
    public static Set<String> violations(String recordValue, String service, String event) {
        JsonNode envelope = read(recordValue);
        Set<String> found = new java.util.TreeSet<>(validate("envelope.schema.json", envelope));
        validate(service + "/" + event + ".schema.json", envelope.path("data"))
                .forEach(v -> found.add("data: " + v));
        return found;
    }

    private static Set<String> validate(String schemaFile, JsonNode json) {
        JsonSchema schema = FACTORY.getSchema(read(eventsDir().resolve(schemaFile)),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        return schema.validate(json).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
