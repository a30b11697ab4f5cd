package com.repaero.gateway.console;

import java.util.Optional;
import java.util.Set;

import com.repaero.platform.security.Roles;

/**
 * The console's screens, the service each one works on and the realm roles that open them: the roles the service gives
 * the same operations, so a person never sees a screen whose data or action the service would refuse (it checks the
 * same roles again), nor a screen of a service a later rollout phase brings.
 */
public enum Screen {

    HOME(null, "/console", Set.of()),

    // --- Purchasing (phase 1) ---
    SUPPLIERS("supplier", "/console/suppliers",
            Set.of(Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.TEAM_LEAD, Roles.ADMIN)),
    /** Register suppliers and record their approval. */
    SUPPLIER_CREATE("supplier", "/console/suppliers/new", Set.of(Roles.PURCHASING, Roles.ADMIN)), ORDERS("supplier",
            "/console/orders", Set.of(Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN)),
    /** Draft, send, cancel and close orders. */
    ORDER_EDIT("supplier", "/console/orders/new", Set.of(Roles.PURCHASING, Roles.ADMIN)),
    /** Receive goods with their incoming inspection. */
    RECEIPT_CREATE("supplier", "/console/orders", Set.of(Roles.PURCHASING, Roles.STOREKEEPER, Roles.ADMIN)), SHIPMENTS(
            "supplier", "/console/shipments",
            Set.of(Roles.PURCHASING, Roles.STOREKEEPER, Roles.ADMIN)), SHIPMENT_CREATE("supplier",
                    "/console/shipments/new", Set.of(Roles.PURCHASING, Roles.ADMIN)),

    // --- Accounting (phase 1) ---
    BILLS("supplier", "/console/bills", Set.of(Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN)),
    /** Enter, match again and approve bills. */
    BILL_EDIT("supplier", "/console/bills/new", Set.of(Roles.ACCOUNTING, Roles.ADMIN)), PAYMENTS("supplier",
            "/console/payments", Set.of(Roles.PURCHASING, Roles.ACCOUNTING, Roles.ADMIN)),
    /** Create batches, download their pain.001 and send them to the bank. */
    PAYMENT_EDIT("supplier", "/console/payments/new", Set.of(Roles.ACCOUNTING, Roles.ADMIN)), STATEMENTS("supplier",
            "/console/statements", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),

    // --- Customers and CRM (phase 2): the roles customer-service gives the same operations ---
    CUSTOMERS("customer", "/console/customers", Set.of(Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN)),
    /** Register customers. */
    CUSTOMER_EDIT("customer", "/console/customers/new", Set.of(Roles.SALES, Roles.ADMIN)),
    /** Change a customer's master data, add contacts, archive and restore (PUT/DELETE /customers/{id}). */
    CUSTOMER_UPDATE("customer", "/console/customers", Set.of(Roles.SALES, Roles.ADMIN)), PIPELINE("customer",
            "/console/crm/pipeline", Set.of(Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN)),
    /** Move opportunities between stages, mark activities done. */
    PIPELINE_MOVE("customer", "/console/crm/pipeline", Set.of(Roles.SALES, Roles.ADMIN)), ACTIVITIES("customer",
            "/console/crm/activities", Set.of(Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN)),
    /** The workshop calendar: technicians and team leads read it, sales and admin cancel. */
    APPOINTMENTS("customer", "/console/appointments",
            Set.of(Roles.SALES, Roles.ADMIN, Roles.TEAM_LEAD, Roles.TECHNICIAN)), APPOINTMENT_CANCEL("customer",
                    "/console/appointments", Set.of(Roles.SALES, Roles.ADMIN)),
    /** Customer invoices: sales reads them, accounting owns them. */
    INVOICES("customer", "/console/invoices", Set.of(Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN)), INVOICE_ISSUE(
            "customer", "/console/invoices", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),
    /** Draft and edit customer invoices (POST/PUT /invoices). */
    INVOICE_EDIT("customer", "/console/invoices/new", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),
    /** Credit an issued invoice (POST /invoices/{id}/credit-notes). */
    CREDIT_NOTE("customer", "/console/invoices", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),
    /** Quotes: sales and admin write them, accounting reads them (and invoices the accepted ones). */
    QUOTES("customer", "/console/quotes", Set.of(Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN)), QUOTE_EDIT("customer",
            "/console/quotes/new", Set.of(Roles.SALES, Roles.ADMIN)),
    /** Turn an accepted quote into an invoice draft (POST /quotes/{id}/invoice). */
    QUOTE_INVOICE("customer", "/console/quotes", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),
    /** Customer payments: bank statements in, unmatched lines. */
    RECEIPTS("customer", "/console/receipts", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),
    /** Allocate an unmatched bank line by hand (POST /bank-statements/{id}/lines/{lineId}/allocations). */
    ALLOCATION("customer", "/console/receipts", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),
    /** A customer's credits, used on an invoice (GET /payments/credits, POST /payments/credits/{id}/apply). */
    CUSTOMER_CREDITS("customer", "/console/customers", Set.of(Roles.ACCOUNTING, Roles.ADMIN)),

    // --- Administration ---
    MIGRATION("supplier", "/console/migration", Set.of(Roles.ADMIN)),
    /** The one-off import of the MS Access customer database. */
    ACCESS_IMPORT("customer", "/console/migration/access", Set.of(Roles.ADMIN));

    private final String service;
    private final String path;
    private final Set<String> roles;

    Screen(String service, String path, Set<String> roles) {
        this.service = service;
        this.path = path;
        this.roles = roles;
    }

    /** The service whose data the screen shows ({@code /api/<service>}), none for the home page. */
    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    public String path() {
        return path;
    }

    /** Every person may see a screen without roles; the others need one of theirs. */
    public boolean allows(Set<String> userRoles) {
        return roles.isEmpty() || userRoles.stream().anyMatch(roles::contains);
    }
}
