package com.repaero.supplier.migration.legacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import com.repaero.platform.validation.Iban;
import com.repaero.supplier.migration.legacy.LegacySupplier.Column;
import com.repaero.supplier.migration.legacy.MigrationReport.Outcome;
import com.repaero.supplier.migration.legacy.MigrationReport.Reason;
import com.repaero.supplier.supplier.api.AddressData;
import com.repaero.supplier.supplier.api.BankAccountData;
import com.repaero.supplier.supplier.api.ContactData;
import com.repaero.supplier.supplier.api.SupplierRequest;
import com.repaero.supplier.supplier.domain.AddressKind;
import com.repaero.supplier.supplier.domain.Supplier;
import com.repaero.supplier.supplier.domain.SupplierDetails;
import com.repaero.supplier.supplier.domain.SupplierService;

/**
 * Imports the old supplier table into the supplier master, keyed by its code (CODE_FOUR → legacy_code): a new code is
 * created, a known one updated if the old system changed it, else left alone, so the import can run again for the
 * go-live delta. Rows are checked with the same rules as the API; a bad row is rejected with its reasons and the
 * others still go in.
 *
 * <p>
 * The old table owns what it holds: legal name, SIRET, VAT number, e-mail, billing address, switchboard phone and
 * bank account. What it never had (payment terms, categories, ordering and returns addresses, named contacts) keeps
 * what users entered here.
 */
@ApplicationScoped
public class SupplierImport {

    /** The contact the old table's TEL becomes. */
    static final String SWITCHBOARD = "Standard";

    private final SupplierService suppliers;
    private final Validator validator;

    public SupplierImport(SupplierService suppliers, Validator validator) {
        this.suppliers = suppliers;
        this.validator = validator;
    }

    /** Imports (or, in a dry run, only checks and compares) every row, in one transaction. */
    @Transactional
    public MigrationReport run(List<LegacySupplier> source, boolean dryRun, String user) {
        List<MigrationReport.Row> rows = new ArrayList<>();
        Set<String> codesSeen = new HashSet<>();
        Map<String, String> codeBySirenSeen = new HashMap<>();
        for (LegacySupplier legacy : source) {
            rows.add(importOne(legacy, dryRun, user, codesSeen, codeBySirenSeen));
        }
        return MigrationReport.of(dryRun, rows);
    }

    private MigrationReport.Row importOne(LegacySupplier legacy, boolean dryRun, String user, Set<String> codesSeen,
            Map<String, String> codeBySirenSeen) {
        String code = legacy.get(Column.CODE);
        if (code == null) {
            return rejected(legacy, null, new Reason("CODE_FOUR", "is missing"));
        }
        if (code.length() > 50) {
            return rejected(legacy, null, new Reason("CODE_FOUR", "is longer than 50 characters"));
        }
        if (!codesSeen.add(code)) {
            return rejected(legacy, code, new Reason("CODE_FOUR", "appears more than once in the source"));
        }
        Supplier existing = Supplier.findByLegacyCode(code);
        SupplierRequest request = toRequest(legacy, existing);
        List<Reason> reasons = check(request);
        if (!reasons.isEmpty()) {
            return rejected(legacy, code, reasons.toArray(Reason[]::new));
        }
        SupplierDetails details = request.toDetails();
        String otherCode = codeBySirenSeen.putIfAbsent(details.siren(), code);
        if (otherCode != null) {
            return rejected(legacy, code,
                    new Reason("SIREN", details.siren() + " is also the SIREN of legacy code " + otherCode));
        }
        if (existing == null) {
            Supplier sameSiren = Supplier.findBySiren(details.siren());
            if (sameSiren != null) {
                return rejected(legacy, code, new Reason("SIREN", details.siren() + " is already supplier "
                        + sameSiren.id + (sameSiren.legacyCode == null
                                ? ", registered in the new system"
                                : ", imported from legacy code " + sameSiren.legacyCode)));
            }
            Long id = dryRun ? null : suppliers.register(details, code, user).id;
            return new MigrationReport.Row(legacy.line(), code, Outcome.CREATED, id, List.of(), List.of());
        }
        if (!existing.siren.equals(details.siren())) {
            return rejected(legacy, code, new Reason("SIREN",
                    "changed from " + existing.siren + " to " + details.siren() + "; a SIREN never changes"));
        }
        List<String> changed = details.changedFrom(existing.details());
        if (changed.isEmpty()) {
            return new MigrationReport.Row(legacy.line(), code, Outcome.UNCHANGED, existing.id, List.of(), List.of());
        }
        if (!dryRun) {
            suppliers.update(existing.id, existing.version, details, user);
        }
        return new MigrationReport.Row(legacy.line(), code, Outcome.UPDATED, existing.id, changed, List.of());
    }

    private List<Reason> check(SupplierRequest request) {
        List<Reason> reasons = new ArrayList<>(validator.validate(request).stream()
                .map(v -> new Reason(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Reason::field).thenComparing(Reason::message)).toList());
        if (reasons.isEmpty()) {
            SupplierService.ruleViolations(request.toDetails()).stream()
                    .map(v -> new Reason(v.code(), v.detail())).forEach(reasons::add);
        }
        return reasons;
    }

