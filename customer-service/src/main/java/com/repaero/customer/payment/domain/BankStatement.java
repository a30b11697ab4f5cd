package com.repaero.customer.payment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An imported camt.053 statement of our account, once per bank statement Id. */
@Entity
@Table(name = "bank_statement")
public class BankStatement extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "bank_statement_seq", sequenceName = "bank_statement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_statement_seq")
    public Long id;

    @Column(name = "statement_ref", nullable = false, updatable = false)
    public String statementRef;

    public String iban;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL)
    @OrderBy("lineNumber")
    public List<StatementLine> lines = new ArrayList<>();

    @Column(name = "imported_at", nullable = false, updatable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false)
    public String importedBy;

    public static BankStatement findByRef(String ref) {
        return find("statementRef", ref).firstResult();
    }
}
