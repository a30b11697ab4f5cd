package com.repaero.customer.notification.domain;

/** Sends one SMS (Twilio in production, a local fake of its HTTP API in tests). */
public interface SmsGateway {

    /**
     * @return the provider's message id
     * @throws SendFailure when the message was not accepted
     */
    String send(String to, String body);
}
