package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;
import java.time.Instant;

import com.repaero.customer.invoicing.domain.DunningReminder;

/** A payment reminder sent: at which step (days after the due date), to whom, when, for how much. */
public record ReminderResponse(int stepDays, String sentTo, BigDecimal outstandingAmount, Instant sentAt) {

    static ReminderResponse of(DunningReminder r) {
        return new ReminderResponse(r.stepDays, r.sentTo, Amounts.amount(r.outstandingAmount), r.sentAt);
    }
}
