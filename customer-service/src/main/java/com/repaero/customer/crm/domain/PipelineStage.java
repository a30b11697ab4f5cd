package com.repaero.customer.crm.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.type.NumericBooleanConverter;

import com.repaero.platform.persistence.AuditedEntity;

/** A column of the sales pipeline; admin configures them. Won and lost stages close an opportunity. */
@Entity
@Table(name = "pipeline_stage")
public class PipelineStage extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "pipeline_stage_seq", sequenceName = "pipeline_stage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pipeline_stage_seq")
    public Long id;

    @Column(nullable = false)
    public String name;

    /** Order on the board, ascending; gaps allowed so a stage can be slotted in between. */
    @Column(nullable = false)
    public int position;

    /** Chance of winning, in percent, for the weighted pipeline total. */
    @Column(nullable = false)
    public int probability;

    @Column(nullable = false)
    @Convert(converter = NumericBooleanConverter.class)
    public boolean won;

    @Column(nullable = false)
    @Convert(converter = NumericBooleanConverter.class)
    public boolean lost;

    public boolean isOpen() {
        return !won && !lost;
    }

    /** Every stage in board order. */
    public static long openCount() {
        return count("won = ?1 and lost = ?1", false);
    }

    public static List<PipelineStage> ordered() {
        return list("order by position, id");
    }

    /** Where new opportunities start: the first open stage on the board. */
    public static PipelineStage first() {
        return PipelineStage.<PipelineStage>find("won = ?1 and lost = ?1 order by position, id", false)
                .firstResult();
    }
}
