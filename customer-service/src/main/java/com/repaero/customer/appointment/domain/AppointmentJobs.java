package com.repaero.customer.appointment.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The booking's clockwork: frees the slots of unconfirmed bookings, queues reminders, escalates unacknowledged AOG
 * pages. Each step is its own transaction; a failure is logged and the step runs again next time.
 */
@ApplicationScoped
public class AppointmentJobs {

    private static final Logger LOG = Logger.getLogger(AppointmentJobs.class);

    private final BookingService bookings;
    private final OnCallService onCall;

    public AppointmentJobs(BookingService bookings, OnCallService onCall) {
        this.bookings = bookings;
        this.onCall = onCall;
    }

    @Scheduled(every = "${repaero.booking.jobs-every:1m}", delayed = "30s", identity = "appointment-jobs", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run("expiry", bookings::expirePending);
        run("reminders", bookings::sendReminders);
        run("AOG escalation", onCall::escalate);
    }

    private static void run(String name, java.util.function.IntSupplier step) {
        try {
            int done = step.getAsInt();
            if (done > 0) {
                LOG.infof("Appointment job %s: %d done", name, done);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Appointment job %s failed, run again next time", name);
        }
    }
}
