package com.repaero.customer.invoicing.domain;

import java.util.List;

/**
 * Category of the operation, a mention French e-invoicing makes mandatory: delivery of goods, provision of services,
 * or both. {@code code} is the invoicing framework written in the Factur-X XML (BT-23).
 */
public enum OperationCategory {
    GOODS("Livraison de biens", "B1"), SERVICES("Prestation de services", "S1"), MIXED(
            "Opération mixte (biens et services)", "M1");

    private final String label;
    private final String code;

    OperationCategory(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    public String code() {
        return code;
    }

    /** When not given: lines that all name a part are goods, none is services, else mixed. */
    public static OperationCategory inferredFrom(List<LineInput> lines) {
        long parts = lines.stream().filter(l -> l.partNumber() != null && !l.partNumber().isBlank()).count();
        if (parts == lines.size()) {
            return GOODS;
        }
        return parts == 0 ? SERVICES : MIXED;
    }
}
