package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.invoicing.domain.InvoiceService;

/** What a credit note credits: every line in full when {@code lines} is empty or absent. */
public record CreditNoteRequest(
        @Schema(description = "Lines of the invoice and quantities to credit; all of it when empty") @Size(max = 200) List<@NotNull @Valid CreditedLine> lines,
        @Schema(examples = "Pièce retournée") @Size(max = 2000) String notes) {

    /** One invoice line and the quantity credited. */
    @Schema(name = "CreditedLineRequest")
    public record CreditedLine(@NotNull @Positive Integer lineNumber,
            @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity) {
    }

    List<InvoiceService.CreditedLine> credited() {
        return lines == null
                ? List.of()
                : lines.stream().map(l -> new InvoiceService.CreditedLine(l.lineNumber(), l.quantity())).toList();
    }
}
