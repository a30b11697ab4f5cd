package com.repaero.supplier.purchasing.bill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data builder for vendor bill bodies, each with a fresh invoice number. */
public final class BillRequests {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> lines = new ArrayList<>();

    private BillRequests(long orderId) {
        body.put("orderId", orderId);
        body.put("invoiceNumber", "FA-" + System.nanoTime());
        body.put("invoiceDate", LocalDate.now().minusDays(1).toString());
        body.put("dueDate", LocalDate.now().plusDays(45).toString());
        body.put("vatAmount", "20.00");
        body.put("lines", lines);
    }

    public static BillRequests aBill(long orderId) {
        return new BillRequests(orderId);
    }

    public BillRequests withLine(Long orderLineId, Object quantity, Object unitPrice) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("orderLineId", orderLineId);
        line.put("quantity", quantity);
        line.put("unitPrice", unitPrice);
        lines.add(line);
        return this;
    }

    public BillRequests withCharge(String description, Object amount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("description", description);
        line.put("quantity", 1);
        line.put("unitPrice", amount);
        lines.add(line);
        return this;
    }

    public BillRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public BillRequests without(String field) {
        body.remove(field);
        return this;
    }

    public String invoiceNumber() {
        return (String) body.get("invoiceNumber");
    }

    public Map<String, Object> build() {
        return body;
    }
}
