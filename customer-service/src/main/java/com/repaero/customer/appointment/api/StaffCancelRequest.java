package com.repaero.customer.appointment.api;

import jakarta.validation.constraints.Size;

/** A cancellation by staff; the reason is told to the customer. */
public record StaffCancelRequest(@Size(max = 500) String reason) {
}
