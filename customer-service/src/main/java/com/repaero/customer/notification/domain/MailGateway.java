package com.repaero.customer.notification.domain;

/** Sends one email over SMTP. */
public interface MailGateway {

    /** @throws SendFailure when the server did not take the message */
    void send(OutgoingEmail email);
}
