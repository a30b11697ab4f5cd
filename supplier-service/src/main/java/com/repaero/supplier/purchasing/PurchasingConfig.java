package com.repaero.supplier.purchasing;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Purchasing business settings ({@code repaero.purchasing.*}): receipt and three-way match tolerances. */
@ConfigMapping(prefix = "repaero.purchasing")
public interface PurchasingConfig {

    Receipt receipt();

    Match match();

    /** Goods receipt rules. */
    interface Receipt {
        /** How much more than ordered may be accepted, in % of the ordered quantity of the line. */
        @WithDefault("0")
        BigDecimal overDeliveryTolerancePercent();
    }

    /** Three-way match (order vs receipt vs bill) tolerances. */
    interface Match {
        /** Billed quantity may exceed the accepted quantity by this % before it is a discrepancy. */
        @WithDefault("0")
        BigDecimal quantityTolerancePercent();

        /** Billed unit price may differ from the ordered one by this % before it is a discrepancy. */
        @WithDefault("0")
        BigDecimal priceTolerancePercent();

        /** The bill's net total may differ from the expected total by this many EUR before it is a discrepancy. */
        @WithDefault("0")
        BigDecimal amountToleranceEur();
    }
}
