package com.repaero.customer.appointment.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.type.NumericBooleanConverter;

import com.repaero.platform.persistence.AuditedEntity;

/**
 * A kind of appointment the public can book: how long, what it blocks around it, how far ahead, how many at once and
 * when. An AOG type is the urgent after-hours one: its hours are evenings, nights and week-ends, it is served by the
 * on-call roster instead of the technicians' calendars, and its bookings page the on-call contact.
 */
@Entity
@Table(name = "appointment_type")
public class AppointmentType extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "appointment_type_seq", sequenceName = "appointment_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_type_seq")
    public Long id;

    /** Stable identifier used by the public page, e.g. {@code depot-equipement}. */
    @Column(nullable = false)
    public String code;

    /** French name shown to the public. */
    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "buffer_before_minutes", nullable = false)
    public int bufferBeforeMinutes;

    @Column(name = "buffer_after_minutes", nullable = false)
    public int bufferAfterMinutes;

    /** Spacing of the offered start times. */
    @Column(name = "slot_step_minutes", nullable = false)
    public int slotStepMinutes;

    @Column(name = "minimum_notice_minutes", nullable = false)
    public int minimumNoticeMinutes;

    @Column(name = "booking_window_days", nullable = false)
    public int bookingWindowDays;

    /** Bookings of this type that may overlap. */
    @Column(nullable = false)
    public int capacity;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    public boolean aog;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(name = "public_booking", nullable = false)
    public boolean publicBooking;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    public boolean active = true;

    @ElementCollection
    @CollectionTable(name = "appointment_type_hours", joinColumns = @JoinColumn(name = "appointment_type_id"))
    public List<DailyWindow> hours = new ArrayList<>();

    /** The rules the slot planner applies. */
    public SlotPlanner.Rules rules() {
        return new SlotPlanner.Rules(id, durationMinutes, bufferBeforeMinutes, bufferAfterMinutes, slotStepMinutes,
                minimumNoticeMinutes, bookingWindowDays, capacity, !aog, List.copyOf(hours));
    }
}
