package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;
import java.util.List;

import com.repaero.customer.invoicing.domain.DocumentTotals;

/** The totals of a document (EN 16931 BT-106 to BT-112) and its VAT breakdown per rate (BG-23). */
public record TotalsResponse(BigDecimal linesNet, BigDecimal allowanceTotal, BigDecimal taxBasis,
        BigDecimal vatTotal, BigDecimal grandTotal, List<Vat> vatBreakdown) {

    /** One VAT rate: taxable amount (after the document discount) and VAT. */
    public record Vat(BigDecimal rate, String category, String exemptionReason, BigDecimal taxableAmount,
            BigDecimal vatAmount) {
    }

    static TotalsResponse of(DocumentTotals t) {
        return new TotalsResponse(t.linesNet(), t.allowanceTotal(), t.taxBasis(), t.vatTotal(), t.grandTotal(),
                t.breakdown().stream().map(v -> new Vat(Amounts.rate(v.rate()), v.category(), v.exemptionReason(),
                        v.taxableAmount(), v.vatAmount())).toList());
    }
}
