package com.repaero.supplier.shipment.domain;

import java.util.List;

import com.repaero.platform.problem.Problem;
import com.repaero.platform.problem.ProblemException;

/**
 * The label could not be obtained; the shipment is kept (LABEL_FAILED) and can be retried. Carries the shipment id
 * (for a Location header) and, for address refusals, the request field Colissimo refused.
 */
public class LabelRequestFailed extends ProblemException {

    private final long shipmentId;
    private final transient List<Problem.InvalidField> errors;

    public LabelRequestFailed(long shipmentId, int status, String code, String title, String detail,
            List<Problem.InvalidField> errors) {
        super(status, code, title, detail);
        this.shipmentId = shipmentId;
        this.errors = List.copyOf(errors);
    }

    public long shipmentId() {
        return shipmentId;
    }

    @Override
    public Problem problem() {
        Problem base = super.problem();
        return new Problem(base.type(), base.title(), base.status(), base.detail(), base.instance(), base.code(),
                errors);
    }
}
