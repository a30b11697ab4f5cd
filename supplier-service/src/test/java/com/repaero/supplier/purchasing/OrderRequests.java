package com.repaero.supplier.purchasing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data builder for purchase order bodies: by default one line of 2 EA at 1250.50 EUR. */
public final class OrderRequests {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> lines = new ArrayList<>();

    private OrderRequests(long supplierId) {
        body.put("supplierId", supplierId);
        body.put("notes", "Commande de test");
        body.put("lines", lines);
    }

    public static OrderRequests anOrder(long supplierId) {
        return new OrderRequests(supplierId).withLine(aLine());
    }

    public static OrderRequests anOrderWithoutLines(long supplierId) {
        return new OrderRequests(supplierId);
    }

    public static Map<String, Object> aLine() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("partNumber", "D23189000-5");
        line.put("description", "Brake assembly");
        line.put("quantity", 2);
        line.put("unit", "EA");
        line.put("unitPrice", "1250.50");
        line.put("expectedDate", "2026-12-15");
        return line;
    }

    public static Map<String, Object> aLine(String partNumber, Object quantity, String unit, Object unitPrice) {
        Map<String, Object> line = aLine();
        line.put("partNumber", partNumber);
        line.put("quantity", quantity);
        line.put("unit", unit);
        line.put("unitPrice", unitPrice);
        return line;
    }

    public OrderRequests withLine(Map<String, Object> line) {
        lines.add(line);
        return this;
    }

    /** Sets a field of line {@code index} (e.g. a bad value). */
    public OrderRequests withLineField(int index, String field, Object value) {
        lines.get(index).put(field, value);
        return this;
    }

    public OrderRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
