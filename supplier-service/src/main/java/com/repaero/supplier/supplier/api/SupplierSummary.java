package com.repaero.supplier.supplier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.supplier.domain.ApprovalStatus;
import com.repaero.supplier.supplier.domain.PaymentTerms;
import com.repaero.supplier.supplier.domain.SupplierSearch;

/**
 * A supplier in a list: the fields of {@link SupplierResponse} a list shows, same names and types, plus the city. A
 * client that reads lists with unknown fields ignored works with either.
 */
@Schema(name = "SupplierSummary", description = "A supplier in a list (the default view of the search). Same field "
        + "names as SupplierResponse; no addresses, contacts, bank accounts, approval scope or legacy key: read the "
        + "supplier, or search with view=full.")
public record SupplierSummary(
        @Schema(examples = "42") long id,
        @Schema(examples = "Aéro Pièces SAS") String legalName,
        @Schema(examples = "732829320") String siren,
        @Schema(examples = "73282932000074") String siret,
        @Schema(examples = "FR44732829320") String vatNumber,
        @Schema(examples = "achats@aeropieces.fr") String email,
        @Schema(examples = "Blagnac", description = "City of the billing address, else of the ordering address") String city,
        @Schema(examples = "DAYS_45_END_OF_MONTH") PaymentTerms paymentTerms,
        @Schema(examples = "[\"rotables\", \"ATA 32\"]") List<String> categories,
        @Schema(examples = "APPROVED") ApprovalStatus approvalStatus,
        @Schema(examples = "2027-11-30", description = "Last day of validity of the approval") LocalDate approvedUntil,
        @Schema(examples = "3", description = "The version, as in the supplier's ETag") int version,
        Instant createdAt,
        Instant updatedAt) {

    static SupplierSummary of(SupplierSearch.Listing l) {
        return new SupplierSummary(l.id(), l.legalName(), l.siren(), l.siret(), l.vatNumber(), l.email(), l.city(),
                l.paymentTerms(), l.categories(), l.approvalStatus(), l.approvedUntil(), l.version(), l.createdAt(),
                l.updatedAt());
    }
}
