package com.repaero.customer.crm;

import static com.repaero.customer.customer.CustomerApi.as;

import java.util.LinkedHashMap;
import java.util.Map;

import com.repaero.customer.customer.CustomerApi;
import com.repaero.customer.customer.CustomerRequests;

/** Calls of the CRM API that tests repeat; ids of the seeded French stages. */
public final class CrmApi {

    public static final String OPPORTUNITIES = "/api/customer/crm/opportunities";
    public static final String ACTIVITIES = "/api/customer/crm/activities";
    public static final String NOTES = "/api/customer/crm/notes";
    public static final String STAGES = "/api/customer/crm/stages";
    public static final String PIPELINE = "/api/customer/crm/pipeline";

    public static final long NOUVEAU = 1;
    public static final long QUALIFIE = 2;
    public static final long DEVIS_ENVOYE = 3;
    public static final long NEGOCIATION = 4;
    public static final long GAGNE = 5;
    public static final long PERDU = 6;

    private CrmApi() {
    }

    /** A fresh customer, registered as sales. */
    public static long aCustomerId() {
        return CustomerApi.register(CustomerRequests.aCustomer());
    }

    /** An opportunity body for the customer. */
    public static Map<String, Object> anOpportunity(long customerId, String title, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("title", title);
        body.put("amount", amount == null ? null : new java.math.BigDecimal(amount));
        body.put("expectedCloseDate", "2026-12-15");
        return body;
    }

    /** Creates the opportunity as sales and returns its id. */
    public static long create(Map<String, Object> opportunity) {
        return as("sales").body(opportunity).post(OPPORTUNITIES).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** Moves the opportunity as sales, without If-Match. */
    public static void move(long id, long stageId) {
        as("sales").body(Map.of("stageId", stageId)).post(OPPORTUNITIES + "/" + id + "/move").then().statusCode(200);
    }
}
