package com.repaero.supplier.purchasing.order.api;

import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.OrderRequests.anOrderWithoutLines;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bad order input is a 400 problem+json naming each field (with its line index), never a 500. */
@QuarkusTest
class OrderValidationTest {

    private static final long SUPPLIER = 1;

    @Test
    void negativeQuantityTooManyDecimalsAndNegativePrice() {
        as("purchasing").body(anOrder(SUPPLIER)
                .withLineField(0, "quantity", -1)
                .withLine(com.repaero.supplier.purchasing.OrderRequests.aLine("PN-2", "1.2345", "KG", "-0.01"))
                .withLine(com.repaero.supplier.purchasing.OrderRequests.aLine("PN-3", 1, "EA", "1.23456"))
                .build())
                .post(ORDERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation"))
                .body("errors.field", containsInAnyOrder("lines[0].quantity", "lines[1].quantity",
                        "lines[1].unitPrice", "lines[2].unitPrice"));
    }

    @Test
    void anUnknownUnitNamesTheFieldAndTheAllowedValues() {
        as("purchasing").body(anOrder(SUPPLIER).withLineField(0, "unit", "BARREL").build())
                .post(ORDERS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].unit"))
                .body("errors[0].message", containsString("KG"));
    }

    @Test
    void aWrongTypeNamesTheField() {
        as("purchasing").body(anOrder(SUPPLIER).withLineField(0, "quantity", "two").build())
                .post(ORDERS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].quantity"));
        as("purchasing").body(anOrder(SUPPLIER).withLineField(0, "expectedDate", "15/12/2026").build())
                .post(ORDERS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].expectedDate"));
    }

    @Test
    void hugeStringsAndMissingFieldsAreNamed() {
        as("purchasing").body(anOrder(SUPPLIER).withLineField(0, "partNumber", "P".repeat(100_000))
                .withLineField(0, "description", "")
                .with("notes", "n".repeat(2001))
                .with("supplierId", null)
                .build())
                .post(ORDERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("lines[0].partNumber", "lines[0].description", "notes",
                        "supplierId"));
    }

    @Test
    void anOrderNeedsLines() {
        as("purchasing").body(anOrderWithoutLines(SUPPLIER).build())
                .post(ORDERS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lines"));
    }

    @Test
    void anUnknownSupplierIsRefused() {
        as("purchasing").body(anOrder(999_999_999L).build())
                .post(ORDERS)
                .then().statusCode(422)
                .body("code", equalTo("unknown-supplier"));
    }

    @Test
    void badSearchParametersAreNamed() {
        as("purchasing").queryParam("state", "LOST").queryParam("sort", "password").queryParam("size", 0)
                .get(ORDERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("state", "sort", "size"));
    }

    @Test
    void anUnknownOrderIsNotFound() {
        as("purchasing").get(ORDERS + "/999999999")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
