package com.repaero.customer.notification.domain;

/** PENDING until sent; FAILED once refused for good or out of attempts (a person has to look at it). */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
