package com.repaero.supplier.shipment.colissimo;

import java.util.List;
import java.util.stream.Collectors;

/** What can go wrong with a Colissimo call: a functional refusal (never retried) or an outage (retried, then given up). */
public abstract sealed class ColissimoException extends RuntimeException {

    ColissimoException(String message) {
        super(message);
    }

    /** Colissimo understood and refused the request (bad credentials, bad address…): retrying would not help. */
    public static final class Refused extends ColissimoException {
        private final transient List<ColissimoMessage> messages;

        public Refused(List<ColissimoMessage> messages) {
            super(messages.stream().map(m -> m.id() + " " + m.messageContent()).collect(Collectors.joining("; ")));
            this.messages = List.copyOf(messages);
        }

        public List<ColissimoMessage> messages() {
            return messages;
        }

        public boolean hasId(String id) {
            return messages.stream().anyMatch(m -> id.equals(m.id()));
        }
    }

    /**
     * No usable answer within the time limit, after every attempt (outage, timeout, 5xx). {@code outcomeUnknown}: the
     * last request may have reached Colissimo and been carried out (answer lost, timed out, 500), as opposed to
     * certainly not (connection refused, 503, 429).
     */
    public static final class Unavailable extends ColissimoException {
        private final boolean outcomeUnknown;

        public Unavailable(String message, boolean outcomeUnknown) {
            super(message);
            this.outcomeUnknown = outcomeUnknown;
        }

        public boolean outcomeUnknown() {
            return outcomeUnknown;
        }
    }
}
