package com.repaero.gateway.console;

import java.util.Set;

import com.repaero.platform.security.Roles;

/**
 * The console's screens and the realm roles that open them: the roles supplier-service gives the same operations, so a
 * person never sees a screen whose data or action the service would refuse (it checks the same roles again).
 */
public enum Screen {

    HOME("/console", Set.of()), SUPPLIERS("/console/suppliers",
            Set.of(Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.TEAM_LEAD, Roles.ADMIN)),
    /** Register suppliers and record their approval. */
    SUPPLIER_CREATE("/console/suppliers/new", Set.of(Roles.PURCHASING, Roles.ADMIN)),

    // --- Purchasing (phase 1) ---
    ORDERS("/console/orders", Set.of(Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN)),
    /** Draft, send, cancel and close orders. */
    ORDER_EDIT("/console/orders/new", Set.of(Roles.PURCHASING, Roles.ADMIN)),
    /** Receive goods with their incoming inspection. */
    RECEIPT_CREATE("/console/orders", Set.of(Roles.PURCHASING, Roles.STOREKEEPER, Roles.ADMIN)), SHIPMENTS(
            "/console/shipments", Set.of(Roles.PURCHASING, Roles.STOREKEEPER, Roles.ADMIN)), SHIPMENT_CREATE(
                    "/console/shipments/new", Set.of(Roles.PURCHASING, Roles.ADMIN)),

    // --- Accounting (phase 1) ---
    BILLS("/console/bills", Set.of(Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN)),
    /** Enter, match again and approve bills. */
    BILL_EDIT("/console/bills/new", Set.of(Roles.ACCOUNTING, Roles.ADMIN)), PAYMENTS("/console/payments",
            Set.of(Roles.PURCHASING, Roles.ACCOUNTING, Roles.ADMIN)),
    /** Create batches, download their pain.001 and send them to the bank. */
    PAYMENT_EDIT("/console/payments/new", Set.of(Roles.ACCOUNTING, Roles.ADMIN)), STATEMENTS("/console/statements",
            Set.of(Roles.ACCOUNTING, Roles.ADMIN)),

    // --- Customers and CRM (phase 2): the roles customer-service gives the same operations ---
    CUSTOMERS("/console/customers", Set.of(Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN)),
    /** Register customers. */
    CUSTOMER_EDIT("/console/customers/new", Set.of(Roles.SALES, Roles.ADMIN)), PIPELINE("/console/crm/pipeline",
            Set.of(Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN)),
    /** Move opportunities between stages, mark activities done. */
    PIPELINE_MOVE("/console/crm/pipeline", Set.of(Roles.SALES, Roles.ADMIN)), ACTIVITIES("/console/crm/activities",
            Set.of(Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN)),
    /** The workshop calendar: technicians and team leads read it, sales and admin cancel. */
    APPOINTMENTS("/console/appointments",
            Set.of(Roles.SALES, Roles.ADMIN, Roles.TEAM_LEAD, Roles.TECHNICIAN)), APPOINTMENT_CANCEL(
                    "/console/appointments", Set.of(Roles.SALES, Roles.ADMIN)),
    /** Customer invoices: sales reads them, accounting owns them. */
    INVOICES("/console/invoices", Set.of(Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN)), INVOICE_ISSUE(
            "/console/invoices", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),
    /** Customer payments: bank statements in, unmatched lines. */
    RECEIPTS("/console/receipts", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),

    // --- Administration ---
    MIGRATION("/console/migration", Set.of(Roles.ADMIN)),
    /** The one-off import of the MS Access customer database. */
    ACCESS_IMPORT("/console/migration/access", Set.of(Roles.ADMIN));

    private final String path;
    private final Set<String> roles;

    Screen(String path, Set<String> roles) {
        this.path = path;
        this.roles = roles;
    }

    public String path() {
        return path;
    }

    /** Every person may see a screen without roles; the others need one of theirs. */
    public boolean allows(Set<String> userRoles) {
        return roles.isEmpty() || userRoles.stream().anyMatch(roles::contains);
    }
}
