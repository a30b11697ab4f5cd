package com.repaero.customer.crm.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.repaero.platform.problem.ProblemException;

/** Admin's configuration of the pipeline: stages with their order, probability and outcome. */
@ApplicationScoped
public class StageService {

    /** What admin sets on a stage. */
    public record StageDetails(String name, int position, int probability, boolean won, boolean lost) {
    }

    @Transactional
    public PipelineStage create(StageDetails details, String user) {
        requireUniqueName(details.name(), null);
        PipelineStage stage = new PipelineStage();
        apply(stage, details);
        stage.markCreated(user, Instant.now());
        stage.persist();
        return stage;
    }

    /**
     * Renames, reorders or re-weights a stage. Its outcome (open, won, lost) cannot change while opportunities use it:
     * that would silently close (or reopen) them; and one open stage must remain, where new leads start.
     */
    @Transactional
    public PipelineStage update(long id, int expectedVersion, StageDetails details, String user) {
        PipelineStage stage = find(id);
        if (stage.version != expectedVersion) {
            throw new ProblemException.StaleVersion("The stage");
        }
        requireUniqueName(details.name(), stage.id);
        boolean outcomeChanges = stage.won != details.won() || stage.lost != details.lost();
        if (outcomeChanges && Opportunity.count("stage", stage) > 0) {
            throw new ProblemException.Conflict("stage-in-use",
                    "Opportunities are in stage " + stage.name + ": move them before making it won, lost or open");
        }
        if (stage.isOpen() && (details.won() || details.lost()) && PipelineStage.openCount() == 1) {
            throw new ProblemException.Conflict("last-open-stage",
                    "Stage " + stage.name + " is the last open stage, where new opportunities start");
        }
        apply(stage, details);
        stage.markUpdated(user, Instant.now());
        return stage;
    }

    /** Deletes a stage no opportunity ever used (its history would point to it); rename it otherwise. */
    @Transactional
    public void delete(long id) {
        PipelineStage stage = find(id);
        if (Opportunity.count("stage", stage) > 0
                || OpportunityStageChange.count("fromStage = ?1 or toStage = ?1", stage) > 0) {
            throw new ProblemException.Conflict("stage-in-use",
                    "Stage " + stage.name + " is or was used by opportunities; rename it instead");
        }
        if (stage.isOpen() && PipelineStage.openCount() == 1) {
            throw new ProblemException.Conflict("last-open-stage",
                    "Stage " + stage.name + " is the last open stage, where new opportunities start");
        }
        stage.delete();
    }

    public static PipelineStage find(long id) {
        return PipelineStage.<PipelineStage>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Stage", id));
    }

    private static void apply(PipelineStage stage, StageDetails details) {
        stage.name = details.name().strip();
        stage.position = details.position();
        stage.probability = details.probability();
        stage.won = details.won();
        stage.lost = details.lost();
    }

    private static void requireUniqueName(String name, Long self) {
        PipelineStage other = PipelineStage.<PipelineStage>find("upper(name) = ?1",
                name.strip().toUpperCase(Locale.ROOT)).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw new ProblemException.Conflict("duplicate-stage-name", "A stage is already named " + other.name);
        }
    }
}
