package com.repaero.customer.notification.twilio;

import jakarta.enterprise.context.ApplicationScoped;

import com.repaero.customer.notification.domain.SendFailure;
import com.repaero.customer.notification.domain.SmsGateway;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;

/**
 * Sends SMS with the Twilio SDK ({@code POST /2010-04-01/Accounts/{sid}/Messages.json}). Twilio's 4xx answers (an
 * invalid or unreachable number) are permanent, except 429 (throttled); 5xx, timeouts and connection errors are an
 * outage: retried.
 */
@ApplicationScoped
public class TwilioSmsGateway implements SmsGateway {

    private final TwilioConfig config;
    private volatile TwilioRestClient client;

    public TwilioSmsGateway(TwilioConfig config) {
        this.config = config;
    }

    @Override
    public String send(String to, String body) {
        if (config.accountSid().isEmpty() || config.authToken().isEmpty()
                || (config.from().isEmpty() && config.messagingServiceSid().isEmpty())) {
            throw new SendFailure("Twilio is not configured (repaero.twilio.account-sid, auth-token, from)", false,
                    null);
        }
        MessageCreator creator = config.messagingServiceSid().isPresent()
                ? Message.creator(new PhoneNumber(to), config.messagingServiceSid().get(), body)
                : Message.creator(new PhoneNumber(to), new PhoneNumber(config.from().get()), body);
        try {
            return creator.create(client()).getSid();
        } catch (ApiConnectionException e) {
            throw new SendFailure("Twilio unreachable: " + e.getMessage(), false, e);
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            boolean permanent = status != null && status >= 400 && status < 500 && status != 429 && status != 408;
            throw new SendFailure("Twilio refused (HTTP " + status + ", code " + e.getCode() + "): "
                    + e.getMessage(), permanent, e);
        }
    }

    private TwilioRestClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = new TwilioRestClient.Builder(config.accountSid().get(), config.authToken().get())
                            .httpClient(new BaseUrlHttpClient(config.baseUrl(), config.connectTimeout(),
                                    config.readTimeout()))
                            .build();
                }
            }
        }
        return client;
    }
}
