package com.repaero.customer.invoicing.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** The daily invoicing jobs: payment reminders and quote expiry. */
@ApplicationScoped
public class InvoicingJobs {

    private final DunningService dunning;
    private final QuoteService quotes;
    private final InvoicingClock clock;

    public InvoicingJobs(DunningService dunning, QuoteService quotes, InvoicingClock clock) {
        this.dunning = dunning;
        this.quotes = quotes;
        this.clock = clock;
    }

    @Scheduled(identity = "invoicing-daily", cron = "{repaero.invoicing.dunning.cron}", timeZone = "Europe/Paris", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        quotes.expire(clock.today());
        dunning.run(clock.today());
    }
}
