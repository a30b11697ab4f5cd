package com.repaero.gateway.booking;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The booking pages' refusals are pages for people, with {@code Retry-After} when there is a time to come back. */
public class BookingExceptionMappers {

    private final BookingPages pages;

    public BookingExceptionMappers(BookingPages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response page(BookingPageException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(e.page().render());
        if (e.retryAfter() != null) {
            response.header("Retry-After", Long.toString(BookingPages.seconds(e.retryAfter())));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response notRolledOut(BookingApi.NotRolledOut e) {
        return page(pages.notRolledOut());
    }

    @ServerExceptionMapper
    public Response unavailable(BookingApi.Unavailable e) {
        return page(pages.unavailable(e.retryAfter()));
    }
}
