package com.repaero.platform.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.StatementXml;

/** camt.053 entries become one line per transaction; a grouped booking gives one line per transfer. */
class Camt053Test {

    @Test
    void entriesAndGroupedBookings() {
        StatementXml xml = StatementXml.aStatement().debit("1200.00", "RA-1-2")
                .groupedDebit("300.00", "100.00", "RA-1-3", "200.00", "RA-1-4").credit("50.00");

        Camt053.Statement statement = Camt053.parse(xml.build());

        assertThat(statement.id()).isEqualTo(xml.id());
        assertThat(statement.iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(statement.lines()).hasSize(4);
        Camt053.Line first = statement.lines().get(0);
        assertThat(first.amount()).isEqualByComparingTo("1200.00");
        assertThat(first.debit()).isTrue();
        assertThat(first.endToEndId()).isEqualTo("RA-1-2");
        assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(first.entryReference()).isEqualTo("REF-1");
        assertThat(first.remittance()).isEqualTo("FA");
        assertThat(statement.lines().subList(1, 3)).extracting(Camt053.Line::endToEndId, l -> l.amount().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RA-1-3", "100.00"),
                        org.assertj.core.groups.Tuple.tuple("RA-1-4", "200.00"));
        Camt053.Line credit = statement.lines().get(3);
        assertThat(credit.debit()).isFalse();
        assertThat(credit.endToEndId()).as("NOTPROVIDED is no reference").isNull();
    }

    @Test
    void notAStatement() {
        assertThatThrownBy(() -> Camt053.parse("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>"))
                .isInstanceOf(Camt053.Unreadable.class);
        assertThatThrownBy(() -> Camt053.parse("not xml")).isInstanceOf(Camt053.Unreadable.class);
        assertThatThrownBy(() -> Camt053.parse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">&e;"
                + "</Document>")).isInstanceOf(Camt053.Unreadable.class);
    }
}
