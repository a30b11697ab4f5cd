package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.invoicing.domain.InvoiceService;
import com.repaero.customer.invoicing.domain.LineInput;
import com.repaero.customer.invoicing.domain.OperationCategory;
import com.repaero.customer.invoicing.domain.PaymentTerms;

/** An invoice draft as the client creates or replaces it. */
public record InvoiceRequest(
        @NotNull @Positive Long customerId,
        @Schema(description = "GOODS, SERVICES or MIXED; inferred from the part numbers when absent") OperationCategory operationCategory,
        @Schema(description = "The customer's terms (or DAYS_30) when absent") PaymentTerms paymentTerms,
        @Schema(examples = "5", description = "Document discount in percent") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        @Schema(examples = "PO-4711", description = "The customer's order reference") @Size(max = 100) String buyerReference,
        @Schema(description = "Date of delivery or end of service, when not the issue date") LocalDate deliveryDate,
        @Size(max = 2000) String notes,
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid LineRequest> lines) {

    InvoiceService.DraftData data() {
        return new InvoiceService.DraftData(customerId, operationCategory, paymentTerms, discountPercent,
                buyerReference, deliveryDate, notes);
    }

    List<LineInput> inputs() {
        return lines.stream().map(LineRequest::toInput).toList();
    }
}
