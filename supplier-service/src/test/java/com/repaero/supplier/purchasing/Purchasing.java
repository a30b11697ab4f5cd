package com.repaero.supplier.purchasing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import com.repaero.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** API steps shared by purchasing tests (each asserts its expected status, so a broken step fails loudly). */
public final class Purchasing {

    public static final String ORDERS = "/api/supplier/orders";
    public static final String BILLS = "/api/supplier/bills";

    private Purchasing() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    public static JsonPath createOrder(OrderRequests order) {
        return as("purchasing").body(order.build()).post(ORDERS).then().statusCode(201).extract().jsonPath();
    }

    /** Creates and sends an order (to an approved supplier); returns the SENT order. */
    public static JsonPath sentOrder(OrderRequests order) {
        JsonPath created = createOrder(order);
        return as("purchasing").header("If-Match", "\"" + created.getInt("version") + "\"")
                .post(ORDERS + "/" + created.getLong("id") + "/send")
                .then().statusCode(200).extract().jsonPath();
    }

    public static String etag(long orderId) {
        return as("purchasing").get(ORDERS + "/" + orderId).then().statusCode(200).extract().header("ETag");
    }

    /** An accepted receipt line with an EASA Form 1 and no serials. */
    public static Map<String, Object> acceptedLine(long orderLineId, Object quantity) {
        return new java.util.LinkedHashMap<>(Map.of("orderLineId", orderLineId, "quantity", quantity,
                "inspectionResult", "ACCEPTED", "certificateType", "EASA_FORM_1",
                "certificateReference", "F1-" + System.nanoTime()));
    }

    public static JsonPath receive(long orderId, List<Map<String, Object>> lines) {
        return as("storekeeper").body(Map.of("deliveryNote", "BL-1", "lines", lines))
                .post(ORDERS + "/" + orderId + "/receipts")
                .then().statusCode(201).extract().jsonPath();
    }
}
