package com.repaero.customer.crm.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One move of an opportunity between stages (from is null at creation); never changed afterwards. */
@Entity
@Table(name = "opportunity_stage_change")
public class OpportunityStageChange extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "opportunity_stage_change_seq", sequenceName = "opportunity_stage_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_stage_change_seq")
    public Long id;

    @Column(name = "opportunity_id", nullable = false)
    public Long opportunityId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_stage_id")
    public PipelineStage fromStage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_stage_id", nullable = false)
    public PipelineStage toStage;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    /** The history of an opportunity, oldest first. */
    public static List<OpportunityStageChange> ofOpportunity(long opportunityId) {
        return list("opportunityId = ?1 order by changedAt, id", opportunityId);
    }
}
