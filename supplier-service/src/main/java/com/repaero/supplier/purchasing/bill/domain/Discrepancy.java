package com.repaero.supplier.purchasing.bill.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One finding of the three-way match: bill line (null for the whole bill), kind, expected and actual values. */
@Embeddable
public class Discrepancy {

    @Column(name = "line_number")
    public Integer lineNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DiscrepancyKind kind;

    @Column(name = "expected_value", precision = 19, scale = 4)
    public BigDecimal expected;

    @Column(name = "actual_value", precision = 19, scale = 4)
    public BigDecimal actual;

    protected Discrepancy() {
    }

    public Discrepancy(Integer lineNumber, DiscrepancyKind kind, BigDecimal expected, BigDecimal actual) {
        this.lineNumber = lineNumber;
        this.kind = kind;
        this.expected = expected;
        this.actual = actual;
    }

    @Override
    public String toString() {
        return "line %s %s expected %s actual %s".formatted(lineNumber, kind, expected, actual);
    }
}
