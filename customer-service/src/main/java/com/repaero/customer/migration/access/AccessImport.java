package com.repaero.customer.migration.access;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.repaero.customer.crm.domain.Activity;
import com.repaero.customer.crm.domain.ActivityService;
import com.repaero.customer.crm.domain.ActivityType;
import com.repaero.customer.crm.domain.Note;
import com.repaero.customer.crm.domain.NoteService;
import com.repaero.customer.customer.api.AddressData;
import com.repaero.customer.customer.api.ContactData;
import com.repaero.customer.customer.api.CustomerRequest;
import com.repaero.customer.customer.domain.Customer;
import com.repaero.customer.customer.domain.CustomerDetails;
import com.repaero.customer.customer.domain.CustomerService;
import com.repaero.customer.customer.domain.PaymentTerms;
import com.repaero.customer.migration.access.AccessImportReport.Outcome;
import com.repaero.customer.migration.access.AccessImportReport.Reason;
import com.repaero.customer.migration.access.AccessImportReport.Row;

/**
 * Imports customers, their contacts and their history from the MS Access file, keyed by the old keys: a new key is
 * created, a known one updated if Access changed it, else left alone, so the import re-runs for the go-live delta.
 * Rows are checked with the API's own rules; a bad row is rejected with its reasons (in Access column names) and the
 * others still go in. A dry run is the same run, rolled back: its report is exactly what the real run would do.
 *
 * <p>
 * Access owns what it holds (company identity, addresses, phone, e-mail, terms, notes, the contacts it lists); contacts
 * added here (without an old key) are kept. A customer registered here (by hand or by a booking) with the same SIREN
 * and no old key is adopted: it gets the old key and Access's data.
 */
@ApplicationScoped
public class AccessImport {

    private static final String CUSTOMER = "CUSTOMER";
    private static final String CONTACT = "CONTACT";

    private final AccessMapping mapping;
    private final CustomerService customers;
    private final ActivityService activities;
    private final NoteService notes;
    private final Validator validator;
    private final TransactionManager transactions;

    public AccessImport(AccessMapping mapping, CustomerService customers, ActivityService activities,
            NoteService notes, Validator validator, TransactionManager transactions) {
        this.mapping = mapping;
        this.customers = customers;
        this.activities = activities;
        this.notes = notes;
        this.validator = validator;
        this.transactions = transactions;
    }

    /** Imports (or, in a dry run, imports and rolls back) the whole file in one transaction. */
    @Transactional
    public AccessImportReport run(Path file, boolean dryRun, String user) throws AccessFile.Unreadable {
        Run run = new Run(user);
        try (AccessFile access = AccessFile.open(file)) {
            AccessMapping.Customers c = mapping.customers();
            if (!access.hasTable(c.table())) {
                throw new AccessFile.Unreadable("has no table " + c.table()
                        + " (set repaero.migration.access.customers.table to the customers table)");
            }
            AccessMapping.Contacts k = mapping.contacts();
            Map<String, List<LegacyRow>> contactsByCustomer = new LinkedHashMap<>();
            if (access.hasTable(k.table())) {
                access.rows(k.table(), contactColumns(k), Set.of("key", "customerKey"),
                        row -> contactsByCustomer.computeIfAbsent(Objects.requireNonNullElse(row.text("customerKey"),
                                ""), key -> new ArrayList<>()).add(row));
            }
            access.rows(c.table(), customerColumns(c), Set.of("key", "legalName"),
                    row -> importCustomer(row, contactsByCustomer.remove(Objects.requireNonNullElse(row.text("key"),
                            "\u0000")), run));
            // Contacts whose customer is not in the customers table.
            contactsByCustomer.forEach((customerKey, rows) -> rows.forEach(row -> run.report.contacts.add(rejected(row,
                    CONTACT, new Reason(k.customerKey(), customerKey.isEmpty()
                            ? "is missing"
                            : customerKey + " is not in table " + c.table())))));
            AccessMapping.History h = mapping.history();
            if (access.hasTable(h.table())) {
                access.rows(h.table(), historyColumns(h), Set.of("key", "customerKey"),
                        row -> importHistory(row, run));
            }
        }
        if (dryRun) {
            rollbackOnly();
        }
        return run.report.build(dryRun);
    }

