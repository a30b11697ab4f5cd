package com.repaero.supplier.shipment.colissimo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Client of the Colissimo label (SLS) and tracking (timeline) REST services.
 * <p>
 * The JDK HttpClient rather than the Quarkus REST client: generateLabel answers {@code multipart/mixed} with a binary
 * label, which we want as raw bytes, and each attempt gets its own deadline cut from one total budget, which is
 * simplest to express around {@code sendAsync(...).get(timeout)}. Retries are a small explicit loop for the same
 * reason: exponential backoff, never for functional refusals, and never past the total timeout, so the user always
 * gets an answer in bounded time. Tracking is a read and is retried after any outage; generateLabel is not idempotent
 * (Colissimo offers no request key), so it is retried only when the request certainly was not carried out (connection
 * refused, 503, 429): after a timeout or a lost answer a label may exist, and asking again at once would make a second.
 */
@ApplicationScoped
public class ColissimoClient {

    private static final Logger LOG = Logger.getLogger(ColissimoClient.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");

    private final Settings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /** The values the client needs, so that plain unit tests can build one without CDI. */
    public record Settings(String baseUrl, Optional<String> contractNumber, Optional<String> password,
            Optional<String> apiKey, Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
            int maxAttempts, Duration initialBackoff, Duration maxBackoff, ColissimoConfig.Sender sender) {

        static Settings of(ColissimoConfig c) {
            return new Settings(c.baseUrl(), c.contractNumber(), c.password(), c.apiKey().filter(k -> !k.isBlank()),
                    c.connectTimeout(), c.readTimeout(), c.totalTimeout(), c.maxAttempts(), c.initialBackoff(),
                    c.maxBackoff(), c.sender());
        }
    }

    @Inject
    public ColissimoClient(ColissimoConfig config) {
        this(Settings.of(config));
    }

    public ColissimoClient(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    }

    /**
     * Calls generateLabel.
     *
     * @throws ColissimoException.Refused for functional errors (30000 credentials, 30220 postcode…)
     * @throws ColissimoException.Unavailable when no usable answer came within the total timeout
     */
    public Label generateLabel(LabelRequest request) {
        requireCredentials();
        ObjectNode body = json.createObjectNode();
        Map<String, String> headers = Map.of();
        if (settings.apiKey().isPresent()) {
            headers = Map.of("apiKey", settings.apiKey().get());
        } else {
            body.put("contractNumber", settings.contractNumber().get());
            body.put("password", settings.password().get());
        }
        ObjectNode format = body.putObject("outputFormat");
        format.put("x", 0);
        format.put("y", 0);
        format.put("outputPrintingType", request.outputFormat());
        ObjectNode letter = body.putObject("letter");
        ObjectNode service = letter.putObject("service");
        service.put("productCode", request.productCode());
        service.put("depositDate", request.depositDate().toString());
        putIfPresent(service, "orderNumber", request.orderNumber());
        service.put("commercialName", settings.sender().companyName());
        ObjectNode parcel = letter.putObject("parcel");
        parcel.put("weight", request.weightKg());
        if (request.insuranceValue() != null && request.insuranceValue().signum() > 0) {
            parcel.put("insuranceValue", request.insuranceValue());
        }
        ObjectNode sender = letter.putObject("sender");
        sender.put("senderParcelRef", request.senderParcelRef());
        ObjectNode from = sender.putObject("address");
        ColissimoConfig.Sender us = settings.sender();
        from.put("companyName", us.companyName());
        from.put("line2", us.line2());
        from.put("city", us.city());
        from.put("zipCode", us.zipCode());
        from.put("countryCode", us.countryCode());
        ObjectNode addressee = letter.putObject("addressee");
        putIfPresent(addressee, "addresseeParcelRef", request.addresseeParcelRef());
        ObjectNode to = addressee.putObject("address");
        LabelRequest.Addressee a = request.addressee();
        putIfPresent(to, "companyName", a.companyName());
        to.put("lastName", a.lastName());
        to.put("firstName", a.firstName());
        to.put("line2", a.line2());
        to.put("city", a.city());
        to.put("zipCode", a.zipCode());
        to.put("countryCode", a.countryCode());
        putIfPresent(to, "email", a.email());
        putIfPresent(to, "mobileNumber", a.mobileNumber());

        Map<String, String> auth = headers;
        return withRetries("generateLabel", false, timeout -> {
            HttpResponse<byte[]> response = post("/sls-ws/SlsServiceWSRest/2.0/generateLabel", body, auth, timeout);
            return readLabel(response);
        });
    }

    /**
     * Calls timelineCompany for one parcel.
     *
     * @throws ColissimoException.Refused when the status is not "0" (unknown parcel, bad credentials…)
     * @throws ColissimoException.Unavailable when no usable answer came within the total timeout
     */
    public Timeline timeline(String parcelNumber) {
        requireCredentials();
        ObjectNode body = json.createObjectNode();
        if (settings.apiKey().isPresent()) {
            body.put("apiKey", settings.apiKey().get());
        } else {
            body.put("login", settings.contractNumber().get());
            body.put("password", settings.password().get());
        }
        body.put("parcelNumber", parcelNumber);
        body.put("lang", "fr_FR");
        return withRetries("timelineCompany", true, timeout -> {
            HttpResponse<byte[]> response = post("/tracking-timeline-ws/rest/tracking/timelineCompany", body,
                    Map.of(), timeout);
            return readTimeline(response);
        });
    }

    private void requireCredentials() {
        if (settings.apiKey().isEmpty() && (settings.contractNumber().isEmpty() || settings.password().isEmpty())) {
            throw new ColissimoException.Refused(List.of(new ColissimoMessage(ColissimoMessage.BAD_CREDENTIALS,
                    "ERROR", "Colissimo API key, or contract number and password, not configured")));
        }
    }

    private Label readLabel(HttpResponse<byte[]> response) throws Transient {
        failOnOutage(response);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode info;
        byte[] label = null;
        if (MultipartBody.boundaryOf(contentType).isPresent()) {
            MultipartBody multipart;
            try {
                multipart = MultipartBody.parse(contentType, response.body());
            } catch (IllegalArgumentException e) {
                throw new Transient("unreadable multipart answer: " + e.getMessage(), true);
            }
            MultipartBody.Part jsonPart = multipart.firstOfType("json").orElse(multipart.parts().get(0));
            info = readJson(jsonPart.body(), response.statusCode());
            label = multipart.parts().stream()
                    .filter(p -> p != jsonPart && !p.contentId().toLowerCase(Locale.ROOT).contains("cn23"))
                    .filter(p -> p.contentId().isEmpty() || p.contentId().equalsIgnoreCase("label"))
                    .map(MultipartBody.Part::body)
                    .findFirst().orElse(null);
        } else {
            info = readJson(response.body(), response.statusCode());
        }
        List<ColissimoMessage> errors = messages(info.path("messages")).stream().filter(ColissimoMessage::isError)
                .toList();
        if (!errors.isEmpty()) {
            throw new ColissimoException.Refused(errors);
        }
        String parcelNumber = info.path("labelV2Response").path("parcelNumber").asText("");
        if (parcelNumber.isBlank() || label == null || label.length == 0) {
            throw new ColissimoException.Refused(List.of(new ColissimoMessage("no-label", "ERROR",
                    "Colissimo answered HTTP " + response.statusCode() + " without a parcel number or label")));
        }
        return new Label(parcelNumber, label);
    }

    private Timeline readTimeline(HttpResponse<byte[]> response) throws Transient {
        failOnOutage(response);
        JsonNode root = readJson(response.body(), response.statusCode());
        JsonNode status = root.path("status").path(0);
        if (!"0".equals(status.path("code").asText())) {
            throw new ColissimoException.Refused(List.of(new ColissimoMessage(status.path("code").asText("?"),
                    "ERROR", status.path("message").asText("tracking refused"))));
        }
        JsonNode parcel = root.path("parcel");
        List<Timeline.Event> events = new ArrayList<>();
        for (JsonNode e : parcel.path("event")) {
            Optional<Instant> date = parseDate(e.path("date").asText(""));
            if (e.path("code").asText("").isBlank() || date.isEmpty()) {
                LOG.warnf("Ignoring a Colissimo tracking event without code or readable date: %s", e);
                continue;
            }
            events.add(new Timeline.Event(e.path("code").asText(), text(e, "labelShort"), text(e, "labelLong"),
                    date.get()));
        }
        int highestStep = -1;
        for (JsonNode step : parcel.path("step")) {
            if ("STEP_STATUS_ACTIVE".equalsIgnoreCase(step.path("status").asText())) {
                highestStep = Math.max(highestStep, step.path("stepId").asInt(-1));
            }
        }
        return new Timeline(List.copyOf(events), highestStep);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Colissimo dates come as ISO-8601 with an offset, sometimes without colon or offset (then Paris time). */
    static Optional<Instant> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, COMPACT_OFFSET).toInstant());
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(PARIS).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void failOnOutage(HttpResponse<byte[]> response) throws Transient {
        int status = response.statusCode();
        // 503, 429 and 408 say the request was not carried out; another 5xx (a crash, a proxy's 502/504) does not.
        if (status == 503 || status == 429 || status == 408) {
            throw new Transient("HTTP " + status, false);
        }
        if (status >= 500) {
            throw new Transient("HTTP " + status, true);
        }
    }

