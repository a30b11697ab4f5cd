package com.repaero.supplier.bank.domain;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.bank.messaging.PaymentBatchSent;
import com.repaero.supplier.purchasing.bill.domain.VendorBill;
import com.repaero.supplier.purchasing.bill.domain.VendorBillState;

/**
 * Sends a batch's pain.001 to the bank once: the batch row stays locked during the upload, so two clicks cannot send
 * the file twice; a refusal or an outage changes nothing and the batch can be sent again.
 */
@ApplicationScoped
public class PaymentBatchSender {

    static final String AGGREGATE = "PaymentBatch";

    private final BankGateway bank;
    private final Outbox outbox;

    public PaymentBatchSender(BankGateway bank, Outbox outbox) {
        this.bank = bank;
        this.outbox = outbox;
    }

    /** The Kafka key of a batch's events ("PB-" so that it never collides with another aggregate's id). */
    public static String key(long batchId) {
        return "PB-" + batchId;
    }

    @Transactional
    public PaymentBatch send(long id, String user) {
        PaymentBatch batch = PaymentBatch.<PaymentBatch>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ProblemException.NotFound("Payment batch", id));
        if (batch.state == PaymentBatchState.SENT) {
            throw new ProblemException.Conflict("batch-already-sent",
                    "Payment batch " + batch.messageId + " was already sent on " + batch.sentAt);
        }
        try {
            bank.send(batch.messageId, batch.pain001);
        } catch (BankGateway.BankException.Refused e) {
            throw new ProblemException(502, "bank-refused", "Bad gateway", e.getMessage()
                    + ". The batch was not sent; correct it with the bank, then send it again.");
        } catch (BankGateway.BankException.TlsFailed e) {
            throw new ProblemException(502, "bank-tls-failed", "Bad gateway", e.getMessage()
                    + ". The batch was not sent; once the certificates are put right, send it again.");
        } catch (BankGateway.BankException.Unavailable e) {
            throw new ProblemException(503, "bank-unavailable", "Service unavailable", e.getMessage()
                    + ". The batch was not sent; send it again later.");
        }
        Instant now = Instant.now();
        batch.state = PaymentBatchState.SENT;
        batch.sentAt = now;
        batch.sentBy = user;
        for (BillPayment payment : batch.payments) {
            payment.state = BillPaymentState.SENT;
            VendorBill bill = VendorBill.findById(payment.billId);
            bill.moveTo(VendorBillState.IN_PAYMENT);
            bill.updatedAt = now;
            bill.updatedBy = user;
        }
        outbox.record(AGGREGATE, key(batch.id), "PaymentBatchSent", new PaymentBatchSent(batch.id,
                batch.messageId, batch.executionDate, batch.transactionCount, "EUR", batch.controlSum,
                batch.payments.stream().map(p -> new PaymentBatchSent.Payment(p.billId, p.supplierId, p.endToEndId,
                        p.amount)).toList(),
                now, user));
        return batch;
    }
}
