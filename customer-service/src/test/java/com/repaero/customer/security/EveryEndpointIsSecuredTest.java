package com.repaero.customer.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.repaero.platform.security.Roles;
import com.repaero.platform.testing.SecuredOperations;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks the service's own OpenAPI document and calls every operation under /api/supplier anonymously (401) and with a
 * role it does not allow (403), so that a new endpoint cannot slip through unsecured. The allowed roles are the
 * scopes Quarkus writes into each operation's security requirement from its {@code @RolesAllowed}; an operation
 * without one fails the test.
 */
@QuarkusTest
class EveryEndpointIsSecuredTest {

    /** One known operation of each part of the service. */
    private static final String[] EXPECTED = {
            // --- Customers and CRM, migration (cust-crm) ---
            "POST /api/customer/customers",
            "POST /api/customer/crm/opportunities/{id}/move",
            "POST /api/customer/migrations/customers/access",
            // --- Appointments (cust-booking) ---
            "GET /api/customer/appointments",
            // --- End of appointments ---
            // Invoicing and payments (cust-invoicing)
            "POST /api/customer/invoices/{id}/issue", "POST /api/customer/bank-statements",
            "POST /api/customer/payments/credits/{id}/apply",
            // End of invoicing and payments
    };

    /**
     * The deliberately public operations (the booking page's API, @PermitAll): rate limited by the gateway, and
     * each one checked by its own tests against abuse.
     */
    private static final Set<String> PUBLIC = Set.of(
            // --- Appointments: the public booking page (cust-booking) ---
            "GET /api/customer/public/appointment-types",
            "GET /api/customer/public/availability",
            "GET /api/customer/public/booking-form",
            "POST /api/customer/public/bookings",
            "POST /api/customer/public/bookings/{reference}/confirmation",
            "GET /api/customer/public/bookings/{reference}",
            "POST /api/customer/public/bookings/{reference}/cancellation",
            "POST /api/customer/public/bookings/{reference}/reschedule",
            "GET /api/customer/public/bookings/{reference}/calendar.ics",
            "POST /api/customer/public/twilio/sms"
    // --- End of appointments ---
    );

    @Test
    void everyOperationRefusesAnonymousAndWrongRoleCallers() throws Exception {
        List<SecuredOperations.Operation> operations = SecuredOperations.of(new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString()),
                "/api/customer");
        // Guards against a walk that silently finds nothing (e.g. a changed document path): one operation per part.
        assertThat(operations).extracting(Object::toString).contains(EXPECTED);
        assertThat(operations).extracting(Object::toString).containsAll(PUBLIC);

        List<String> failures = new ArrayList<>();
        SecuredOperations.unrestricted(operations).stream().filter(op -> !PUBLIC.contains(op.toString()))
                .forEach(op -> failures.add(op + ": no @RolesAllowed (no role scopes in its security requirement)"));
        for (SecuredOperations.Operation op : operations) {
            if (op.roles().isEmpty()) {
                continue;
            }
            Response anonymous = call(given(), op);
            if (anonymous.statusCode() != 401 || !isProblem(anonymous)) {
                failures.add(op + " anonymous: " + anonymous.statusCode() + " " + anonymous.contentType());
            }
            String wrongRole = allRoles().stream().filter(r -> !op.roles().contains(r)).findFirst()
                    .orElse("no-such-role");
            Response forbidden = call(given().auth().oauth2(TestTokens.forRole(wrongRole)), op);
            if (forbidden.statusCode() != 403 || !isProblem(forbidden)) {
                failures.add(op + " as " + wrongRole + ": " + forbidden.statusCode() + " " + forbidden.contentType());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static Response call(RequestSpecification request, SecuredOperations.Operation op) {
        if (op.contentType() != null) {
            // Bytes, so that RestAssured sends them as is for any content type (application/octet-stream too).
            request = request.contentType(op.contentType()).body("{}".getBytes(StandardCharsets.UTF_8));
        }
        return request.when().request(op.method().toUpperCase(), op.url());
    }

    private static boolean isProblem(Response response) {
        return response.contentType() != null && response.contentType().startsWith("application/problem+json");
    }

    private static Set<String> allRoles() throws IllegalAccessException {
        Set<String> roles = new TreeSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                roles.add((String) field.get(null));
            }
        }
        return roles;
    }
}
