package com.repaero.customer.appointment.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.repaero.platform.problem.ProblemException;

/** The technicians' calendars kept here until resource-service (phase 5): working hours and absences. */
@ApplicationScoped
public class TechnicianService {

    private final Clock clock;

    public TechnicianService(Clock clock) {
        this.clock = clock;
    }

    /** What staff set on a technician. */
    public record TechnicianData(String name, String email, String phone, boolean active, List<DailyWindow> hours) {
    }

    public List<Technician> all() {
        return Technician.list("select distinct t from Technician t left join fetch t.hours order by t.name");
    }

    public Technician byId(long id) {
        return Technician.<Technician>find("select t from Technician t left join fetch t.hours where t.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new ProblemException.NotFound("Technician", id));
    }

    @Transactional
    public Technician create(TechnicianData data, String user) {
        Technician t = new Technician();
        apply(t, data);
        t.markCreated(user, clock.instant());
        t.persist();
        return t;
    }

    @Transactional
    public Technician update(long id, TechnicianData data, String user) {
        Technician t = byId(id);
        apply(t, data);
        t.markUpdated(user, clock.instant());
        return t;
    }

    public List<TechnicianAbsence> absences(long technicianId) {
        byId(technicianId);
        return TechnicianAbsence.list("technicianId = ?1 order by startsAt", technicianId);
    }

    @Transactional
    public TechnicianAbsence addAbsence(long technicianId, Instant start, Instant end, String reason) {
        byId(technicianId);
        if (!start.isBefore(end)) {
            throw new ProblemException.InvalidInput("end", "must be after start");
        }
        TechnicianAbsence absence = new TechnicianAbsence();
        absence.technicianId = technicianId;
        absence.startsAt = start;
        absence.endsAt = end;
        absence.reason = reason;
        absence.persist();
        return absence;
    }

    @Transactional
    public void removeAbsence(long technicianId, long absenceId) {
        long deleted = TechnicianAbsence.delete("id = ?1 and technicianId = ?2", absenceId, technicianId);
        if (deleted == 0) {
            throw new ProblemException.NotFound("Absence", absenceId);
        }
    }

    private static void apply(Technician t, TechnicianData data) {
        AppointmentTypeService.checkHours(data.hours(), "hours");
        t.name = data.name();
        t.email = data.email();
        t.phone = data.phone();
        t.active = data.active();
        t.hours.clear();
        t.hours.addAll(data.hours());
    }
}