    private JsonNode readJson(byte[] body, int status) throws Transient {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (IOException e) {
            if (status >= 200 && status < 300) {
                // A 2xx with garbage is a broken intermediary (proxy page…): worth another attempt, but the request
                // may have been carried out behind it.
                throw new Transient("unreadable answer (HTTP " + status + ")", true);
            }
            throw new ColissimoException.Refused(List.of(new ColissimoMessage("http-" + status, "ERROR",
                    "Colissimo answered HTTP " + status + " with an unreadable body")));
        }
    }

    private static List<ColissimoMessage> messages(JsonNode array) {
        List<ColissimoMessage> messages = new ArrayList<>();
        for (JsonNode m : array) {
            messages.add(new ColissimoMessage(m.path("id").asText(""), m.path("type").asText(""),
                    m.path("messageContent").asText("")));
        }
        return messages;
    }

    private HttpResponse<byte[]> post(String path, ObjectNode body, Map<String, String> headers, Duration timeout)
            throws Transient {
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "multipart/mixed, application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            headers.forEach(builder::header);
            request = builder.build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the Colissimo request", e);
        }
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // Bounds the whole exchange, body included (the request timeout alone stops at the headers).
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Transient("no answer within " + timeout.toMillis() + " ms", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // No connection: the request never left. Anything later (timeout, reset): it may have been carried out.
            boolean notSent = cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException;
            if (cause instanceof HttpTimeoutException && !notSent) {
                throw new Transient("no answer within " + timeout.toMillis() + " ms", true);
            }
            throw new Transient(cause.getClass().getSimpleName() + (cause.getMessage() == null
                    ? ""
                    : ": " + cause.getMessage()), !notSent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new ColissimoException.Unavailable("interrupted", true);
        }
    }

