package com.repaero.customer.invoicing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of the module gets the SMTP server (the dunning and booking emails go through the mailer). */
@QuarkusTestResource(value = SmtpServerResource.class, restrictToAnnotatedClass = false)
public final class InvoicingTestResources {

    private InvoicingTestResources() {
    }
}
