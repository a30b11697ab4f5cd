package com.repaero.supplier.bank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** EndToEndIds, SEPA texts, amounts and the request hash behind the Idempotency-Key. */
class SepaIdsTest {

    @Test
    void endToEndIdNamesBatchAndBillWithin35Characters() {
        assertThat(EndToEndIds.of(51, 1201)).isEqualTo("RA-51-1201");
        assertThat(EndToEndIds.of(Long.MAX_VALUE / 1_000_000, 1)).hasSizeLessThanOrEqualTo(35);
        assertThatThrownBy(() -> EndToEndIds.of(Long.MAX_VALUE, Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textKeepsTheSepaCharacterSet() {
        assertThat(SepaText.of("Société Aéro & Fils — n°12", 70)).isEqualTo("Societe Aero Fils n 12");
        assertThat(SepaText.of("FA-2026/001 (acompte) : 1/2", 140)).isEqualTo("FA-2026/001 (acompte) : 1/2");
        assertThat(SepaText.of("A".repeat(80), 70)).hasSize(70);
    }

    @Test
    void amountsHaveTwoDecimalsAndTheControlSumAddsThemUp() {
        assertThat(Pain001.amount(new BigDecimal("100"))).isEqualTo("100.00");
        assertThat(Pain001.amount(new BigDecimal("1242.4"))).isEqualTo("1242.40");
        assertThatThrownBy(() -> Pain001.amount(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
        assertThat(Pain001Files.twoTransfers().controlSum()).isEqualByComparingTo("1342.42");
    }

    @Test
    void requestHashIgnoresTheOrderOfBillsButNotTheDate() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        String hash = PaymentBatchService.requestHash(new TreeSet<>(List.of(3L, 1L, 2L)), day);

        assertThat(PaymentBatchService.requestHash(new TreeSet<>(List.of(1L, 2L, 3L)), day)).isEqualTo(hash);
        assertThat(PaymentBatchService.requestHash(new TreeSet<>(List.of(1L, 2L)), day)).isNotEqualTo(hash);
        assertThat(PaymentBatchService.requestHash(new TreeSet<>(List.of(1L, 2L, 3L)), day.plusDays(1)))
                .isNotEqualTo(hash);
    }

    @Test
    void emptyBatchIsRefused() {
        assertThatThrownBy(() -> Pain001.write(new Pain001.Batch("RAPAY-1", java.time.LocalDateTime.now(),
                LocalDate.now(), Pain001Files.DEBTOR, List.of()))).isInstanceOf(IllegalArgumentException.class);
    }
}
