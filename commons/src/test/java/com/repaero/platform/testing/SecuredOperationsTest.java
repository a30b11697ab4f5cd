package com.repaero.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The walk of the security test finds every operation, its roles, and flags one without roles. */
class SecuredOperationsTest {

    private static final String DOC = """
            {"paths": {
              "/api/supplier/things": {
                "get": {"security": [{"SecurityScheme": ["purchasing", "admin"]}]},
                "post": {"requestBody": {"content": {"text/csv": {}}}, "security": [{"SecurityScheme": []}]}
              },
              "/api/supplier/things/{id}": {"parameters": [], "delete": {}},
              "/q/health": {"get": {}}
            }}
            """;

    @Test
    void operationsWithoutRolesAreFlagged() throws Exception {
        List<SecuredOperations.Operation> operations = SecuredOperations.of(new ObjectMapper().readTree(DOC),
                "/api/supplier");

        assertThat(operations).extracting(Object::toString).containsExactlyInAnyOrder("GET /api/supplier/things",
                "POST /api/supplier/things", "DELETE /api/supplier/things/{id}");
        assertThat(operations.get(0).roles()).containsExactlyInAnyOrder("purchasing", "admin");
        assertThat(operations.get(1).contentType()).isEqualTo("text/csv");
        assertThat(operations.get(2).url()).isEqualTo("/api/supplier/things/1");
        assertThat(SecuredOperations.unrestricted(operations)).extracting(Object::toString)
                .containsExactlyInAnyOrder("POST /api/supplier/things", "DELETE /api/supplier/things/{id}");
    }
}
