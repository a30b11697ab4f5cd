package com.repaero.customer.crm.api;

import static com.repaero.customer.crm.CrmApi.DEVIS_ENVOYE;
import static com.repaero.customer.crm.CrmApi.PERDU;
import static com.repaero.customer.crm.CrmApi.PIPELINE;
import static com.repaero.customer.crm.CrmApi.aCustomerId;
import static com.repaero.customer.crm.CrmApi.anOpportunity;
import static com.repaero.customer.crm.CrmApi.create;
import static com.repaero.customer.crm.CrmApi.move;
import static com.repaero.customer.customer.CustomerApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The board groups a customer's opportunities by stage with count, total and weighted total. */
@QuarkusTest
class PipelineBoardTest {

    @Test
    void groupsByStageWithTotals() {
        long customer = aCustomerId();
        create(anOpportunity(customer, "A", "1000.00"));
        Map<String, Object> urgent = anOpportunity(customer, "B — AOG", "500.00");
        urgent.put("urgent", true);
        create(urgent);
        long quoted = create(anOpportunity(customer, "C", "2000.00"));
        move(quoted, DEVIS_ENVOYE);
        long lost = create(anOpportunity(customer, "D", "9999.00"));
        move(lost, PERDU);

        as("accounting").queryParam("customerId", customer).get(PIPELINE)
                .then().statusCode(200)
                .body("stages.name", hasItems("Nouveau", "Qualifié", "Devis envoyé", "Négociation", "Gagné", "Perdu"))
                .body("stages.find { it.name == 'Nouveau' }.count", equalTo(2))
                .body("stages.find { it.name == 'Nouveau' }.total", equalTo(1500.0f))
                .body("stages.find { it.name == 'Nouveau' }.weighted", equalTo(150.0f))
                .body("stages.find { it.name == 'Nouveau' }.opportunities[0].title", equalTo("B — AOG"))
                .body("stages.find { it.name == 'Devis envoyé' }.weighted", equalTo(1000.0f))
                .body("stages.find { it.name == 'Perdu' }.count", equalTo(1))
                .body("openCount", equalTo(3))
                .body("openTotal", equalTo(3500.0f))
                .body("openWeighted", equalTo(1150.0f));
    }

    @Test
    void cardsPerColumnAreCappedButCounted() {
        long customer = aCustomerId();
        for (int i = 0; i < 3; i++) {
            create(anOpportunity(customer, "X" + i, "1"));
        }
        as("sales").queryParam("customerId", customer).queryParam("perStage", 2).get(PIPELINE)
                .then().statusCode(200)
                .body("stages[0].count", equalTo(3))
                .body("stages[0].opportunities.size()", equalTo(2));
    }
}
