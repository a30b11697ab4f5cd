package com.repaero.customer.invoicing;

import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real in-process SMTP server (GreenMail) for the dunning emails: the Quarkus mailer sends over SMTP to it, and tests
 * read what arrived with {@link #received()}.
 */
public class SmtpServerResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(server.getSmtp().getPort()),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public synchronized void stop() {
        // Shared by every test class of the JVM, like the broker; ends with the JVM.
    }

    /** The messages received so far. */
    public static jakarta.mail.internet.MimeMessage[] received() {
        return server.getReceivedMessages();
    }
}
