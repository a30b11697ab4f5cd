package com.repaero.customer.notification.mail;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import com.repaero.customer.notification.domain.MailGateway;
import com.repaero.customer.notification.domain.OutgoingEmail;
import com.repaero.customer.notification.domain.SendFailure;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Sends emails through Quarkus Mailer (SMTP); any SMTP or connection error is retried by the sender. */
@ApplicationScoped
public class SmtpMailGateway implements MailGateway {

    private final Mailer mailer;

    public SmtpMailGateway(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(OutgoingEmail email) {
        Mail mail = Mail.withText(email.to(), email.subject(), email.body());
        if (email.attachment() != null) {
            mail.addAttachment(email.attachment().name(),
                    email.attachment().content().getBytes(StandardCharsets.UTF_8), email.attachment().contentType());
        }
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new SendFailure("SMTP: " + e.getMessage(), false, e);
        }
    }
}
