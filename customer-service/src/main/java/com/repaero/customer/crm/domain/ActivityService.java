package com.repaero.customer.crm.domain;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import com.repaero.customer.customer.domain.Customer;
import com.repaero.platform.problem.ProblemException;

/** Plans activities (calls, e-mails, meetings, tasks) and marks them done. */
@ApplicationScoped
public class ActivityService {

    /** Due dates are shown and entered in Rep'Aero's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** What users maintain on an activity; at least one of customerId and opportunityId. */
    public record ActivityDetails(ActivityType type, String subject, String details, Instant dueAt, String owner,
            boolean done, Long customerId, Long opportunityId) {
    }

    @Transactional
    public Activity create(ActivityDetails details, String legacyKey, String user) {
        Instant now = Instant.now();
        Activity activity = new Activity();
        apply(activity, details, now);
        activity.legacyKey = legacyKey;
        activity.markCreated(user, now);
        activity.persist();
        return activity;
    }

    @Transactional
    public Activity update(long id, int expectedVersion, ActivityDetails details, String user) {
        Activity activity = find(id);
        if (activity.version != expectedVersion) {
            throw new ProblemException.StaleVersion("The activity");
        }
        Instant now = Instant.now();
        apply(activity, details, now);
        activity.markUpdated(user, now);
        flush();
        return activity;
    }

    /** Marks an activity done (again: no change). */
    @Transactional
    public Activity markDone(long id, String user) {
        Activity activity = find(id);
        if (!activity.done) {
            Instant now = Instant.now();
            activity.done = true;
            activity.doneAt = now;
            activity.markUpdated(user, now);
            flush();
        }
        return activity;
    }

    public static Activity find(long id) {
        return Activity.<Activity>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("Activity", id));
    }

    /** Links the activity; an opportunity brings its customer, and the two must agree. */
    static void apply(Activity activity, ActivityDetails details, Instant now) {
        Long customerId = details.customerId();
        if (details.opportunityId() != null) {
            Opportunity opportunity = Opportunity.<Opportunity>findByIdOptional(details.opportunityId())
                    .orElseThrow(
                            () -> new ProblemException.InvalidInput("opportunityId", "is not a known opportunity"));
            if (customerId != null && !customerId.equals(opportunity.customer.id)) {
                throw new ProblemException.InvalidInput("customerId",
                        "is not the customer of opportunity " + opportunity.id);
            }
            customerId = opportunity.customer.id;
        } else if (customerId == null || Customer.findById(customerId) == null) {
            throw new ProblemException.InvalidInput("customerId", "is not a known customer");
        }
        activity.type = details.type();
        activity.subject = details.subject().strip();
        activity.details = details.details();
        activity.dueAt = details.dueAt();
        activity.owner = details.owner();
        activity.customerId = customerId;
        activity.opportunityId = details.opportunityId();
        if (details.done() && !activity.done) {
            activity.doneAt = now;
        } else if (!details.done()) {
            activity.doneAt = null;
        }
        activity.done = details.done();
    }

    private static void flush() {
        try {
            Activity.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException.StaleVersion("The activity");
        }
    }
}
