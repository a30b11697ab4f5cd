package com.repaero.gateway.console;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Console errors are pages for people; being more specific than the commons mappers, these win for them. */
public class ConsoleExceptionMappers {

    private final ConsolePages pages;

    public ConsoleExceptionMappers(ConsolePages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response page(ConsolePageException e) {
        return Response.status(e.status()).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(e.page().render())
                .build();
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceApi.Unavailable e) {
        return page(pages.unavailable());
    }
}
