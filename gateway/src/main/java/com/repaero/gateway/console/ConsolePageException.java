package com.repaero.gateway.console;

import io.quarkus.qute.TemplateInstance;

/** Ends a console request with an HTML page (403, 404, 503…) instead of the API's problem+json. */
public class ConsolePageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient TemplateInstance page;

    public ConsolePageException(int status, TemplateInstance page) {
        super("console page " + status, null, false, false);
        this.status = status;
        this.page = page;
    }

    public int status() {
        return status;
    }

    public TemplateInstance page() {
        return page;
    }
}
