package com.repaero.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Serialises and parses {@link EventEnvelope}s the same way in every service (ISO-8601 times, unknown fields ignored). */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be serialised: " + envelope.type(), e);
        }
    }

    public static EventEnvelope read(String json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a CloudEvents JSON envelope", e);
        }
    }

    /** Reads the {@code data} of an envelope as the consumer's own record type. */
    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return MAPPER.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data does not match " + type.getSimpleName(), e);
        }
    }
}
