package com.repaero.supplier.purchasing.order.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body replacing the notes and lines of a DRAFT order (the supplier stays). */
@Schema(name = "UpdateOrderRequest")
public record UpdateOrderRequest(
        @Schema(examples = "Livraison quai 2, certificat EASA Form 1 exigé") @Size(max = 2000) String notes,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull OrderLineRequest> lines) {
}
