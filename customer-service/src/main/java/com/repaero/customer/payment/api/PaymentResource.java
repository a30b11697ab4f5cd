package com.repaero.customer.payment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.payment.domain.CustomerCredit;
import com.repaero.customer.payment.domain.StatementLine;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.security.Roles;

import io.quarkus.panache.common.Sort;

/** What the accountant works from: the credit lines no rule matched, and the customers' credit. */
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer payments")
public class PaymentResource {

    @GET
    @Path("unmatched")
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "List the unmatched credit lines", description = "Of every statement, oldest first: transfers "
            + "that named no invoice and matched no amount, to be allocated by hand.")
    public PageResponse<StatementLineResponse> unmatched(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        var found = StatementLine.<StatementLine>find("status", Sort.ascending("id"), StatementLine.Status.UNMATCHED);
        return new PageResponse<>(found.page(page, size).list().stream().map(StatementLineResponse::of).toList(), page,
                size, found.count());
    }

    /** Money a customer paid beyond what its invoices asked. */
    public record CreditResponse(long id, long customerId, long lineId, BigDecimal amount, Instant createdAt) {
    }

    @GET
    @Path("credits")
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "List customers' credits", description = "Overpayments and payments of already paid invoices, "
            + "kept for a refund or a later invoice.")
    public List<CreditResponse> credits(@QueryParam("customerId") @NotNull @Positive Long customerId) {
        return CustomerCredit.<CustomerCredit>list("customerId", Sort.ascending("id"), customerId).stream()
                .map(c -> new CreditResponse(c.id, c.customerId, c.lineId, StatementLineResponse.cents(c.amount),
                        c.createdAt))
                .toList();
    }
}
