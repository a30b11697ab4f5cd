package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The French VAT rates (CGI art. 278 to 281 nonies): standard 20 %, intermediate 10 %, reduced 5.5 %, special 2.1 %,
 * and 0 % for an exempt operation, which must then say why (EN 16931 category E, BT-120).
 */
public final class VatRates {

    public static final List<BigDecimal> ALLOWED = List.of(new BigDecimal("20"), new BigDecimal("10"),
            new BigDecimal("5.5"), new BigDecimal("2.1"), BigDecimal.ZERO);

    /** EN 16931 VAT category codes (UNTDID 5305). */
    public static final String STANDARD = "S";
    public static final String EXEMPT = "E";

    private VatRates() {
    }

    public static boolean isAllowed(BigDecimal rate) {
        return rate != null && ALLOWED.stream().anyMatch(r -> r.compareTo(rate) == 0);
    }

    /** S for a positive rate, E (exempt, with a reason) for 0 %. */
    public static String category(BigDecimal rate) {
        return rate.signum() == 0 ? EXEMPT : STANDARD;
    }

    /** The rate as written on invoices and in keys: 20, 5.5, 0. */
    public static BigDecimal normalise(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
