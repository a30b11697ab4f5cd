package com.repaero.customer.crm.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.crm.domain.PipelineView;

/** The board: the stages in order with their opportunities and totals, and the open pipeline's totals. */
@Schema(name = "PipelineResponse")
public record PipelineResponse(List<Column> stages,
        @Schema(description = "Opportunities in open stages") long openCount,
        @Schema(examples = "18400.00") BigDecimal openTotal,
        @Schema(examples = "7350.00", description = "Sum of amount × stage probability over open stages") BigDecimal openWeighted) {

    /** One column; {@code opportunities} holds at most perStage cards, urgent first, {@code count} all of them. */
    @Schema(name = "PipelineColumn")
    public record Column(long stageId, String name, int position, int probability, boolean won, boolean lost,
            long count, BigDecimal total, BigDecimal weighted, List<OpportunitySummary> opportunities) {
    }

    static PipelineResponse of(List<PipelineView.Column> columns) {
        List<Column> stages = columns.stream().map(c -> new Column(c.stage().id, c.stage().name, c.stage().position,
                c.stage().probability, c.stage().won, c.stage().lost, c.count(), c.total(), c.weighted(),
                c.opportunities().stream().map(OpportunitySummary::of).toList())).toList();
        List<Column> open = stages.stream().filter(c -> !c.won() && !c.lost()).toList();
        return new PipelineResponse(stages, open.stream().mapToLong(Column::count).sum(),
                open.stream().map(Column::total).reduce(new BigDecimal("0.00"), BigDecimal::add),
                open.stream().map(Column::weighted).reduce(new BigDecimal("0.00"), BigDecimal::add));
    }
}
