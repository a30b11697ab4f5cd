package com.repaero.supplier.supplier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.supplier.messaging.SupplierApprovalChanged;
import com.repaero.supplier.supplier.messaging.SupplierRegistered;
import com.repaero.supplier.supplier.messaging.SupplierUpdated;

/** Registers, updates and approves suppliers and records what happened in the outbox, in one transaction. */
@ApplicationScoped
public class SupplierService {

    /** Approval expiry dates are calendar days at Rep'Aero's site. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Outbox outbox;

    public SupplierService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A business rule a supplier's details break: a stable code and a sentence. */
    public record RuleViolation(String code, String detail) {
    }

    /** An approval decision, already checked for shape at the API edge. */
    public record ApprovalDecision(ApprovalStatus status, String scope, LocalDate approvedUntil, String reason) {
    }

    @Transactional
    public Supplier register(SupplierDetails details, String user) {
        return register(details, null, user);
    }

    /** Registers a supplier; {@code legacyCode} is its key in the old system when it comes from the import. */
    @Transactional
    public Supplier register(SupplierDetails details, String legacyCode, String user) {
        if (Supplier.findBySiren(details.siren()) != null) {
            throw new ProblemException.Conflict("duplicate-siren",
                    "A supplier with SIREN " + details.siren() + " already exists");
        }
        requireRules(details);
        Instant now = Instant.now();
        Supplier supplier = new Supplier();
        supplier.siren = details.siren();
        supplier.apply(details);
        supplier.legacyCode = legacyCode;
        supplier.createdAt = now;
        supplier.createdBy = user;
        supplier.updatedAt = now;
        supplier.updatedBy = user;
        supplier.persist();
        outbox.record("Supplier", supplier.id.toString(), "SupplierRegistered",
                new SupplierRegistered(supplier.id, supplier.legalName, supplier.siren, supplier.vatNumber,
                        supplier.email, user, now));
        return supplier;
    }

    /**
     * Replaces the details of a supplier if it is still at {@code expectedVersion} (the client's If-Match). Nothing
     * changed: no new version, no event.
     */
    @Transactional
    public Supplier update(long id, int expectedVersion, SupplierDetails details, String user) {
        Supplier supplier = find(id);
        if (supplier.version != expectedVersion) {
            throw new ProblemException.StaleVersion("Supplier " + id);
        }
        if (!supplier.siren.equals(details.siren())) {
            throw new ProblemException.RuleViolated("siren-immutable",
                    "The SIREN identifies the supplier and cannot change (it is " + supplier.siren + ")");
        }
        requireRules(details);
        List<String> changed = details.changedFrom(supplier.details());
        if (changed.isEmpty()) {
            return supplier;
        }
        Instant now = Instant.now();
        supplier.apply(details);
        supplier.updatedAt = now;
        supplier.updatedBy = user;
        flush();
        outbox.record("Supplier", supplier.id.toString(), "SupplierUpdated",
                new SupplierUpdated(supplier.id, supplier.version, supplier.legalName, supplier.siren, supplier.siret,
                        supplier.vatNumber, supplier.email,
                        supplier.paymentTerms == null ? null : supplier.paymentTerms.name(),
                        List.copyOf(supplier.categories), changed, user, now));
        return supplier;
    }

    /** Records an approval decision and its history line. */
    @Transactional
    public Supplier changeApproval(long id, ApprovalDecision decision, String user) {
        Supplier supplier = find(id);
        LocalDate today = LocalDate.now(ZONE);
        if (decision.status() == ApprovalStatus.APPROVED
                && (decision.approvedUntil() == null || !decision.approvedUntil().isAfter(today))) {
            throw new ProblemException.RuleViolated("approval-expiry-not-in-future",
                    "An approval needs an expiry date after today");
        }
        ApprovalStatus from = supplier.approvalStatus;
        Instant now = Instant.now();
        supplier.approvalStatus = decision.status();
        supplier.approvalScope = decision.scope();
        // A suspended or refused supplier keeps no validity date: only APPROVED has one.
        supplier.approvedUntil = decision.status() == ApprovalStatus.APPROVED ? decision.approvedUntil() : null;
        supplier.updatedAt = now;
        supplier.updatedBy = user;
        SupplierApprovalChange change = new SupplierApprovalChange();
        change.supplierId = supplier.id;
        change.changedAt = now;
        change.changedBy = user;
        change.fromStatus = from;
        change.toStatus = decision.status();
        change.scope = decision.scope();
        change.approvedUntil = supplier.approvedUntil;
        change.reason = decision.reason().strip();
        change.persist();
        flush();
        outbox.record("Supplier", supplier.id.toString(), "SupplierApprovalChanged",
                new SupplierApprovalChanged(supplier.id, supplier.legalName, supplier.siren, from.name(),
                        decision.status().name(), change.scope, change.approvedUntil, change.reason, user, now));
        return supplier;
    }

    /** The rules a supplier's details must follow beyond their shape; empty when they do. */
    public static List<RuleViolation> ruleViolations(SupplierDetails details) {
        List<RuleViolation> violations = new ArrayList<>();
        if (details.vatNumber() != null && !details.vatNumber().endsWith(details.siren())) {
            violations.add(new RuleViolation("vat-siren-mismatch",
                    "The VAT number " + details.vatNumber() + " is not the one of SIREN " + details.siren()));
        }
        if (details.siret() != null && !details.siret().startsWith(details.siren())) {
            violations.add(new RuleViolation("siret-siren-mismatch",
                    "The SIRET " + details.siret() + " is not an establishment of SIREN " + details.siren()));
        }
        if (!details.bankAccounts().isEmpty()
                && details.bankAccounts().stream().filter(SupplierDetails.BankAccount::preferred).count() != 1) {
            violations.add(new RuleViolation("default-bank-account",
                    "Exactly one bank account must be the default one"));
        }
        Map<AddressKind, Long> kinds = details.addresses().stream()
                .collect(Collectors.groupingBy(SupplierDetails.Address::kind, Collectors.counting()));
        if (kinds.values().stream().anyMatch(n -> n > 1)) {
            violations.add(new RuleViolation("duplicate-address-kind", "At most one address of each kind"));
        }
        return violations;
    }

    private static void requireRules(SupplierDetails details) {
        List<RuleViolation> violations = ruleViolations(details);
        if (!violations.isEmpty()) {
            throw new ProblemException.RuleViolated(violations.get(0).code(),
                    violations.stream().map(RuleViolation::detail).collect(Collectors.joining("; ")));
        }
    }

    private static Supplier find(long id) {
        return Supplier.<Supplier>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("Supplier", id));
    }

    // Someone else committed between our read and our write: the same answer as a stale If-Match.
    private static void flush() {
        try {
            Supplier.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException.StaleVersion("Supplier");
        }
    }

}
