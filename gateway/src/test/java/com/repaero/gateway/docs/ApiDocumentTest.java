package com.repaero.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The documentation page's reading of an OpenAPI document as smallrye-openapi writes it. */
class ApiDocumentTest {

    @Test
    void operationsAreGroupedByTagInTheDocumentsOrder() throws IOException {
        ApiDocument doc = supplierDocument();

        assertThat(doc.title()).isEqualTo("Rep'Aero supplier-service API");
        assertThat(doc.version()).isEqualTo("1.0");
        assertThat(doc.groups()).extracting(ApiDocument.Group::name)
                .containsExactly("Suppliers", "Purchase orders", "");
        assertThat(doc.groups().get(0).description()).isEqualTo("The supplier master");
        assertThat(doc.groups().get(0).operations())
                .extracting(op -> op.method() + " " + op.path())
                .containsExactly("GET /api/supplier/suppliers", "POST /api/supplier/suppliers",
                        "GET /api/supplier/suppliers/{id}");
        assertThat(doc.operationCount()).isEqualTo(5);
    }

    @Test
    void eachOperationHasItsRolesParametersBodyAndAnswers() throws IOException {
        ApiDocument doc = supplierDocument();
        ApiDocument.Operation search = doc.groups().get(0).operations().get(0);
        ApiDocument.Operation register = doc.groups().get(0).operations().get(1);
        ApiDocument.Operation one = doc.groups().get(0).operations().get(2);

        assertThat(search.roles()).containsExactly("accounting", "purchasing");
        assertThat(search.parameters()).extracting(ApiDocument.Parameter::name).containsExactly("q", "page");
        assertThat(search.responses()).containsExactly("200", "401");
        assertThat(search.anchor()).isEqualTo("get-api-supplier-suppliers");
        assertThat(register.body()).isEqualTo("application/json: NewSupplier");
        assertThat(one.parameters()).singleElement()
                .satisfies(p -> assertThat(p.required()).isTrue())
                .satisfies(p -> assertThat(p.in()).isEqualTo("path"));
        assertThat(doc.groups().get(1).operations().get(0).deprecated()).isTrue();
        assertThat(doc.groups().get(2).operations().get(0).roles()).isEmpty();
    }

    static ApiDocument supplierDocument() throws IOException {
        try (InputStream in = ApiDocumentTest.class.getResourceAsStream("/openapi/supplier.json")) {
            return ApiDocument.of(new ObjectMapper().readTree(in));
        }
    }
}
