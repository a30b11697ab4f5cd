package com.repaero.supplier.bank.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A two-transfer pain.001 batch for the XML tests. */
final class Pain001Files {

    static final Pain001.Party DEBTOR = new Pain001.Party("Rep'Aéro SAS", new Pain001.Address("Rue de l'Aéroport",
            "1", "31700", "Blagnac", "FR"), "FR7630006000011234567890189", "AGRIFRPP");

    private Pain001Files() {
    }

    static Pain001.Batch twoTransfers() {
        Pain001.Party hangar = new Pain001.Party("Aéro Pièces & Cie", new Pain001.Address("12 rue des Hangars", null,
                "31700", "Blagnac", "FR"), "FR7630006000011234567890189", "AGRIFRPP");
        Pain001.Party avionics = new Pain001.Party("Avionique du Sud", new Pain001.Address("3 allée Nord", null,
                "13700", "Marignane", "FR"), "DE89370400440532013000", null);
        return new Pain001.Batch("RAPAY-51", LocalDateTime.of(2026, 11, 23, 10, 15, 0), LocalDate.of(2026, 12, 1),
                DEBTOR, List.of(new Pain001.Transfer("RA-51-1", new BigDecimal("1242.42"), hangar, "FA-2026/001"),
                        new Pain001.Transfer("RA-51-2", new BigDecimal("100.00"), avionics, "INV 77")));
    }
}
