package com.repaero.customer.crm.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import com.repaero.customer.customer.domain.Customer;
import com.repaero.platform.problem.ProblemException;

/** Creates, changes and moves opportunities along the pipeline, writing the stage history. */
@ApplicationScoped
public class OpportunityService {

    /** What users maintain on an opportunity (the stage moves separately, with history). */
    public record OpportunityDetails(long customerId, String title, String description, BigDecimal amount,
            LocalDate expectedCloseDate, String owner, boolean urgent, OpportunitySource source,
            String contactName) {
    }

    /**
     * Creates an opportunity in {@code stageId}, or in the first open stage when null; {@code bookingReference} is set
     * by the booking hand-over only.
     */
    @Transactional
    public Opportunity create(OpportunityDetails details, Long stageId, String bookingReference, String user) {
        Instant now = Instant.now();
        Opportunity opportunity = new Opportunity();
        apply(opportunity, details);
        opportunity.bookingReference = bookingReference;
        PipelineStage stage = stageId == null ? PipelineStage.first() : stage(stageId);
        opportunity.stage = stage;
        opportunity.stageChangedAt = now;
        opportunity.closedAt = stage.isOpen() ? null : now;
        opportunity.markCreated(user, now);
        opportunity.persist();
        history(opportunity, null, stage, user, now);
        return opportunity;
    }

    /** Replaces what users maintain if still at {@code expectedVersion}; a different {@code stageId} also moves it. */
    @Transactional
    public Opportunity update(long id, int expectedVersion, OpportunityDetails details, Long stageId, String user) {
        Opportunity opportunity = find(id);
        if (opportunity.version != expectedVersion) {
            throw new ProblemException.StaleVersion("The opportunity");
        }
        apply(opportunity, details);
        Instant now = Instant.now();
        if (stageId != null && !stageId.equals(opportunity.stage.id)) {
            moveTo(opportunity, stage(stageId), user, now);
        }
        opportunity.markUpdated(user, now);
        flush();
        return opportunity;
    }

    /**
     * Moves an opportunity to another stage (a drag on the board). {@code expectedVersion} is checked when given; a
     * move to the current stage changes nothing.
     */
    @Transactional
    public Opportunity move(long id, Integer expectedVersion, long stageId, String user) {
        Opportunity opportunity = find(id);
        if (expectedVersion != null && opportunity.version != expectedVersion) {
            throw new ProblemException.StaleVersion("The opportunity");
        }
        PipelineStage target = stage(stageId);
        if (target.id.equals(opportunity.stage.id)) {
            return opportunity;
        }
        Instant now = Instant.now();
        moveTo(opportunity, target, user, now);
        opportunity.markUpdated(user, now);
        flush();
        return opportunity;
    }

    public static Opportunity find(long id) {
        return Opportunity.<Opportunity>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Opportunity", id));
    }

    private static void moveTo(Opportunity opportunity, PipelineStage target, String user, Instant now) {
        PipelineStage from = opportunity.stage;
        opportunity.stage = target;
        opportunity.stageChangedAt = now;
        opportunity.closedAt = target.isOpen() ? null : now;
        history(opportunity, from, target, user, now);
    }

    private static void history(Opportunity opportunity, PipelineStage from, PipelineStage to, String user,
            Instant now) {
        OpportunityStageChange change = new OpportunityStageChange();
        change.opportunityId = opportunity.id;
        change.fromStage = from;
        change.toStage = to;
        change.changedAt = now;
        change.changedBy = user;
        change.persist();
    }

    private static void apply(Opportunity opportunity, OpportunityDetails details) {
        opportunity.customer = Customer.<Customer>findByIdOptional(details.customerId())
                .orElseThrow(() -> new ProblemException.InvalidInput("customerId", "is not a known customer"));
        opportunity.title = details.title().strip();
        opportunity.description = details.description();
        opportunity.amount = details.amount();
        opportunity.expectedCloseDate = details.expectedCloseDate();
        opportunity.owner = details.owner();
        opportunity.urgent = details.urgent();
        opportunity.source = details.source() == null ? OpportunitySource.MANUAL : details.source();
        opportunity.contactName = details.contactName();
    }

    private static PipelineStage stage(long stageId) {
        return PipelineStage.<PipelineStage>findByIdOptional(stageId)
                .orElseThrow(() -> new ProblemException.InvalidInput("stageId", "is not a stage of the pipeline"));
    }

    // Someone else committed between our read and our write: the same answer as a stale If-Match.
    private static void flush() {
        try {
            Opportunity.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException.StaleVersion("The opportunity");
        }
    }
}
