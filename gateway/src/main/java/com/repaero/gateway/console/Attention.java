package com.repaero.gateway.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * "What needs my attention" on the home page, per role, from what supplier-service answers cheaply: counts of one-item
 * searches, and, for late deliveries, the oldest open orders read one by one (at most {@value #LATE_CHECKED} of each
 * state).
 */
@RequestScoped
public class Attention {

    static final int LATE_CHECKED = 10;

    private final SupplierApi api;
    private final CustomerApi customers;

    public Attention(SupplierApi api, CustomerApi customers) {
        this.api = api;
        this.customers = customers;
    }

    /** One thing to look at: how many, where, and a few examples. */
    public record Item(String key, long count, String link, boolean urgent, List<Example> examples) {
    }

    /** An example of an item, linked. */
    public record Example(String label, String href) {
    }

    public List<Item> of(ConsoleUser user) {
        List<Item> items = new ArrayList<>();
        if (user.may(Screen.ORDER_EDIT)) {
            add(items, "orders-to-send", count("/orders?state=DRAFT"), "/console/orders?state=DRAFT", false);
        }
        if (user.may(Screen.SUPPLIER_CREATE)) {
            add(items, "approvals-expiring", count("/suppliers?approval=EXPIRING&expiringWithinDays=30"),
                    "/console/suppliers?approval=EXPIRING", false);
        }
        if (user.may(Screen.RECEIPT_CREATE)) {
            List<Example> late = lateOrders();
            add(items, "late-deliveries", late.size(), "/console/orders?state=SENT", true, late);
            add(items, "awaiting-delivery", count("/orders?state=SENT") + count("/orders?state=PARTLY_RECEIVED"),
                    "/console/orders?state=SENT", false);
        }
        if (user.may(Screen.BILL_EDIT)) {
            add(items, "bills-discrepancy", count("/bills?state=DISCREPANCY"), "/console/bills?state=DISCREPANCY",
                    true);
            add(items, "bills-to-approve", count("/bills?state=MATCHED"), "/console/bills?state=MATCHED", false);
        }
        if (user.may(Screen.PAYMENT_EDIT)) {
            add(items, "bills-to-pay", count("/bills?state=APPROVED"), "/console/payments/new", false);
        }
        if (user.may(Screen.STATEMENTS)) {
            ServiceApi.Answer answer = api.get("/bank-statements?page=0&size=20");
            if (answer.ok()) {
                long unmatched = api.read(answer,
                        new TypeReference<SupplierApi.Page<StatementPages.Statement>>() {
                        }).items().stream().mapToLong(StatementPages.Statement::unmatched).sum();
                add(items, "unmatched-lines", unmatched, "/console/statements", true);
            }
        }
        try {
            customerItems(user, items);
        } catch (ServiceApi.Unavailable e) {
            // customer-service down or not rolled out: the supplier items still show.
        }
        return items;
    }

    /** Sales: my overdue activities, urgent open opportunities; accounting: overdue invoices, unmatched receipts. */
    private void customerItems(ConsoleUser user, List<Item> items) {
        if (user.may(Screen.PIPELINE_MOVE)) {
            ServiceApi.Answer mine = customers.get("/crm/activities/mine?page=0&size=200");
            if (mine.ok()) {
                long overdue = customers.read(mine, new TypeReference<SupplierApi.Page<PipelinePages.Activity>>() {
                }).items().stream().filter(PipelinePages.Activity::overdue).count();
                add(items, "activities-overdue", overdue, "/console/crm/activities", true);
            }
            add(items, "urgent-opportunities", customerCount("/crm/opportunities?urgent=true&status=OPEN"),
                    "/console/crm/pipeline", true);
        }
        if (user.may(Screen.INVOICE_ISSUE)) {
            add(items, "invoices-overdue", customerCount("/invoices?paymentStatus=OVERDUE"),
                    "/console/invoices?payment=OVERDUE", true);
        }
        if (user.may(Screen.RECEIPTS)) {
            add(items, "unmatched-receipts", customerCount("/payments/unmatched"), "/console/receipts", false);
        }
    }

    private long customerCount(String search) {
        ServiceApi.Answer answer = customers.get(search + (search.contains("?") ? "&" : "?") + "page=0&size=1");
        return answer.ok() ? customers.read(answer, new TypeReference<SupplierApi.Page<Object>>() {
        }).total() : 0;
    }

    private long count(String search) {
        ServiceApi.Answer answer = api.get(search + "&page=0&size=1");
        return answer.ok() ? api.read(answer, new TypeReference<SupplierApi.Page<Object>>() {
        }).total() : 0;
    }

    /** Open orders with a line expected before today and not all there, oldest orders first. */
    private List<Example> lateOrders() {
        LocalDate today = LocalDate.now(ConsoleFormats.ZONE);
        List<Example> late = new ArrayList<>();
        for (String state : List.of("SENT", "PARTLY_RECEIVED")) {
            ServiceApi.Answer answer = api
                    .get("/orders?state=" + state + "&sort=createdAt&page=0&size=" + LATE_CHECKED);
            if (!answer.ok()) {
                continue;
            }
            for (OrderPages.OrderSummary summary : api.read(answer,
                    new TypeReference<SupplierApi.Page<OrderPages.OrderSummary>>() {
                    }).items()) {
                ServiceApi.Answer order = api.get("/orders/" + summary.id());
                if (order.ok() && api.read(order, OrderPages.Order.class).lines().stream()
                        .anyMatch(l -> l.lateOn(today))) {
                    late.add(new Example(summary.orderNumber(), "/console/orders/" + summary.id()));
                }
            }
        }
        return late;
    }

    private static void add(List<Item> items, String key, long count, String link, boolean urgent) {
        add(items, key, count, link, urgent, List.of());
    }

    private static void add(List<Item> items, String key, long count, String link, boolean urgent,
            List<Example> examples) {
        if (count > 0) {
            items.add(new Item(key, count, link, urgent, examples));
        }
    }
}
