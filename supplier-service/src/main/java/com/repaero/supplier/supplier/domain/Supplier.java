package com.repaero.supplier.supplier.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import com.repaero.platform.persistence.AuditedEntity;

/**
 * A company Rep'Aero buys parts and services from. Its collections load lazily, for a whole page of suppliers at once
 * (@BatchSize): a full list costs one query per collection, not one per supplier.
 */
@Entity
@Table(name = "supplier")
public class Supplier extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
    public Long id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    /** The legal name in upper case, what name searches match on; written with the name, never by hand. */
    @Column(name = "search_name", nullable = false)
    String searchName;

    @Column(nullable = false, updatable = false)
    public String siren;

    @Column(name = "vat_number")
    public String vatNumber;

    public String email;

    /** The head office's SIRET (SIREN + establishment number). */
    public String siret;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_terms")
    public PaymentTerms paymentTerms;

    /** The supplier's key in the old Oracle table (CODE_FOUR), for re-running the import; null if created here. */
    @Column(name = "legacy_code")
    public String legacyCode;

    @ElementCollection
    @BatchSize(size = SupplierSearch.MAX_PAGE_SIZE)
    @CollectionTable(name = "supplier_address", joinColumns = @JoinColumn(name = "supplier_id"))
    @OrderColumn(name = "position")
    public List<SupplierAddress> addresses = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = SupplierSearch.MAX_PAGE_SIZE)
    @CollectionTable(name = "supplier_contact", joinColumns = @JoinColumn(name = "supplier_id"))
    @OrderColumn(name = "position")
    public List<SupplierContact> contacts = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = SupplierSearch.MAX_PAGE_SIZE)
    @CollectionTable(name = "supplier_bank_account", joinColumns = @JoinColumn(name = "supplier_id"))
    @OrderColumn(name = "position")
    public List<SupplierBankAccount> bankAccounts = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = SupplierSearch.MAX_PAGE_SIZE)
    @CollectionTable(name = "supplier_category", joinColumns = @JoinColumn(name = "supplier_id"))
    @OrderColumn(name = "position")
    @Column(name = "category", nullable = false)
    public List<String> categories = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_status", nullable = false)
    public ApprovalStatus approvalStatus = ApprovalStatus.NOT_APPROVED;

    /** What the supplier is approved for, e.g. "Rotables ATA 32, EASA Form 1". */
    @Column(name = "approval_scope")
    public String approvalScope;

    @Column(name = "approved_until")
    public LocalDate approvedUntil;

    /** Orders may go to a supplier only while it is approved and its approval has not expired. */
    public boolean isApprovedOn(LocalDate day) {
        return approvalStatus == ApprovalStatus.APPROVED && approvedUntil != null && !day.isAfter(approvedUntil);
    }

    /** What users maintain, as a value to compare and to publish. */
    public SupplierDetails details() {
        return new SupplierDetails(legalName, siren, siret, vatNumber, email, paymentTerms,
                addresses.stream().map(SupplierAddress::toDetails).toList(),
                contacts.stream().map(SupplierContact::toDetails).toList(),
                bankAccounts.stream().map(SupplierBankAccount::toDetails).toList(), List.copyOf(categories));
    }

    /** Replaces what users maintain; the SIREN is the supplier's identity and never changes. */
    void apply(SupplierDetails details) {
        SupplierDetails current = details();
        legalName = details.legalName();
        searchName = searchKey(legalName);
        siret = details.siret();
        vatNumber = details.vatNumber();
        email = details.email();
        paymentTerms = details.paymentTerms();
        // Only touch a collection that really changed: Hibernate rewrites (and versions) any collection it sees modified.
        if (!current.addresses().equals(details.addresses())) {
            replace(addresses, details.addresses().stream().map(SupplierAddress::of).toList());
        }
        if (!current.contacts().equals(details.contacts())) {
            replace(contacts, details.contacts().stream().map(SupplierContact::of).toList());
        }
        if (!current.bankAccounts().equals(details.bankAccounts())) {
            replace(bankAccounts, details.bankAccounts().stream().map(SupplierBankAccount::of).toList());
        }
        if (!current.categories().equals(details.categories())) {
            replace(categories, details.categories());
        }
    }

    /** How a name is matched: upper case, as {@link com.repaero.platform.persistence.LikePattern} writes patterns. */
    static String searchKey(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static <T> void replace(List<T> current, List<T> wanted) {
        current.clear();
        current.addAll(wanted);
    }

    public static Supplier findBySiren(String siren) {
        return find("siren", siren).firstResult();
    }

    public static Supplier findByLegacyCode(String legacyCode) {
        return find("legacyCode", legacyCode).firstResult();
    }
}