    /** State of one run: what the file held so far, and the report. */
    private static final class Run {
        final String user;
        final AccessImportReport.Builder report = new AccessImportReport.Builder();
        final Set<String> customerKeys = new HashSet<>();
        final Map<String, String> keyBySiren = new HashMap<>();
        final Map<String, Long> customerIds = new HashMap<>();
        final Set<String> historyKeys = new HashSet<>();
        /** The contact rows of the customer being imported, reported once its fate is known. */
        final List<Row> pendingContacts = new ArrayList<>();

        Run(String user) {
            this.user = user;
        }
    }

    // --- Customers and their contacts -------------------------------------------------------------------------

    private void importCustomer(LegacyRow row, List<LegacyRow> contactRows, Run run) {
        AccessMapping.Customers c = mapping.customers();
        List<LegacyRow> contacts = contactRows == null ? List.of() : sortedByKey(contactRows);
        String key = row.text("key");
        run.pendingContacts.clear();
        Row outcome = customerOutcome(row, key, contacts, run);
        run.report.customers.add(outcome);
        if (outcome.outcome() == Outcome.REJECTED) {
            contacts.forEach(contact -> run.report.contacts.add(rejected(contact, CONTACT, contact.text("key"),
                    List.of(new Reason(mapping.contacts().customerKey(),
                            "customer " + key + " of table " + c.table() + " is rejected")))));
            return;
        }
        run.customerIds.put(key, outcome.id());
        for (Row contact : run.pendingContacts) {
            run.report.contacts.add(contact.outcome() == Outcome.REJECTED
                    ? contact
                    : new Row(contact.line(), contact.legacyKey(), CONTACT, contact.outcome(), outcome.id(),
                            contact.changedFields(), contact.reasons()));
        }
    }

    private Row customerOutcome(LegacyRow row, String key, List<LegacyRow> contactRows, Run run) {
        AccessMapping.Customers c = mapping.customers();
        if (key == null) {
            return rejected(row, CUSTOMER, new Reason(c.key(), "is missing"));
        }
        if (key.length() > 50) {
            return rejected(row, CUSTOMER, new Reason(c.key(), "is longer than 50 characters"));
        }
        if (!run.customerKeys.add(key)) {
            return rejected(row, CUSTOMER, key, List.of(new Reason(c.key(), key + " appears more than once")));
        }
        Customer target = Customer.findByLegacyKey(key);
        boolean adopted = false;
        String siren = sirenOf(row);
        if (target == null && siren != null) {
            Customer sameSiren = Customer.findBySiren(siren);
            if (sameSiren != null && sameSiren.legacyKey != null) {
                return rejected(row, CUSTOMER, key, List.of(new Reason(c.siren(), siren + " is already customer "
                        + sameSiren.id + ", imported from " + sameSiren.legacyKey)));
            }
            // Registered here (by hand or by a booking) before the import: the same company, adopted.
            target = sameSiren;
            adopted = sameSiren != null;
        }
        List<Reason> reasons = new ArrayList<>();
        CustomerRequest request = toRequest(row, target, contactRows, run, reasons);
        reasons.addAll(violations(request, this::customerColumn));
        if (!reasons.isEmpty()) {
            return rejected(row, CUSTOMER, key, reasons);
        }
        CustomerDetails details = request.toDetails();
        if (details.siren() != null) {
            String otherKey = run.keyBySiren.putIfAbsent(details.siren(), key);
            if (otherKey != null) {
                return rejected(row, CUSTOMER, key,
                        List.of(new Reason(c.siren(), details.siren() + " is also the SIREN of " + otherKey)));
            }
        }
        if (target == null) {
            Customer created = customers.register(details, key, run.user);
            return new Row(row.line(), key, CUSTOMER, Outcome.CREATED, created.id, List.of(), List.of());
        }
        if (target.siren != null && !target.siren.equals(details.siren())) {
            return rejected(row, CUSTOMER, key, List.of(new Reason(c.siren(),
                    "changed from " + target.siren + " to " + details.siren() + "; a SIREN never changes")));
        }
        List<String> changed = new ArrayList<>(details.changedFrom(target.details()));
        if (!changed.isEmpty()) {
            customers.update(target.id, target.version, details, run.user);
        }
        if (adopted) {
            target.legacyKey = key;
            changed.add("legacyKey");
        }
        return new Row(row.line(), key, CUSTOMER, changed.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED,
                target.id, changed, List.of());
    }

