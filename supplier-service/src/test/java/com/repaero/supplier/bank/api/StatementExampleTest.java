package com.repaero.supplier.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.repaero.platform.bank.Camt053;

/** The camt.053 example of the OpenAPI document is a statement the import reads: one debit paying a bill's transfer. */
class StatementExampleTest {

    @Test
    void theDocumentedExampleIsReadable() {
        Camt053.Statement statement = Camt053.parse(BankStatementResource.CAMT053_EXAMPLE.strip());

        assertThat(statement.id()).isEqualTo("STMT-2026-328");
        assertThat(statement.lines()).singleElement().satisfies(line -> {
            assertThat(line.debit()).isTrue();
            assertThat(line.amount()).isEqualByComparingTo(new BigDecimal("1200.00"));
            assertThat(line.endToEndId()).isEqualTo("RA-51-317");
        });
    }
}
