package com.repaero.customer.appointment.domain;

/** OPEN while paging the roster; UNANSWERED once everyone was paged in vain (still acknowledgeable). */
public enum AogAlertStatus {
    OPEN, ACKNOWLEDGED, UNANSWERED, CANCELLED
}
