package com.repaero.customer.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.repaero.customer.payment.domain.PaymentMatcher.OpenInvoice;
import com.repaero.customer.payment.domain.PaymentMatcher.Rule;

/** Every matching rule of ADR 0014, on invoices in memory. */
class PaymentMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final OpenInvoice A = new OpenInvoice(1, "FA-2026-00001", 10, new BigDecimal("1200.00"), DAY);
    private static final OpenInvoice B = new OpenInvoice(2, "FA-2026-00002", 10, new BigDecimal("300.00"),
            DAY.minusDays(10));
    private static final OpenInvoice PAID = new OpenInvoice(3, "FA-2026-00003", 20, BigDecimal.ZERO, DAY);
    private static final OpenInvoice C = new OpenInvoice(4, "FA-2026-00004", 30, new BigDecimal("450.50"), DAY);
    private static final OpenInvoice D = new OpenInvoice(5, "FA-2026-00005", 40, new BigDecimal("450.50"), DAY);

    private static final PaymentMatcher.Invoices INVOICES = new PaymentMatcher.Invoices() {
        private final List<OpenInvoice> all = List.of(A, B, PAID, C, D);

        @Override
        public List<OpenInvoice> byNumbers(Collection<String> numbers) {
            return all.stream().filter(i -> numbers.contains(i.number())).toList();
        }

        @Override
        public List<OpenInvoice> owingExactly(BigDecimal amount) {
            return all.stream().filter(i -> i.outstanding().compareTo(amount) == 0).toList();
        }

        @Override
        public List<Long> customersOwingInTotal(BigDecimal amount) {
            Map<Long, List<OpenInvoice>> byCustomer = all.stream().filter(i -> i.outstanding().signum() > 0)
                    .collect(Collectors.groupingBy(OpenInvoice::customerId));
            return byCustomer.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .filter(e -> e.getValue().stream().map(OpenInvoice::outstanding)
                            .reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(amount) == 0)
                    .map(Map.Entry::getKey).toList();
        }

        @Override
        public List<OpenInvoice> openOf(long customerId) {
            return all.stream().filter(i -> i.customerId() == customerId && i.outstanding().signum() > 0).toList();
        }
    };

    private static PaymentMatcher.Match match(String amount, String endToEndId, String remittance) {
        return PaymentMatcher.match(new BigDecimal(amount), endToEndId, remittance, INVOICES).orElse(null);
    }

    @Test
    void aReferencedInvoiceIsPaidInPart() {
        PaymentMatcher.Match match = match("500.00", null, "Acompte facture FA-2026-00001");
        assertThat(match.rule()).isEqualTo(Rule.REFERENCE);
        assertThat(match.allocations()).singleElement().satisfies(a -> {
            assertThat(a.invoice()).isEqualTo(A);
            assertThat(a.amount()).isEqualByComparingTo("500.00");
        });
        assertThat(match.credit()).isEqualByComparingTo("0");
    }

    @Test
    void theEndToEndIdCanCarryTheReference() {
        assertThat(match("1200.00", "FA202600001", "VIREMENT SEPA").allocations()).extracting(a -> a.invoice().id())
                .containsExactly(1L);
    }

    @Test
    void aGroupedPaymentPaysTheOldestFirstAndKeepsTheRestAsCredit() {
        PaymentMatcher.Match match = match("1600.00", null, "FA-2026-00001 FA-2026-00002");
        assertThat(match.allocations()).extracting(a -> a.invoice().id(), a -> a.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "300.00"),
                        org.assertj.core.groups.Tuple.tuple(1L, "1200.00"));
        assertThat(match.credit()).isEqualByComparingTo("100.00");
        assertThat(match.customerId()).isEqualTo(10);
    }

    @Test
    void payingAnInvoiceAlreadyPaidIsTheCustomersCredit() {
        PaymentMatcher.Match match = match("99.00", null, "FA-2026-00003");
        assertThat(match.allocations()).isEmpty();
        assertThat(match.credit()).isEqualByComparingTo("99.00");
        assertThat(match.customerId()).isEqualTo(20);
    }

    @Test
    void withoutReferenceAUniqueAmountOrACustomersTotalMatches() {
        assertThat(match("300.00", null, "Paiement").allocations()).extracting(a -> a.invoice().id())
                .containsExactly(2L);
        PaymentMatcher.Match total = match("1500.00", "NOTPROVIDED", "Règlement relevé de novembre");
        assertThat(total.rule()).isEqualTo(Rule.CUSTOMER_TOTAL);
        assertThat(total.allocations()).extracting(a -> a.invoice().id()).containsExactly(2L, 1L);
        assertThat(total.credit()).isEqualByComparingTo("0");
    }

    @Test
    void anAmbiguousOrUnknownPaymentWaitsForAPerson() {
        assertThat(match("450.50", null, "Paiement")).isNull(); // two invoices owe 450.50
        assertThat(match("12.34", null, "Paiement")).isNull();
        assertThat(match("12.34", null, "FA-2026-09999")).isNull(); // no such invoice, and no amount
    }
}
