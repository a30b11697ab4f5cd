package com.repaero.customer.crm.api;

import java.time.Instant;

import com.repaero.customer.crm.domain.Note;

/** A note as the API shows it. */
public record NoteResponse(long id, long customerId, Long opportunityId, String text, Instant writtenAt,
        String writtenBy, String legacyKey) {

    static NoteResponse of(Note n) {
        return new NoteResponse(n.id, n.customerId, n.opportunityId, n.text, n.writtenAt, n.writtenBy, n.legacyKey);
    }
}
