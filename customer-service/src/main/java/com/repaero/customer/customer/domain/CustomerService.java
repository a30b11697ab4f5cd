package com.repaero.customer.customer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import com.repaero.customer.customer.messaging.CustomerRegistered;
import com.repaero.customer.customer.messaging.CustomerUpdated;
import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;

/** Registers, updates and archives customers and records what happened in the outbox, in one transaction. */
@ApplicationScoped
public class CustomerService {

    private final Outbox outbox;

    public CustomerService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A business rule a customer's details break: a stable code and a sentence. */
    public record RuleViolation(String code, String detail) {
    }

    /** Registers a customer; {@code legacyKey} is its key in the Access database when it comes from the import. */
    @Transactional
    public Customer register(CustomerDetails details, String legacyKey, String user) {
        requireUniqueSiren(details.siren(), null);
        requireRules(details);
        Instant now = Instant.now();
        Customer customer = new Customer();
        customer.apply(details);
        customer.legacyKey = legacyKey;
        customer.markCreated(user, now);
        customer.persist();
        outbox.record("Customer", customer.id.toString(), "CustomerRegistered",
                new CustomerRegistered(customer.id, customer.legalName, customer.siren, customer.vatNumber,
                        customer.country, customer.email, legacyKey, user, now));
        return customer;
    }

    /**
     * Replaces the details of a customer if it is still at {@code expectedVersion} (the client's If-Match). A SIREN
     * may be added once (a prospect completed by sales) but never changed. Nothing changed: no new version, no event.
     */
    @Transactional
    public Customer update(long id, int expectedVersion, CustomerDetails details, String user) {
        Customer customer = find(id);
        if (customer.version != expectedVersion) {
            throw new ProblemException.StaleVersion("The customer");
        }
        if (customer.siren != null && !customer.siren.equals(details.siren())) {
            throw new ProblemException.RuleViolated("siren-immutable",
                    "The SIREN identifies the customer and cannot change (it is " + customer.siren + ")");
        }
        requireUniqueSiren(details.siren(), customer.id);
        requireRules(details);
        List<String> changed = details.changedFrom(customer.details());
        if (changed.isEmpty()) {
            return customer;
        }
        customer.apply(details);
        published(customer, changed, user);
        return customer;
    }

    /** Archives (or restores) a customer: it leaves (or re-enters) the lists; its history stays. */
    @Transactional
    public Customer archive(long id, int expectedVersion, boolean archived, String user) {
        Customer customer = find(id);
        if (customer.version != expectedVersion) {
            throw new ProblemException.StaleVersion("The customer");
        }
        if (customer.archived == archived) {
            return customer;
        }
        customer.archived = archived;
        published(customer, List.of("archived"), user);
        return customer;
    }

    /** Adds a contact to a customer (a booking from someone new at a known company). */
    @Transactional
    public Customer addContact(long id, CustomerDetails.Contact contact, String user) {
        Customer customer = find(id);
        CustomerDetails current = customer.details();
        List<CustomerDetails.Contact> contacts = new ArrayList<>(current.contacts());
        contacts.add(contact);
        customer.apply(new CustomerDetails(current.legalName(), current.siren(), current.siret(),
                current.vatNumber(), current.country(), current.billingAddress(), current.deliveryAddress(),
                current.email(), current.phone(), current.paymentTerms(), current.notes(), contacts));
        published(customer, List.of("contacts"), user);
        return customer;
    }

    /** The rules a customer's details must follow beyond their shape; empty when they do. */
    public static List<RuleViolation> ruleViolations(CustomerDetails details) {
        List<RuleViolation> violations = new ArrayList<>();
        if (details.vatNumber() != null && details.vatNumber().startsWith("FR")
                && (details.siren() == null || !details.vatNumber().endsWith(details.siren()))) {
            violations.add(new RuleViolation("vat-siren-mismatch",
                    "The VAT number " + details.vatNumber() + " is not the one of SIREN " + details.siren()));
        }
        if (details.siret() != null && (details.siren() == null || !details.siret().startsWith(details.siren()))) {
            violations.add(new RuleViolation("siret-siren-mismatch",
                    "The SIRET " + details.siret() + " is not an establishment of SIREN " + details.siren()));
        }
        return violations;
    }

    private void published(Customer customer, List<String> changed, String user) {
        Instant now = Instant.now();
        customer.markUpdated(user, now);
        flush();
        outbox.record("Customer", customer.id.toString(), "CustomerUpdated",
                new CustomerUpdated(customer.id, customer.version, customer.legalName, customer.siren,
                        customer.siret, customer.vatNumber, customer.country, customer.email,
                        customer.paymentTerms == null ? null : customer.paymentTerms.name(), customer.archived,
                        changed, user, now));
    }

    private static void requireUniqueSiren(String siren, Long self) {
        if (siren == null) {
            return;
        }
        Customer other = Customer.findBySiren(siren);
        if (other != null && !other.id.equals(self)) {
            throw new ProblemException.Conflict("duplicate-siren",
                    "Customer " + other.id + " already has SIREN " + siren);
        }
    }

    private static void requireRules(CustomerDetails details) {
        List<RuleViolation> violations = ruleViolations(details);
        if (!violations.isEmpty()) {
            throw new ProblemException.RuleViolated(violations.get(0).code(),
                    violations.stream().map(RuleViolation::detail).collect(Collectors.joining("; ")));
        }
    }

    static Customer find(long id) {
        return Customer.<Customer>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("Customer", id));
    }

    // Someone else committed between our read and our write: the same answer as a stale If-Match.
    private static void flush() {
        try {
            Customer.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException.StaleVersion("The customer");
        }
    }
}
