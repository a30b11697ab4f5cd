package com.repaero.customer.appointment.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.repaero.platform.problem.ProblemException;

/** Staff management of appointment types (sales, admin). */
@ApplicationScoped
public class AppointmentTypeService {

    private final Clock clock;

    public AppointmentTypeService(Clock clock) {
        this.clock = clock;
    }

    public List<AppointmentType> all() {
        return AppointmentType.list("select distinct t from AppointmentType t left join fetch t.hours order by t.name");
    }

    public AppointmentType byId(long id) {
        return AppointmentType.<AppointmentType>find("select t from AppointmentType t left join fetch t.hours"
                + " where t.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> new ProblemException.NotFound("Appointment type", id));
    }

    @Transactional
    public AppointmentType create(AppointmentTypeData data, String user) {
        if (AppointmentType.count("code", data.code()) > 0) {
            throw new ProblemException.Conflict("duplicate-code", "An appointment type with code " + data.code()
                    + " already exists");
        }
        AppointmentType type = new AppointmentType();
        apply(type, data);
        type.markCreated(user, clock.instant());
        type.persist();
        return type;
    }

    @Transactional
    public AppointmentType update(long id, int expectedVersion, AppointmentTypeData data, String user) {
        AppointmentType type = byId(id);
        if (type.version != expectedVersion) {
            throw new ProblemException.StaleVersion("Appointment type " + id);
        }
        if (!type.code.equals(data.code()) && AppointmentType.count("code", data.code()) > 0) {
            throw new ProblemException.Conflict("duplicate-code", "An appointment type with code " + data.code()
                    + " already exists");
        }
        apply(type, data);
        type.markUpdated(user, clock.instant());
        return type;
    }

    private static void apply(AppointmentType type, AppointmentTypeData data) {
        checkHours(data.hours(), "hours");
        type.code = data.code();
        type.name = data.name();
        type.description = data.description();
        type.durationMinutes = data.durationMinutes();
        type.bufferBeforeMinutes = data.bufferBeforeMinutes();
        type.bufferAfterMinutes = data.bufferAfterMinutes();
        type.slotStepMinutes = data.slotStepMinutes();
        type.minimumNoticeMinutes = data.minimumNoticeMinutes();
        type.bookingWindowDays = data.bookingWindowDays();
        type.capacity = data.capacity();
        type.aog = data.aog();
        type.publicBooking = data.publicBooking();
        type.active = data.active();
        type.hours.clear();
        type.hours.addAll(data.hours());
    }

    /** Windows of one weekday must not overlap (a slot would be offered twice). */
    static void checkHours(List<DailyWindow> hours, String field) {
        List<DailyWindow> sorted = new ArrayList<>(hours);
        sorted.sort(Comparator.comparingInt((DailyWindow w) -> w.dayOfWeek).thenComparingInt(w -> w.startMinute));
        for (int i = 0; i < sorted.size(); i++) {
            DailyWindow w = sorted.get(i);
            if (w.startMinute >= w.endMinute) {
                throw new ProblemException.InvalidInput(field + "[" + i + "]", "must start before it ends");
            }
            if (i > 0 && sorted.get(i - 1).dayOfWeek == w.dayOfWeek && sorted.get(i - 1).endMinute > w.startMinute) {
                throw new ProblemException.InvalidInput(field, "windows of " + w.day() + " overlap");
            }
        }
    }
}