    /** The row as the API would receive it, merged with what the old table does not hold. */
    static SupplierRequest toRequest(LegacySupplier legacy, Supplier existing) {
        SupplierDetails current = existing == null ? null : existing.details();
        String siret = digits(legacy.get(Column.SIRET));
        String siren = digits(legacy.get(Column.SIREN));
        if (siren == null && siret != null && siret.length() == 14) {
            siren = siret.substring(0, 9);
        }
        String name = legacy.get(Column.LEGAL_NAME);
        String vat = legacy.get(Column.VAT_NUMBER);
        vat = vat == null ? null : vat.replace(" ", "").toUpperCase(Locale.ROOT);

        List<AddressData> addresses = new ArrayList<>();
        String country = legacy.get(Column.COUNTRY) == null
                ? "FR"
                : legacy.get(Column.COUNTRY).toUpperCase(Locale.ROOT);
        if (legacy.get(Column.ADDRESS) != null || legacy.get(Column.POSTAL_CODE) != null
                || legacy.get(Column.CITY) != null) {
            addresses.add(new AddressData(AddressKind.BILLING,
                    legacy.get(Column.ADDRESS), legacy.get(Column.ADDRESS2),
                    postalCode(legacy.get(Column.POSTAL_CODE), country), legacy.get(Column.CITY), country));
        }
        List<ContactData> contacts = new ArrayList<>();
        if (legacy.get(Column.PHONE) != null) {
            contacts.add(new ContactData(SWITCHBOARD, SWITCHBOARD, null,
                    e164(legacy.get(Column.PHONE))));
        }
        List<BankAccountData> accounts = new ArrayList<>();
        if (legacy.get(Column.IBAN) != null) {
            String bic = legacy.get(Column.BIC);
            String iban = legacy.get(Column.IBAN);
            // The old table has no holder: the legal name, unless users already entered one for this account.
            String holder = current == null
                    ? null
                    : current.bankAccounts().stream().filter(b -> b.iban().equals(Iban.normalize(iban)))
                            .map(SupplierDetails.BankAccount::holder).findFirst().orElse(null);
            if (holder == null) {
                holder = name == null ? "?" : truncate(name, 200);
            }
            accounts.add(new BankAccountData(iban, bic == null ? null : bic.replace(" ", "").toUpperCase(Locale.ROOT),
                    holder, true));
        }
        if (current != null) {
            // Keep what users maintain here and the old table never had.
            current.addresses().stream().filter(a -> a.kind() != AddressKind.BILLING)
                    .map(a -> new AddressData(a.kind(), a.line1(), a.line2(),
                            a.postalCode(), a.city(), a.country()))
                    .forEach(addresses::add);
            current.contacts().stream().filter(c -> !SWITCHBOARD.equals(c.name()))
                    .map(c -> new ContactData(c.name(), c.role(), c.email(),
                            c.phone()))
                    .forEach(contacts::add);
        }
        return new SupplierRequest(name, siren, siret, vat, legacy.get(Column.EMAIL),
                current == null ? null : current.paymentTerms(), addresses, contacts, accounts,
                current == null ? List.of() : current.categories());
    }

    /** Digits only (the old screens let users type spaces and dots in SIREN/SIRET), null when empty. */
    private static String digits(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replaceAll("[\\s.]", "");
        return stripped.isEmpty() ? null : stripped;
    }

    /** The old table stored CP as a number in places: 1000 is Bourg-en-Bresse's 01000. */
    private static String postalCode(String value, String country) {
        if (value != null && "FR".equals(country) && value.matches("\\d{4}")) {
            return "0" + value;
        }
        return value;
    }

    /** A French number as typed in the old system (01 23 45 67 89, 01.23..., 0033 1...) in E.164; else as is. */
    static String e164(String phone) {
        String compact = phone.replaceAll("[\\s.\\-()/]", "");
        if (compact.startsWith("00")) {
            return "+" + compact.substring(2);
        }
        if (compact.matches("0[1-9]\\d{8}")) {
            return "+33" + compact.substring(1);
        }
        return compact;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** The legacy column a violation of the API request comes from, for people who know the old table. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        String path = String.join(".", names);
        return Stream.of(new String[][]{{"legalName", "RAISON_SOCIALE"}, {"siren", "SIREN"}, {"siret", "SIRET"},
                {"vatNumber", "TVA_INTRA"}, {"email", "EMAIL"}, {"addresses.line1", "ADRESSE"},
                {"addresses.line2", "ADRESSE2"}, {"addresses.postalCode", "CP"}, {"addresses.city", "VILLE"},
                {"addresses.country", "PAYS"}, {"contacts.phone", "TEL"}, {"bankAccounts.iban", "IBAN"},
                {"bankAccounts.bic", "BIC"}, {"bankAccounts.holder", "RAISON_SOCIALE"}})
                .filter(pair -> pair[0].equals(path)).map(pair -> pair[1]).findFirst().orElse(path);
    }

    private static MigrationReport.Row rejected(LegacySupplier legacy, String code, Reason... reasons) {
        return new MigrationReport.Row(legacy.line(), code, Outcome.REJECTED, null, List.of(), List.of(reasons));
    }
}
