package com.repaero.supplier.supplier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.supplier.domain.ApprovalStatus;
import com.repaero.supplier.supplier.domain.PaymentTerms;
import com.repaero.supplier.supplier.domain.Supplier;
import com.repaero.supplier.supplier.domain.SupplierDetails;

/** A supplier as the API shows it. */
@Schema(name = "SupplierResponse")
public record SupplierResponse(
        @Schema(examples = "42") long id,
        @Schema(examples = "Aéro Pièces SAS") String legalName,
        @Schema(examples = "732829320") String siren,
        @Schema(examples = "73282932000074") String siret,
        @Schema(examples = "FR44732829320") String vatNumber,
        @Schema(examples = "achats@aeropieces.fr") String email,
        @Schema(examples = "DAYS_45_END_OF_MONTH") PaymentTerms paymentTerms,
        List<AddressData> addresses,
        List<ContactData> contacts,
        List<BankAccountData> bankAccounts,
        @Schema(examples = "[\"rotables\", \"ATA 32\"]") List<String> categories,
        @Schema(examples = "APPROVED") ApprovalStatus approvalStatus,
        @Schema(examples = "Rotables ATA 32, EASA Form 1") String approvalScope,
        @Schema(examples = "2027-11-30", description = "Last day of validity of the approval") LocalDate approvedUntil,
        @Schema(examples = "F0001", description = "Key in the old supplier table, when imported") String legacyCode,
        @Schema(examples = "3", description = "Also the ETag") int version,
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
