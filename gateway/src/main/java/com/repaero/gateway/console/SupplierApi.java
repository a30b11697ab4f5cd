package com.repaero.gateway.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * supplier-service as the console pages call it: paths under {@code /api/supplier}, the person's own token and
 * language, and the supplier names a page shows (read once per request).
 */
@RequestScoped
public class SupplierApi {

    static final String SERVICE = "supplier";
    static final String BASE = "/api/supplier";

    private final ServiceApi api;
    private final ConsolePages pages;
    private final Map<Long, String> supplierNames = new HashMap<>();

    public SupplierApi(ServiceApi api, ConsolePages pages) {
        this.api = api;
        this.pages = pages;
    }

    /** A problem+json answer: its code (translated by the console), detail and invalid fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(int status, String code, String title, String detail, List<FieldError> errors) {
        public List<FieldError> fieldErrors() {
            return errors == null ? List.of() : errors;
        }
    }

    /** One invalid field of a problem, by its JSON path ({@code lines[0].quantity}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    /** A page of a search, as every service returns it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items, int page, int size, long total) {
        public boolean none() {
            return total == 0;
        }

        /** For the count messages: {@code none}, {@code one} or {@code many}. */
        public String plural() {
            return total == 0 ? "none" : total == 1 ? "one" : "many";
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / Math.max(1, size));
        }
    }

    public ServiceApi.Answer get(String path) {
        return api.get(SERVICE, BASE + path, pages.token(), pages.locale());
    }

    public ServiceApi.Answer post(String path, Object body) {
        return call(ServiceApi.Call.post(path).body(api.json(body), "application/json"));
    }

    /** A call whose path is relative to {@code /api/supplier}. */
    public ServiceApi.Answer call(ServiceApi.Call call) {
        return api.call(SERVICE, new ServiceApi.Call(call.method(), BASE + call.pathAndQuery(), call.body(),
                call.contentType(), call.headers(), call.serviceErrorsAreAnswers()), pages.token(), pages.locale());
    }

    public byte[] json(Object body) {
        return api.json(body);
    }

    public ServiceApi.Download download(String path) {
        return api.download(SERVICE, BASE + path, pages.token(), pages.locale());
    }

    public <T> T read(ServiceApi.Answer answer, Class<T> type) {
        return api.read(answer, type);
    }

    public <T> T read(ServiceApi.Answer answer, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        return api.read(answer, type);
    }

    public Problem problem(ServiceApi.Answer answer) {
        try {
            return api.read(answer, Problem.class);
        } catch (IllegalStateException e) {
            return new Problem(answer.status(), null, null, null, List.of());
        }
    }

    /** The legal name of a supplier, or its number when it cannot be read. */
    public String supplierName(long id) {
        return supplierNames.computeIfAbsent(id, key -> {
            ServiceApi.Answer answer = get("/suppliers/" + key);
            return answer.ok() ? read(answer, SupplierPages.Supplier.class).legalName() : "#" + key;
        });
    }
}
