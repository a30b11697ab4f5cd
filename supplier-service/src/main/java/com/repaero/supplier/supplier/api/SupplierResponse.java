package com.repaero.supplier.supplier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.repaero.supplier.supplier.domain.ApprovalStatus;
import com.repaero.supplier.supplier.domain.PaymentTerms;
import com.repaero.supplier.supplier.domain.Supplier;
import com.repaero.supplier.supplier.domain.SupplierDetails;

/** A supplier as the API shows it. */
public record SupplierResponse(
        long id,
        String legalName,
        String siren,
        String siret,
        String vatNumber,
        String email,
        PaymentTerms paymentTerms,
        List<AddressData> addresses,
        List<ContactData> contacts,
        List<BankAccountData> bankAccounts,
        List<String> categories,
        ApprovalStatus approvalStatus,
        String approvalScope,
        LocalDate approvedUntil,
        String legacyCode,
        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static SupplierResponse of(Supplier s) {
        SupplierDetails d = s.details();
        return new SupplierResponse(s.id, s.legalName, s.siren, s.siret, s.vatNumber, s.email, s.paymentTerms,
                d.addresses().stream().map(AddressData::of).toList(),
                d.contacts().stream().map(ContactData::of).toList(),
                d.bankAccounts().stream().map(BankAccountData::of).toList(), d.categories(), s.approvalStatus,
                s.approvalScope, s.approvedUntil, s.legacyCode, s.version, s.createdAt, s.createdBy, s.updatedAt,
                s.updatedBy);
    }
}