    private static String sirenOf(LegacyRow row) {
        String siret = LegacyValues.digits(row.text("siret"));
        String siren = LegacyValues.digits(row.text("siren"));
        if (siren == null && siret != null && siret.length() == 14) {
            siren = siret.substring(0, 9);
        }
        return siren;
    }

    /**
     * The row as the API would receive it; its contacts merged with the ones users added here. Values that cannot
     * even be shaped (unknown country, unknown payment terms) add reasons.
     */
    private CustomerRequest toRequest(LegacyRow row, Customer existing, List<LegacyRow> contactRows, Run run,
            List<Reason> reasons) {
        AccessMapping.Customers c = mapping.customers();
        String siret = LegacyValues.digits(row.text("siret"));
        String siren = sirenOf(row);
        String vat = row.text("vatNumber");
        vat = vat == null ? null : vat.replace(" ", "").toUpperCase(Locale.ROOT);
        String country = countryOf(row.text("country"), c.country(), reasons);
        AddressData billing = address(row.text("address1"), row.text("address2"), row.text("postalCode"),
                row.text("city"), country);
        String deliveryCountry = row.text("deliveryCountry") == null
                ? country
                : countryOf(row.text("deliveryCountry"), c.deliveryCountry(), reasons);
        AddressData delivery = address(row.text("deliveryAddress1"), row.text("deliveryAddress2"),
                row.text("deliveryPostalCode"), row.text("deliveryCity"), deliveryCountry);
        Optional<PaymentTerms> terms = LegacyValues.paymentTerms(row.text("paymentTerms"));
        if (row.text("paymentTerms") != null && terms.isEmpty()) {
            reasons.add(new Reason(c.paymentTerms(), "\"" + row.text("paymentTerms")
                    + "\" is not a known payment term (comptant, 30 jours, 30 jours fin de mois, 45 jours, "
                    + "45 jours fin de mois, 60 jours)"));
        }
        String phone = LegacyValues.e164(row.text("phone"));
        return new CustomerRequest(row.text("legalName"), siren, siret, vat, country, billing, delivery,
                row.text("email"), phone, terms.orElse(null), row.text("notes"),
                mergedContacts(row.text("key"), existing, contactRows, run));
    }

    private String countryOf(String value, String column, List<Reason> reasons) {
        Optional<String> code = LegacyValues.country(value);
        if (code.isEmpty()) {
            reasons.add(new Reason(column, "\"" + value + "\" is not a known country"));
            return null;
        }
        return code.get();
    }

    private static AddressData address(String line1, String line2, String postalCode, String city, String country) {
        if (line1 == null && postalCode == null && city == null) {
            return null;
        }
        return new AddressData(line1, line2, LegacyValues.postalCode(postalCode, country), city, country);
    }

    /**
     * Access's contacts (valid ones, in key order) then the ones users added here; a contact Access lists but that is
     * invalid keeps its current version here, if any. Reports one row per Access contact.
     */
    private List<ContactData> mergedContacts(String customerKey, Customer existing, List<LegacyRow> rows, Run run) {
        AccessMapping.Contacts k = mapping.contacts();
        Map<String, CustomerDetails.Contact> current = new HashMap<>();
        List<ContactData> addedHere = new ArrayList<>();
        if (existing != null) {
            for (CustomerDetails.Contact contact : existing.details().contacts()) {
                if (contact.legacyKey() == null) {
                    addedHere.add(data(contact));
                } else {
                    current.put(contact.legacyKey(), contact);
                }
            }
        }
        List<ContactData> merged = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (LegacyRow row : rows) {
            String key = row.text("key");
            if (key == null || !keys.add(key)) {
                run.pendingContacts.add(rejected(row, CONTACT, new Reason(k.key(),
                        key == null ? "is missing" : key + " appears more than once")));
                continue;
            }
            ContactData contact = new ContactData(name(row.text("firstName"), row.text("lastName")),
                    row.text("role"), row.text("email"), LegacyValues.e164(row.text("phone")),
                    LegacyValues.e164(row.text("mobile")), key);
            List<Reason> reasons = violations(contact, this::contactColumn);
            CustomerDetails.Contact before = current.get(key);
            if (!reasons.isEmpty()) {
                run.pendingContacts.add(rejected(row, CONTACT, key, reasons));
                if (before != null) {
                    merged.add(data(before));
                }
                continue;
            }
            merged.add(contact);
            CustomerDetails.Contact after = contact.toDetails();
            Outcome outcome = before == null
                    ? Outcome.CREATED
                    : before.equals(after) ? Outcome.UNCHANGED : Outcome.UPDATED;
            run.pendingContacts.add(new Row(row.line(), key, CONTACT, outcome, existing == null ? null : existing.id,
                    outcome == Outcome.UPDATED ? changedContactFields(before, after) : List.of(), List.of()));
        }
        merged.addAll(addedHere);
        return merged;
    }

