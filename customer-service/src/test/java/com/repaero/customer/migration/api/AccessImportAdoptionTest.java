package com.repaero.customer.migration.api;

import static com.repaero.customer.customer.CustomerApi.CUSTOMERS;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.migration.AccessImportApi.report;
import static com.repaero.customer.migration.LegacyAccessFile.aFile;
import static com.repaero.customer.migration.LegacyAccessFile.nextKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A company registered here before the import (by hand, or by a booking) is the same customer: adopted, not doubled. */
@QuarkusTest
class AccessImportAdoptionTest {

    @Test
    void aCustomerWithTheSameSirenAndNoOldKeyIsAdopted() {
        CustomerRequests known = CustomerRequests.aCustomer();
        long id = register(known);
        int key = nextKey();

        JsonPath report = report(aFile().client(key, "RaisonSociale", "NOM ACCESS", "SIREN", known.siren()).write(),
                false);

        assertThat(report.getString("customers.rows[0].outcome")).isEqualTo("UPDATED");
        assertThat(report.getLong("customers.rows[0].id")).isEqualTo(id);
        assertThat(report.getList("customers.rows[0].changedFields")).contains("legalName", "legacyKey");
        as("sales").get(CUSTOMERS + "/" + id).then()
                .body("legacyKey", equalTo(String.valueOf(key)))
                .body("legalName", equalTo("NOM ACCESS"));
        assertThat(report(aFile().client(key, "RaisonSociale", "NOM ACCESS", "SIREN", known.siren()).write(), false)
                .getString("customers.rows[0].outcome")).isEqualTo("UNCHANGED");
    }
}
