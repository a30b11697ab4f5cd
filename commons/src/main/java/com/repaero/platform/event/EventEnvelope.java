package com.repaero.platform.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one envelope of every domain event: a CloudEvents 1.0 event in structured JSON mode, with the aggregate type as
 * an extension attribute. The Kafka record key is {@link #subject()}, the aggregate id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        String aggregatetype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    /** Event types are prefixed so that two services can never publish the same type name. */
    public static final String TYPE_PREFIX = "com.repaero.";

    /** A new event with a fresh id, stamped now (millisecond precision, UTC). */
    public static EventEnvelope of(String source, String type, String aggregateType, String aggregateId,
            JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), aggregateId, "application/json",
                aggregateType, data);
    }

    /** The event type name without its prefix and domain, e.g. {@code SupplierRegistered}. */
    public String shortType() {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
