package com.repaero.customer.crm.domain;

/** What kind of follow-up an activity is. */
public enum ActivityType {
    CALL, EMAIL, MEETING, TASK
}
