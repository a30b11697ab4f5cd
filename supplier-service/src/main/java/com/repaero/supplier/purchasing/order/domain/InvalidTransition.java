package com.repaero.supplier.purchasing.order.domain;

import com.repaero.platform.problem.ProblemException;

/** 409 {@code invalid-transition}: the requested state cannot be reached from the current one. */
public class InvalidTransition extends ProblemException.Conflict {

    public InvalidTransition(String what, Enum<?> current, Enum<?> requested) {
        super("invalid-transition", "%s is %s: it cannot move to %s".formatted(what, current, requested));
    }
}