    private static List<String> changedContactFields(CustomerDetails.Contact before, CustomerDetails.Contact after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.name(), after.name())) {
            changed.add("name");
        }
        if (!Objects.equals(before.role(), after.role())) {
            changed.add("role");
        }
        if (!Objects.equals(before.email(), after.email())) {
            changed.add("email");
        }
        if (!Objects.equals(before.phone(), after.phone())) {
            changed.add("phone");
        }
        if (!Objects.equals(before.mobile(), after.mobile())) {
            changed.add("mobile");
        }
        return changed;
    }

    private static String name(String first, String last) {
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return name.isEmpty() ? null : name;
    }

    private static ContactData data(CustomerDetails.Contact c) {
        return new ContactData(c.name(), c.role(), c.email(), c.phone(), c.mobile(), c.legacyKey());
    }

    // --- History: activities and notes -------------------------------------------------------------------------

    private void importHistory(LegacyRow row, Run run) {
        run.report.history.add(historyOutcome(row, run));
    }

    private Row historyOutcome(LegacyRow row, Run run) {
        AccessMapping.History h = mapping.history();
        String key = row.text("key");
        Optional<ActivityType> type = LegacyValues.activityType(row.text("type"));
        String kind = type.isPresent() ? "ACTIVITY" : "NOTE";
        if (key == null) {
            return rejected(row, kind, new Reason(h.key(), "is missing"));
        }
        if (key.length() > 50) {
            return rejected(row, kind, new Reason(h.key(), "is longer than 50 characters"));
        }
        if (!run.historyKeys.add(key)) {
            return rejected(row, kind, key, List.of(new Reason(h.key(), key + " appears more than once")));
        }
        Long customerId = customerId(row.text("customerKey"), run);
        if (customerId == null) {
            return rejected(row, kind, key, List.of(new Reason(h.customerKey(), row.text("customerKey") == null
                    ? "is missing"
                    : row.text("customerKey") + " is not an imported customer")));
        }
        LocalDateTime date = row.dateTime("date");
        Instant when = date == null ? null : date.atZone(ActivityService.ZONE).toInstant();
        String author = row.text("user") == null ? null : row.text("user").toLowerCase(Locale.ROOT);
        if (author != null && author.length() > 100) {
            return rejected(row, kind, key, List.of(new Reason(h.user(), "is longer than 100 characters")));
        }
        return type.isPresent()
                ? activity(row, key, type.get(), customerId, when, author, run)
                : note(row, key, customerId, when, author, run);
    }

    private Long customerId(String customerKey, Run run) {
        if (customerKey == null) {
            return null;
        }
        if (run.customerIds.containsKey(customerKey)) {
            return run.customerIds.get(customerKey);
        }
        // Imported by an earlier run, and no longer (or not) in this file's customers table.
        Customer earlier = Customer.findByLegacyKey(customerKey);
        return earlier == null ? null : earlier.id;
    }

    private Row activity(LegacyRow row, String key, ActivityType type, long customerId, Instant when, String owner,
            Run run) {
        AccessMapping.History h = mapping.history();
        String subject = row.text("subject") != null ? row.text("subject") : row.text("type");
        String text = row.text("text");
        List<Reason> reasons = new ArrayList<>();
        if (subject != null && subject.length() > 200) {
            reasons.add(new Reason(h.subject(), "is longer than 200 characters"));
        }
        if (text != null && text.length() > 4000) {
            reasons.add(new Reason(h.text(), "is longer than 4000 characters"));
        }
        if (Note.findByLegacyKey(key) != null) {
            reasons.add(new Reason(h.type(), "was a note in an earlier import and cannot become an activity"));
        }
        if (!reasons.isEmpty()) {
            return rejected(row, "ACTIVITY", key, reasons);
        }
        Boolean doneFlag = row.flag("done");
        boolean done = doneFlag != null ? doneFlag : when != null && when.isBefore(Instant.now());
        ActivityService.ActivityDetails details = new ActivityService.ActivityDetails(type,
                subject == null ? type.name() : subject, text, when, owner, done, customerId, null);
        Activity existing = Activity.findByLegacyKey(key);
        if (existing == null) {
            Activity created = activities.create(details, key, run.user);
            return new Row(row.line(), key, "ACTIVITY", Outcome.CREATED, created.id, List.of(), List.of());
        }
        List<String> changed = new ArrayList<>();
        compare(changed, "type", existing.type, details.type());
        compare(changed, "subject", existing.subject, details.subject());
        compare(changed, "details", existing.details, details.details());
        compare(changed, "dueAt", existing.dueAt, details.dueAt());
        compare(changed, "owner", existing.owner, details.owner());
        compare(changed, "done", existing.done, details.done());
        compare(changed, "customerId", existing.customerId, details.customerId());
        if (changed.isEmpty()) {
            return new Row(row.line(), key, "ACTIVITY", Outcome.UNCHANGED, existing.id, List.of(), List.of());
        }
        activities.update(existing.id, existing.version, details, run.user);
        return new Row(row.line(), key, "ACTIVITY", Outcome.UPDATED, existing.id, changed, List.of());
    }

    private Row note(LegacyRow row, String key, long customerId, Instant when, String author, Run run) {
        AccessMapping.History h = mapping.history();
        String subject = row.text("subject");
        String body = row.text("text");
        String text = subject == null ? body : body == null ? subject : subject + "\n" + body;
        if (text == null) {
            return rejected(row, "NOTE", key, List.of(new Reason(h.text(), "is empty")));
        }
        if (text.length() > 4000) {
            return rejected(row, "NOTE", key, List.of(new Reason(h.text(), "is longer than 4000 characters")));
        }
        if (Activity.findByLegacyKey(key) != null) {
            return rejected(row, "NOTE", key, List.of(
                    new Reason(h.type(), "was an activity in an earlier import and cannot become a note")));
        }
        String writer = author == null ? run.user : author;
        Note existing = Note.findByLegacyKey(key);
        if (existing == null) {
            Note created = notes.write(customerId, null, text, key, when, writer);
            return new Row(row.line(), key, "NOTE", Outcome.CREATED, created.id, List.of(), List.of());
        }
        List<String> changed = new ArrayList<>();
        compare(changed, "text", existing.text, text);
        compare(changed, "customerId", existing.customerId, customerId);
        compare(changed, "writtenBy", existing.writtenBy, writer);
        // Without a date in Access, the note keeps the time of its first import.
        if (when != null) {
            compare(changed, "writtenAt", existing.writtenAt, when);
        }
        if (changed.isEmpty()) {
            return new Row(row.line(), key, "NOTE", Outcome.UNCHANGED, existing.id, List.of(), List.of());
        }
        existing.text = text;
        existing.customerId = customerId;
        existing.writtenBy = writer;
        if (when != null) {
            existing.writtenAt = when;
        }
        return new Row(row.line(), key, "NOTE", Outcome.UPDATED, existing.id, changed, List.of());
    }

    // --- Helpers --------------------------------------------------------------------------------------------------

    private <T> List<Reason> violations(T request, java.util.function.Function<String, String> column) {
        return validator.validate(request).stream()
                .map(v -> new Reason(column.apply(path(v)), v.getMessage()))
                .sorted(Comparator.comparing(Reason::field).thenComparing(Reason::message)).toList();
    }

    private static String path(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                names.add(node.getName());
            }
        }
        return String.join(".", names);
    }

    /** The Access column a violation of the customer request comes from, for people who know the old base. */
    private String customerColumn(String path) {
        AccessMapping.Customers c = mapping.customers();
        return switch (path) {
            case "legalName" -> c.legalName();
            case "siren" -> c.siren();
            case "siret" -> c.siret();
            case "vatNumber" -> c.vatNumber();
            case "country" -> c.country();
            case "billingAddress.line1" -> c.address1();
            case "billingAddress.line2" -> c.address2();
            case "billingAddress.postalCode" -> c.postalCode();
            case "billingAddress.city" -> c.city();
            case "billingAddress.country" -> c.country();
            case "deliveryAddress.line1" -> c.deliveryAddress1();
            case "deliveryAddress.line2" -> c.deliveryAddress2();
            case "deliveryAddress.postalCode" -> c.deliveryPostalCode();
            case "deliveryAddress.city" -> c.deliveryCity();
            case "deliveryAddress.country" -> c.deliveryCountry();
            case "email" -> c.email();
            case "phone" -> c.phone();
            case "notes" -> c.notes();
            case "contacts" -> mapping.contacts().table();
            default -> path;
        };
    }

    private String contactColumn(String path) {
        AccessMapping.Contacts k = mapping.contacts();
        return switch (path) {
            case "name" -> k.lastName();
            case "role" -> k.role();
            case "email" -> k.email();
            case "phone" -> k.phone();
            case "mobile" -> k.mobile();
            case "legacyKey" -> k.key();
            default -> path;
        };
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /** Contacts in key order (numerically when the keys are AutoNumbers), so reruns see the same list. */
    private static List<LegacyRow> sortedByKey(List<LegacyRow> rows) {
        return rows.stream().sorted(Comparator.comparing((LegacyRow r) -> r.text("key"),
                Comparator.nullsLast(Comparator.comparing((String k) -> k.matches("\\d{1,18}")
                        ? Long.parseLong(k)
                        : Long.MAX_VALUE).thenComparing(Comparator.naturalOrder()))))
                .toList();
    }

    private static Row rejected(LegacyRow row, String kind, Reason reason) {
        return new Row(row.line(), null, kind, Outcome.REJECTED, null, List.of(), List.of(reason));
    }

    private static Row rejected(LegacyRow row, String kind, String key, List<Reason> reasons) {
        return new Row(row.line(), key, kind, Outcome.REJECTED, null, List.of(), List.copyOf(reasons));
    }

    private void rollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("Cannot roll the dry run back", e);
        }
    }

    private static Map<String, String> customerColumns(AccessMapping.Customers c) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("key", c.key());
        columns.put("legalName", c.legalName());
        columns.put("siren", c.siren());
        columns.put("siret", c.siret());
        columns.put("vatNumber", c.vatNumber());
        columns.put("address1", c.address1());
        columns.put("address2", c.address2());
        columns.put("postalCode", c.postalCode());
        columns.put("city", c.city());
        columns.put("country", c.country());
        columns.put("deliveryAddress1", c.deliveryAddress1());
        columns.put("deliveryAddress2", c.deliveryAddress2());
        columns.put("deliveryPostalCode", c.deliveryPostalCode());
        columns.put("deliveryCity", c.deliveryCity());
        columns.put("deliveryCountry", c.deliveryCountry());
        columns.put("phone", c.phone());
        columns.put("email", c.email());
        columns.put("paymentTerms", c.paymentTerms());
        columns.put("notes", c.notes());
        return columns;
    }

    private static Map<String, String> contactColumns(AccessMapping.Contacts k) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("key", k.key());
        columns.put("customerKey", k.customerKey());
        columns.put("lastName", k.lastName());
        columns.put("firstName", k.firstName());
        columns.put("role", k.role());
        columns.put("email", k.email());
        columns.put("phone", k.phone());
        columns.put("mobile", k.mobile());
        return columns;
    }

    private static Map<String, String> historyColumns(AccessMapping.History h) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("key", h.key());
        columns.put("customerKey", h.customerKey());
        columns.put("date", h.date());
        columns.put("type", h.type());
        columns.put("subject", h.subject());
        columns.put("text", h.text());
        columns.put("user", h.user());
        columns.put("done", h.done());
        return columns;
    }
}
