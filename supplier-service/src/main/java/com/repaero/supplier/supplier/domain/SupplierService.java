package com.repaero.supplier.supplier.domain;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.supplier.messaging.SupplierRegistered;

/** Registers suppliers and records what happened in the outbox, in one transaction. */
@ApplicationScoped
public class SupplierService {

    private final Outbox outbox;

    public SupplierService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data needed to register a supplier, already checked for shape at the API edge. */
    public record Registration(String legalName, String siren, String vatNumber, String email) {
    }

    @Transactional
    public Supplier register(Registration registration, String user) {
        if (Supplier.findBySiren(registration.siren()) != null) {
            throw new ProblemException.Conflict("duplicate-siren",
                    "A supplier with SIREN " + registration.siren() + " already exists");
        }
        if (registration.vatNumber() != null
                && !registration.vatNumber().endsWith(registration.siren())) {
            throw new ProblemException.RuleViolated("vat-siren-mismatch",
                    "The VAT number " + registration.vatNumber() + " is not the one of SIREN " + registration.siren());
        }
        Instant now = Instant.now();
        Supplier supplier = new Supplier();
        supplier.legalName = registration.legalName().strip();
        supplier.siren = registration.siren();
        supplier.vatNumber = registration.vatNumber();
        supplier.email = registration.email();
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
}