    /**
     * Runs attempts until one answers, with exponential backoff, within the total timeout. {@code idempotent} false:
     * stops at the first failure after which the request may have been carried out.
     */
    private <T> T withRetries(String operation, boolean idempotent, Attempt<T> attempt) {
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        Duration backoff = settings.initialBackoff();
        String lastFailure = "no attempt";
        boolean outcomeUnknown = false;
        int attempts = 0;
        while (attempts < Math.max(1, settings.maxAttempts())) {
            Duration remaining = Duration.ofNanos(deadline - System.nanoTime());
            if (remaining.toMillis() < 50) {
                break;
            }
            attempts++;
            Duration timeout = remaining.compareTo(settings.readTimeout()) < 0 ? remaining : settings.readTimeout();
            try {
                return attempt.call(timeout);
            } catch (Transient e) {
                lastFailure = e.getMessage();
                outcomeUnknown = e.mayHaveBeenCarriedOut;
                LOG.warnf("Colissimo %s attempt %d failed: %s", operation, attempts, lastFailure);
                if (outcomeUnknown && !idempotent) {
                    break;
                }
            }
            if (attempts >= settings.maxAttempts() || System.nanoTime() + backoff.toNanos() >= deadline) {
                break;
            }
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
                    ? settings.maxBackoff()
                    : backoff.multipliedBy(2);
        }
        throw new ColissimoException.Unavailable(
                "Colissimo " + operation + " failed after " + attempts + " attempt(s): " + lastFailure,
                outcomeUnknown);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    /** One attempt with its own time limit. */
    @FunctionalInterface
    private interface Attempt<T> {
        T call(Duration timeout) throws Transient;
    }

    /** A failure worth another attempt: outage, timeout, 5xx; and whether the request may have been carried out. */
    private static final class Transient extends Exception {
        private final boolean mayHaveBeenCarriedOut;

        Transient(String message, boolean mayHaveBeenCarriedOut) {
            super(message, null, false, false);
            this.mayHaveBeenCarriedOut = mayHaveBeenCarriedOut;
        }
    }

}
