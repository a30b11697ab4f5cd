package com.repaero.supplier.purchasing.order.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a new purchase order (created as DRAFT). */
@Schema(name = "CreateOrderRequest")
public record CreateOrderRequest(
        @NotNull @Positive Long supplierId,
        @Size(max = 2000) String notes,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull OrderLineRequest> lines) {
}
