package com.repaero.customer.notification.domain;

/** How a notification reaches its recipient. */
public enum Channel {
    EMAIL, SMS
}
