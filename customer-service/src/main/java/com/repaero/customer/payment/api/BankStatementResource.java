package com.repaero.customer.payment.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.payment.domain.BankStatement;
import com.repaero.customer.payment.domain.PaymentService;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * camt.053 statements of our account, imported once; their credit lines are matched to invoices (reference, amount,
 * customer total) and the unmatched ones allocated by hand.
 */
@Path("/bank-statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer payments")
public class BankStatementResource {

    private final PaymentService payments;
    private final SecurityIdentity identity;

    public BankStatementResource(PaymentService payments, SecurityIdentity identity) {
        this.payments = payments;
        this.identity = identity;
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Import a camt.053 bank statement", description = "Credit lines are matched to invoices by the "
            + "invoice numbers in their remittance text or EndToEndId, else by an amount only one open invoice (or one "
            + "customer's open invoices together) owes; partial payments leave an invoice PARTLY_PAID, overpayments "
            + "become the customer's credit; emits PaymentReceived per invoice paid. The same statement Id again "
            + "returns the statement imported first (200) and changes nothing. 422 unreadable-statement.")
    public Response importStatement(String xml, UriInfo uri) {
        if (xml == null || xml.isBlank()) {
            throw new InvalidInput("body", "must be a camt.053 XML statement");
        }
        PaymentService.Outcome outcome = payments.importStatement(xml, identity.getPrincipal().getName());
        BankStatementResponse body = BankStatementResponse.of(outcome.statement());
        if (!outcome.imported()) {
            return Response.ok(body).build();
        }
        URI location = uri.getAbsolutePathBuilder().path(outcome.statement().id.toString()).build();
        return Response.created(location).entity(body).build();
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Read an imported statement", description = "Its lines with what each paid.")
    public BankStatementResponse get(@PathParam("id") long id) {
        return BankStatementResponse.of(BankStatement.<BankStatement>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Bank statement", id)));
    }

    @POST
    @Path("{id}/lines/{lineId}/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Allocate an unmatched line by hand", description = "Over one or more invoices, each up to "
            + "what it owes; the rest becomes the customer's credit. Emits PaymentReceived per invoice. 409 "
            + "line-not-unmatched; 422 amount-exceeds-outstanding, allocations-exceed-line, invoice-not-payable, "
            + "credit-customer-ambiguous.")
    public StatementLineResponse allocate(@PathParam("id") long id, @PathParam("lineId") long lineId,
            @Valid @NotNull AllocationRequest request) {
        return StatementLineResponse.of(payments.allocate(id, lineId, request.toDomain(),
                identity.getPrincipal().getName()));
    }
}
