package com.repaero.supplier.purchasing.bill.api;

import static com.repaero.supplier.purchasing.bill.BillRequests.aBill;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.TestTokens;
import com.repaero.supplier.purchasing.Suppliers;
import com.repaero.supplier.purchasing.bill.ReceivedOrders;
import com.repaero.supplier.supplier.domain.PaymentTerms;
import com.repaero.supplier.supplier.domain.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A bill entered without a due date gets the one of its supplier's payment terms. */
@QuarkusTest
class BillDueDateTest {

    @Test
    void theSuppliersPaymentTermsGiveTheDueDate() {
        long supplierId = Suppliers.approved();
        QuarkusTransaction.requiringNew()
                .run(() -> Supplier.<Supplier>findById(supplierId).paymentTerms = PaymentTerms.DAYS_45_END_OF_MONTH);
        JsonPath order = ReceivedOrders.aReceivedOrder(supplierId);
        LocalDate invoiceDate = LocalDate.now().minusDays(1);

        given().auth().oauth2(TestTokens.forRole("accounting")).contentType(ContentType.JSON)
                .body(aBill(order.getLong("id")).withLine(order.getLong("lines[0].id"), 4, "250.00").without("dueDate")
                        .build())
                .when().post("/api/supplier/bills")
                .then().statusCode(201)
                .body("dueDate", equalTo(PaymentTerms.DAYS_45_END_OF_MONTH.dueDate(invoiceDate).toString()));
    }

    @Test
    void withoutTermsTheDueDateIsRequired() {
        JsonPath order = ReceivedOrders.aReceivedOrder();

        given().auth().oauth2(TestTokens.forRole("accounting")).contentType(ContentType.JSON)
                .body(aBill(order.getLong("id")).withLine(order.getLong("lines[0].id"), 4, "250.00").without("dueDate")
                        .build())
                .when().post("/api/supplier/bills")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("due-date-required"));
    }
}
