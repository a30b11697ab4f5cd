package com.repaero.customer.notification;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module also gets the SMTP server and the Twilio fake (one application start). */
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TwilioFakeResource.class, restrictToAnnotatedClass = false)
public final class NotificationTestResources {

    private NotificationTestResources() {
    }
}
