package com.repaero.customer.notification.twilio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK's transport, on the JDK HTTP client: sends each request to the configured base URL instead of
 * https://api.twilio.com (the SDK has no such setting), with our time limits, and once: the notification outbox owns
 * the retries (the SDK's own would sleep on the sender's thread).
 */
public class BaseUrlHttpClient extends HttpClient {

    private static final String TWILIO_API = "https://api.twilio.com";

    private final String baseUrl;
    private final Duration readTimeout;
    private final java.net.http.HttpClient client;

    public BaseUrlHttpClient(String baseUrl, Duration connectTimeout, Duration readTimeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.readTimeout = readTimeout;
        this.client = java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
    }

    /** Where a Twilio URL goes: same path and query on our base URL. */
    String rewrite(String url) {
        return url.startsWith(TWILIO_API) ? baseUrl + url.substring(TWILIO_API.length()) : url;
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        String url = rewrite(request.constructURL().toString());
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", "repaero-customer-service twilio-java");
        String auth = request.getAuthString();
        if (auth != null && !auth.isEmpty()) {
            http.header("Authorization", auth);
        }
        for (Map.Entry<String, List<String>> header : request.getHeaderParams().entrySet()) {
            header.getValue().forEach(v -> http.header(header.getKey(), v));
        }
        if (request.getMethod() == HttpMethod.POST) {
            http.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(request.encodeFormBody(), StandardCharsets.UTF_8));
        } else {
            http.method(request.getMethod().toString(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = client.send(http.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Header[] headers = response.headers().map().entrySet().stream()
                    .flatMap(h -> h.getValue().stream().map(v -> (Header) new BasicHeader(h.getKey(), v)))
                    .toArray(Header[]::new);
            return new Response(response.body(), response.statusCode(), headers);
        } catch (IOException e) {
            throw new ApiConnectionException("Twilio unreachable at " + baseUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("Interrupted while calling Twilio", e);
        }
    }
}
