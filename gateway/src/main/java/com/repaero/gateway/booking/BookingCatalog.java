package com.repaero.gateway.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

/** What can be booked: the public appointment types and their free times, read from customer-service. */
@ApplicationScoped
public class BookingCatalog {

    private final BookingApi api;

    public BookingCatalog(BookingApi api) {
        this.api = api;
    }

    public List<PublicType> types(BookingApi.Visitor visitor) {
        BookingApi.Answer answer = api.get("/appointment-types", visitor);
        if (!answer.ok()) {
            throw new BookingApi.Unavailable("No appointment types from customer-service: " + answer.status(), null,
                    null);
        }
        return api.readList(answer, PublicType.class);
    }

    public Optional<PublicType> type(String code, BookingApi.Visitor visitor) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return types(visitor).stream().filter(t -> code.equals(t.code())).findFirst();
    }

    /** The window of days from {@code from} with their free times; none when the API refuses the query. */
    public SlotPicker.Choice choice(PublicType type, LocalDate from, LocalDate day, BookingApi.Visitor visitor,
            BookingFormats formats, Function<LocalDate, String> dayHref, Function<FreeSlot, String> slotHref) {
        LocalDate to = from.plusDays(SlotPicker.WINDOW_DAYS - 1L);
        BookingApi.Answer answer = api.get("/availability?type=" + Links.encode(type.code()) + "&from=" + from
                + "&to=" + to, visitor);
        List<FreeSlot> free = answer.ok() ? nonNull(api.read(answer, Availability.class).slots()) : List.of();
        return SlotPicker.choose(free, from, day, formats, dayHref, slotHref);
    }

    /** Is there a later window within the type's booking window (days ahead one may book)? */
    public boolean hasDaysAfter(PublicType type, LocalDate from, LocalDate today) {
        return !from.plusDays(SlotPicker.WINDOW_DAYS).isAfter(today.plusDays(type.bookingWindowDays()));
    }

    private static List<FreeSlot> nonNull(List<FreeSlot> slots) {
        return slots == null ? List.of() : slots;
    }
}
