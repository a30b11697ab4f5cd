package com.repaero.customer.crm.domain;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.repaero.customer.customer.domain.Customer;
import com.repaero.platform.problem.ProblemException;

/** Writes notes on customers and opportunities. */
@ApplicationScoped
public class NoteService {

    /**
     * Writes a note on a customer, or on an opportunity (and so on its customer); {@code legacyKey} and
     * {@code writtenAt} come from the Access import, else null and now.
     */
    @Transactional
    public Note write(Long customerId, Long opportunityId, String text, String legacyKey, Instant writtenAt,
            String user) {
        Note note = new Note();
        if (opportunityId != null) {
            Opportunity opportunity = Opportunity.<Opportunity>findByIdOptional(opportunityId)
                    .orElseThrow(
                            () -> new ProblemException.InvalidInput("opportunityId", "is not a known opportunity"));
            if (customerId != null && !customerId.equals(opportunity.customer.id)) {
                throw new ProblemException.InvalidInput("customerId",
                        "is not the customer of opportunity " + opportunity.id);
            }
            customerId = opportunity.customer.id;
        } else if (customerId == null || Customer.findById(customerId) == null) {
            throw new ProblemException.InvalidInput("customerId", "is not a known customer");
        }
        note.customerId = customerId;
        note.opportunityId = opportunityId;
        note.text = text.strip();
        note.legacyKey = legacyKey;
        note.writtenAt = writtenAt == null ? Instant.now() : writtenAt;
        note.writtenBy = user;
        note.persist();
        return note;
    }
}
