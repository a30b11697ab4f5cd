package com.repaero.customer.appointment.domain;

import com.repaero.platform.problem.ProblemException;

/** A wrong 6-digit code: a 400 that still counts the attempt (the transaction commits). */
public class WrongConfirmationCode extends ProblemException.InvalidInput {

    public WrongConfirmationCode(int attemptsLeft) {
        super("code", "is not the code sent by email (" + attemptsLeft + " attempt(s) left)");
    }
}
