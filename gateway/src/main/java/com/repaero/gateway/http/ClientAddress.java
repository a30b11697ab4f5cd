package com.repaero.gateway.http;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client's IP for the per-IP budgets. {@code X-Forwarded-For} is anyone's to write, so it counts only when
 * proxies are declared in front of the gateway, and then only the entry the outermost trusted proxy appended.
 */
public final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    /**
     * @param trustedProxies how many proxies in front of the gateway append to {@code X-Forwarded-For} (0: none; the
     *        header is ignored)
     */
    public static String of(HttpServerRequest request, int trustedProxies) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (trustedProxies <= 0) {
            return peer;
        }
        // The chain as seen from here: what the client claims, what each proxy appended, then the last proxy itself.
        List<String> chain = new ArrayList<>();
        for (String header : request.headers().getAll("X-Forwarded-For")) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    chain.add(entry.trim());
                }
            }
        }
        chain.add(peer);
        String client = chain.get(Math.max(0, chain.size() - 1 - trustedProxies));
        return client.length() <= MAX_LENGTH ? client : peer;
    }
}
