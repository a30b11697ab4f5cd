package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The amounts of a quote, invoice or credit note, computed as EN 16931 wants them so that the Factur-X XML adds up
 * (its BR-CO rules) and matches what is printed:
 * <ul>
 * <li>line: gross = quantity × unit price, rounded to the cent; discount = gross × line % rounded; net = gross −
 * discount (BT-131);</li>
 * <li>per VAT rate: the document discount is a document-level allowance of that rate (BT-92, rounded), the taxable
 * amount (BT-116) = Σ line nets − allowance, the VAT (BT-117) = taxable × rate, rounded once per rate;</li>
 * <li>document: Σ line nets (BT-106, BR-CO-10), Σ allowances (BT-107, BR-CO-11), tax basis = BT-106 − BT-107
 * (BT-109, BR-CO-13), Σ VAT (BT-110, BR-CO-14), total with VAT = BT-109 + BT-110 (BT-112, BR-CO-15).</li>
 * </ul>
 * Half-up rounding throughout, amounts in EUR at 2 decimals.
 */
public record DocumentTotals(List<LineAmounts> lines, List<VatBreakdown> breakdown, BigDecimal linesNet,
        BigDecimal allowanceTotal, BigDecimal taxBasis, BigDecimal vatTotal, BigDecimal grandTotal) {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The amounts of one line. */
    public record LineAmounts(BigDecimal gross, BigDecimal discount, BigDecimal net) {
    }

    /** One VAT rate of the document (BG-23). */
    public record VatBreakdown(BigDecimal rate, String category, String exemptionReason, BigDecimal linesNet,
            BigDecimal allowance, BigDecimal taxableAmount, BigDecimal vatAmount) {
    }

    public static DocumentTotals of(List<LineInput> inputs, BigDecimal documentDiscountPercent) {
        BigDecimal documentPercent = documentDiscountPercent == null ? BigDecimal.ZERO : documentDiscountPercent;
        List<LineAmounts> lines = new ArrayList<>();
        Map<BigDecimal, BigDecimal> netByRate = new TreeMap<>((a, b) -> b.compareTo(a));
        Map<BigDecimal, String> reasonByRate = new TreeMap<>();
        for (LineInput input : inputs) {
            BigDecimal gross = cents(input.quantity().multiply(input.unitPrice()));
            BigDecimal discount = cents(gross.multiply(input.discountOrZero()).divide(HUNDRED));
            BigDecimal net = gross.subtract(discount);
            lines.add(new LineAmounts(gross, discount, net));
            BigDecimal rate = VatRates.normalise(input.vatRate());
            netByRate.merge(rate, net, BigDecimal::add);
            if (input.vatExemptionReason() != null && rate.signum() == 0) {
                reasonByRate.putIfAbsent(rate, input.vatExemptionReason());
            }
        }
        List<VatBreakdown> breakdown = new ArrayList<>();
        BigDecimal linesNet = ZERO;
        BigDecimal allowances = ZERO;
        BigDecimal vat = ZERO;
        for (Map.Entry<BigDecimal, BigDecimal> entry : netByRate.entrySet()) {
            BigDecimal rate = entry.getKey();
            BigDecimal net = entry.getValue();
            BigDecimal allowance = cents(net.multiply(documentPercent).divide(HUNDRED));
            BigDecimal taxable = net.subtract(allowance);
            BigDecimal amount = cents(taxable.multiply(rate).divide(HUNDRED));
            breakdown.add(new VatBreakdown(rate, VatRates.category(rate), reasonByRate.get(rate), net, allowance,
                    taxable, amount));
            linesNet = linesNet.add(net);
            allowances = allowances.add(allowance);
            vat = vat.add(amount);
        }
        BigDecimal taxBasis = linesNet.subtract(allowances);
        return new DocumentTotals(List.copyOf(lines), List.copyOf(breakdown), linesNet, allowances, taxBasis, vat,
                taxBasis.add(vat));
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
