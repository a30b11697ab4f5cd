package com.repaero.gateway.console;

import jakarta.enterprise.context.RequestScoped;

/**
 * customer-service as the console pages call it: paths under {@code /api/customer}, the person's own token and
 * language.
 */
@RequestScoped
public class CustomerApi {

    static final String SERVICE = "customer";
    static final String BASE = "/api/customer";

    private final ServiceApi api;
    private final ConsolePages pages;

    public CustomerApi(ServiceApi api, ConsolePages pages) {
        this.api = api;
        this.pages = pages;
    }

    public ServiceApi.Answer get(String path) {
        return api.get(SERVICE, BASE + path, pages.token(), pages.locale());
    }

    public ServiceApi.Answer post(String path, Object body) {
        return call(ServiceApi.Call.post(path).body(api.json(body), "application/json"));
    }

    /** A call whose path is relative to {@code /api/customer}. */
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

    public SupplierApi.Problem problem(ServiceApi.Answer answer) {
        try {
            return api.read(answer, SupplierApi.Problem.class);
        } catch (IllegalStateException e) {
            return new SupplierApi.Problem(answer.status(), null, null, null, java.util.List.of());
        }
    }
}
