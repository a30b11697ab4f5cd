package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;
import java.util.List;

import com.repaero.platform.problem.ProblemException;

/** The rules of a document's lines that bean validation cannot express, reported on the field at fault. */
public final class LineRules {

    private LineRules() {
    }

    /** @throws ProblemException.InvalidInput naming e.g. {@code lines[2].vatExemptionReason} */
    public static void check(List<LineInput> lines) {
        String exemptReason = null;
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            String field = "lines[" + i + "].";
            if (!VatRates.isAllowed(line.vatRate())) {
                throw new ProblemException.InvalidInput(field + "vatRate", "must be one of the French VAT rates "
                        + "20, 10, 5.5, 2.1 or 0");
            }
            if (line.vatRate().signum() != 0) {
                continue;
            }
            String reason = line.vatExemptionReason() == null ? "" : line.vatExemptionReason().strip();
            if (reason.isEmpty()) {
                throw new ProblemException.InvalidInput(field + "vatExemptionReason",
                        "is mandatory at 0 % VAT (e.g. Exonération de TVA, article 262 ter I du CGI)");
            }
            if (exemptReason != null && !exemptReason.equals(reason)) {
                // EN 16931 has one exemption reason per VAT category of a document (BR-E-10).
                throw new ProblemException.InvalidInput(field + "vatExemptionReason",
                        "must be the same on every 0 % line of a document");
            }
            exemptReason = reason;
        }
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
