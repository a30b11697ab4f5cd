package com.repaero.customer.notification.domain;

/**
 * A notification that could not be sent: {@code permanent} when sending it again cannot help (an invalid number, a
 * refused recipient), otherwise it is retried with backoff.
 */
public class SendFailure extends RuntimeException {

    private final boolean permanent;

    public SendFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
