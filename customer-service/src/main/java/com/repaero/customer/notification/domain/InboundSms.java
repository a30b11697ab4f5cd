package com.repaero.customer.notification.domain;

/** An SMS someone sent to our number (fired as a CDI event once Twilio's signature is verified). */
public record InboundSms(String from, String body, String messageSid) {
}
