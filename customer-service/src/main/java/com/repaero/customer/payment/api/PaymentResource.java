package com.repaero.customer.payment.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.payment.domain.CustomerCredit;
import com.repaero.customer.payment.domain.PaymentService;
import com.repaero.customer.payment.domain.StatementLine;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.security.Roles;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/** What the accountant works from: the credit lines no rule matched, and the customers' credit and its uses. */
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer payments")
public class PaymentResource {

    private final PaymentService payments;
    private final SecurityIdentity identity;

    public PaymentResource(PaymentService payments, SecurityIdentity identity) {
        this.payments = payments;
        this.identity = identity;
    }

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

    @GET
    @Path("credits")
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "List customers' credits", description = "Overpayments and payments of already paid invoices, "
            + "kept for a refund or a later invoice, with what is left of each and the invoices it paid. open=true: "
            + "only those with money left.")
    public List<CreditResponse> credits(@QueryParam("customerId") @NotNull @Positive Long customerId,
            @QueryParam("open") @DefaultValue("false") boolean open) {
        String query = open ? "customerId = ?1 and remaining > 0" : "customerId = ?1";
        return CustomerCredit.<CustomerCredit>list(query, Sort.ascending("id"), customerId).stream()
                .map(CreditResponse::of).toList();
    }

    @GET
    @Path("credits/{id}")
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Read a customer's credit", description = "What is left of it and the invoices it paid.")
    public CreditResponse credit(@PathParam("id") long id) {
        return CreditResponse.of(CustomerCredit.<CustomerCredit>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Credit", id)));
    }

    @POST
    @Path("credits/{id}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Pay an invoice from a customer's credit", description = "An issued, not fully paid invoice "
            + "of the credit's customer; amount omitted: all the credit can give, up to what the invoice owes. Records "
            + "a payment of the invoice (PARTLY_PAID or PAID) and a use of the credit, and emits PaymentReceived with "
            + "source CUSTOMER_CREDIT. 404 not-found (credit); 400 invoiceId not an invoice; 409 credit-used-up, "
            + "invoice-already-paid; 422 credit-customer-mismatch, invoice-not-payable, amount-exceeds-credit, "
            + "amount-exceeds-outstanding. Nothing changes when refused.")
    public CreditApplicationResponse apply(@PathParam("id") long id, @Valid @NotNull CreditApplicationRequest request) {
        return CreditApplicationResponse.of(payments.applyCredit(id, request.invoiceId(), request.amount(),
                identity.getPrincipal().getName()));
    }
}
