package com.repaero.platform.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;

/**
 * Records a domain event in the outbox table, in the caller's transaction: the event exists if and only if the state
 * change committed. The {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxConfig config;
    private final Event<OutboxEventWritten> written;

    public Outbox(OutboxConfig config, Event<OutboxEventWritten> written) {
        this.config = config;
        this.written = written;
    }

    /**
     * @param aggregateType e.g. {@code Supplier}
     * @param aggregateId the Kafka key: events of one aggregate stay in order
     * @param eventType past-tense name, e.g. {@code SupplierRegistered}
     * @param data the event's own record, serialised as the CloudEvents {@code data}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope record(String aggregateType, String aggregateId, String eventType, Object data) {
        EventEnvelope envelope = EventEnvelope.of(source(),
                EventEnvelope.TYPE_PREFIX + config.domain() + "." + eventType,
                aggregateType, aggregateId, EventJson.mapper().valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.aggregateType = aggregateType;
        row.aggregateId = aggregateId;
        row.eventType = envelope.type();
        row.topic = topic();
        row.payload = EventJson.write(envelope);
        row.createdAt = Instant.now();
        row.persist();
        written.fire(new OutboxEventWritten(envelope.id()));
        return envelope;
    }

    /** The service's event topic, e.g. {@code repaero.supplier.events}. */
    public String topic() {
        return "repaero." + config.domain() + ".events";
    }

    private String source() {
        return "/repaero/" + config.domain() + "-service";
    }
}
