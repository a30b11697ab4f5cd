package com.repaero.supplier.bank.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.bank.BankConfig;
import com.repaero.supplier.purchasing.bill.domain.VendorBill;
import com.repaero.supplier.purchasing.bill.domain.VendorBillState;
import com.repaero.supplier.supplier.domain.AddressKind;
import com.repaero.supplier.supplier.domain.Supplier;
import com.repaero.supplier.supplier.domain.SupplierAddress;
import com.repaero.supplier.supplier.domain.SupplierBankAccount;

/** Builds payment batches of approved bills, once per Idempotency-Key, each bill in one batch only. */
@ApplicationScoped
public class PaymentBatchService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final BankConfig config;

    public PaymentBatchService(BankConfig config) {
        this.config = config;
    }

    /** The batch and whether this call created it (false: a retry with the same key and body). */
    public record Outcome(PaymentBatch batch, boolean created) {
    }

    @Transactional
    public Outcome create(String idempotencyKey, List<Long> billIds, LocalDate executionDate, String user) {
        TreeSet<Long> ids = new TreeSet<>(billIds);
        String hash = requestHash(ids, executionDate);
        PaymentBatch existing = PaymentBatch.findByIdempotencyKey(idempotencyKey);
        if (existing != null) {
            if (!existing.requestHash.equals(hash)) {
                throw new ProblemException.RuleViolated("idempotency-key-reused",
                        "The Idempotency-Key " + idempotencyKey + " was already used with another request");
            }
            return new Outcome(existing, false);
        }
        if (ids.size() != billIds.size()) {
            throw new ProblemException.RuleViolated("duplicate-bill", "A bill appears twice in the request");
        }
        Instant now = Instant.now();
        PaymentBatch batch = new PaymentBatch();
        batch.idempotencyKey = idempotencyKey;
        batch.requestHash = hash;
        batch.executionDate = executionDate;
        batch.createdAt = now;
        batch.createdBy = user;
        batch.controlSum = BigDecimal.ZERO;
        List<Pain001.Transfer> transfers = new ArrayList<>();
        List<BillPayment> payments = new ArrayList<>();
        List<Pain001.Party> creditors = new ArrayList<>();
        for (long billId : ids) {
            // Locked: two batches asking for the same bill at once are serialised here.
            VendorBill bill = VendorBill.findById(billId, LockModeType.PESSIMISTIC_WRITE);
            if (bill == null) {
                throw new ProblemException.RuleViolated("unknown-bill", "Vendor bill " + billId + " does not exist");
            }
            if (BillPayment.findByBill(billId) != null || bill.state == VendorBillState.PAID) {
                throw new ProblemException.Conflict("bill-already-in-batch",
                        "Vendor bill " + bill.invoiceNumber
                                + " is already in a payment batch: it cannot be paid twice");
            }
            if (bill.state != VendorBillState.APPROVED) {
                throw new ProblemException.RuleViolated("bill-not-approved",
                        "Vendor bill %s is %s: only APPROVED bills are paid".formatted(bill.invoiceNumber,
                                bill.state));
            }
            Supplier supplier = Supplier.findById(bill.supplierId);
            Pain001.Party creditor = creditor(supplier);
            BillPayment payment = new BillPayment();
            payment.batch = batch;
            payment.billId = bill.id;
            payment.supplierId = bill.supplierId;
            payment.amount = bill.totalAmount;
            payment.creditorIban = creditor.iban();
            payment.remittance = SepaText.of(bill.invoiceNumber, 140);
            payments.add(payment);
            creditors.add(creditor);
        }
        // A sequence id is assigned at persist: the message and end-to-end ids are derived from it, and the payments
        // are added (cascaded at flush) only once they have theirs.
        batch.persist();
        batch.messageId = EndToEndIds.messageId(batch.id);
        for (int i = 0; i < payments.size(); i++) {
            BillPayment payment = payments.get(i);
            payment.endToEndId = EndToEndIds.of(batch.id, payment.billId);
            transfers.add(new Pain001.Transfer(payment.endToEndId, payment.amount, creditors.get(i),
                    payment.remittance));
        }
        batch.payments.addAll(payments);
        Pain001.Batch file = new Pain001.Batch(batch.messageId, LocalDateTime.ofInstant(now, PARIS), executionDate,
                debtor(), transfers);
        batch.transactionCount = transfers.size();
        batch.controlSum = file.controlSum();
        batch.pain001 = Pain001.write(file);
        try {
            PaymentBatch.flush();
        } catch (ConstraintViolationException e) {
            throw translate(e, idempotencyKey);
        }
        return new Outcome(batch, true);
    }

    /** Two requests racing on one key or one bill: the unique keys decide, the loser gets a 409. */
    private static RuntimeException translate(ConstraintViolationException e, String idempotencyKey) {
        String name = e.getConstraintName() == null ? "" : e.getConstraintName().toUpperCase(Locale.ROOT);
        if (name.contains("UQ_PAYMENT_BATCH_KEY")) {
            return new ProblemException.Conflict("idempotency-key-in-use",
                    "A request with the Idempotency-Key " + idempotencyKey + " is being processed; retry");
        }
        if (name.contains("UQ_BILL_PAYMENT_BILL")) {
            return new ProblemException.Conflict("bill-already-in-batch",
                    "A bill of the request was put in another payment batch at the same time");
        }
        return e;
    }

    private Pain001.Party debtor() {
        BankConfig.Debtor debtor = config.debtor();
        return new Pain001.Party(debtor.name(), new Pain001.Address(debtor.streetName(),
                debtor.buildingNumber().orElse(null), debtor.postCode(), debtor.townName(), debtor.country()),
                debtor.iban(), debtor.bic());
    }

    private static Pain001.Party creditor(Supplier supplier) {
        SupplierBankAccount account = supplier.bankAccounts.stream().filter(a -> a.preferred).findFirst()
                .orElseThrow(() -> new ProblemException.RuleViolated("supplier-without-default-account",
                        "Supplier " + supplier.legalName + " has no default bank account"));
        SupplierAddress address = supplier.addresses.stream().filter(a -> a.kind == AddressKind.BILLING)
                .findFirst()
                .orElseThrow(() -> new ProblemException.RuleViolated("supplier-without-billing-address",
                        "Supplier " + supplier.legalName + " has no billing address"));
        return new Pain001.Party(supplier.legalName, new Pain001.Address(address.line1, null, address.postalCode,
                address.city, address.country), account.iban.replace(" ", ""), account.bic);
    }

    /** Same bills (in any order) and same date give the same hash. */
    static String requestHash(TreeSet<Long> billIds, LocalDate executionDate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((billIds + "|" + executionDate).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
