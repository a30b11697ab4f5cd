package com.repaero.customer.invoicing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import com.repaero.customer.invoicing.InvoicingConfig;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Dunning: for each unpaid invoice past a configured step after its due date (e.g. +7, +30 days), one email in
 * French to the buyer with the invoice attached, recorded per step. The reminder row is written (unique per invoice
 * and step) before the email leaves, in the same transaction: a step is never sent twice, even by two instances; a
 * failed send rolls the row back and the next run tries again.
 */
@ApplicationScoped
public class DunningService {

    private static final Logger LOG = Logger.getLogger(DunningService.class);

    private final Mailer mailer;
    private final InvoicingConfig config;
    private final InvoicingClock clock;

    public DunningService(Mailer mailer, InvoicingConfig config, InvoicingClock clock) {
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    /** Sends what is due on {@code today}; returns how many reminders were sent. */
    public int run(LocalDate today) {
        List<Integer> steps = config.dunning().steps().stream().sorted().toList();
        if (steps.isEmpty()) {
            return 0;
        }
        List<Long> candidates = QuarkusTransaction.requiringNew().call(() -> Invoice
                .<Invoice>list("kind = ?1 and state = ?2 and paymentStatus in ?3 and dueDate <= ?4",
                        InvoiceKind.INVOICE, InvoiceState.ISSUED,
                        List.of(PaymentStatus.UNPAID, PaymentStatus.PARTLY_PAID), today.minusDays(steps.get(0)))
                .stream().map(i -> i.id).toList());
        int sent = 0;
        for (Long id : candidates) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> remind(id, steps, today))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                if (isDuplicate(e)) {
                    continue; // another instance sent this step at the same moment
                }
                LOG.errorf(e, "Reminder for invoice %d not sent; the next run tries again", id);
            }
        }
        return sent;
    }

    private boolean remind(long invoiceId, List<Integer> steps, LocalDate today) {
        Invoice invoice = Invoice.findById(invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice.paymentStatus == PaymentStatus.PAID) {
            return false;
        }
        // The latest step reached: an invoice found 40 days late gets the +30 reminder, not +7 and +30 at once.
        Optional<Integer> step = steps.stream().filter(s -> !invoice.dueDate.plusDays(s).isAfter(today))
                .reduce((a, b) -> b);
        if (step.isEmpty() || DunningReminder.count("invoiceId = ?1 and stepDays >= ?2", invoiceId, step.get()) > 0) {
            return false;
        }
        if (invoice.buyerEmail == null || invoice.buyerEmail.isBlank()) {
            LOG.warnf("Invoice %s is overdue but its buyer has no email: no reminder sent", invoice.number);
            return false;
        }
        DunningReminder reminder = new DunningReminder();
        reminder.invoiceId = invoiceId;
        reminder.stepDays = step.get();
        reminder.sentTo = invoice.buyerEmail;
        reminder.outstandingAmount = invoice.outstanding();
        reminder.sentAt = clock.now();
        reminder.persistAndFlush();
        int rank = steps.indexOf(step.get()) + 1;
        Mail mail = Mail.withText(invoice.buyerEmail, subject(invoice, rank), body(invoice, rank))
                .setFrom(config.dunning().from());
        InvoiceDocument.<InvoiceDocument>findByIdOptional(invoiceId)
                .ifPresent(d -> mail.addAttachment(invoice.number + ".pdf", d.pdf, "application/pdf"));
        mailer.send(mail);
        return true;
    }

    static String subject(Invoice invoice, int rank) {
        String which = rank == 1 ? "Relance" : rank + "e relance";
        return "%s : facture %s échue le %s".formatted(which, invoice.number, french(invoice.dueDate));
    }

    private String body(Invoice invoice, int rank) {
        InvoicingConfig.Seller seller = config.seller();
        return """
                Madame, Monsieur,

                Sauf erreur de notre part, la facture %s du %s d'un montant de %s TTC, échue le %s, \
                reste impayée à ce jour pour un montant de %s.

                Nous vous remercions de bien vouloir procéder à son règlement par virement (IBAN %s, BIC %s) \
                en indiquant le numéro de facture %s en référence. Vous la trouverez en pièce jointe.

                En cas de retard de paiement, des pénalités au %s sont exigibles, ainsi qu'une indemnité \
                forfaitaire pour frais de recouvrement de %s € (articles L441-10 et D441-5 du Code de commerce).
                %s
                Si votre règlement nous est parvenu entre-temps, merci de ne pas tenir compte de ce message.

                Cordialement,
                Le service comptabilité - %s
                """.formatted(invoice.number, french(invoice.issueDate), euros(invoice.grandTotal),
                french(invoice.dueDate), euros(invoice.outstanding()), seller.iban(), seller.bic(), invoice.number,
                config.latePenaltyRate(), config.recoveryIndemnity().stripTrailingZeros().toPlainString(),
                rank > 1 ? "\nCeci est notre " + rank + "e relance.\n" : "", seller.legalName());
    }

    private static String french(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String euros(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " €";
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
