package com.repaero.supplier.bank.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;
import com.repaero.supplier.bank.domain.PaymentBatch;
import com.repaero.supplier.bank.domain.PaymentBatchSender;
import com.repaero.supplier.bank.domain.PaymentBatchService;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * SEPA payment batches of approved vendor bills. Changing methods are transactional so that the response is built from
 * the entities inside the transaction.
 */
@Path("/payment-batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payment batches")
public class PaymentBatchResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final PaymentBatchService batches;
    private final PaymentBatchSender sender;
    private final SecurityIdentity identity;

    public PaymentBatchResource(PaymentBatchService batches, PaymentBatchSender sender, SecurityIdentity identity) {
        this.batches = batches;
        this.sender = sender;
        this.identity = identity;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Create a payment batch", description = "Builds the pain.001.001.09 file for APPROVED bills. "
            + "The Idempotency-Key header is mandatory: a retry with the same key and body returns the same batch "
            + "(200), the same key with another body is refused (422 idempotency-key-reused). 409 "
            + "bill-already-in-batch when a bill is already being paid.")
    @APIResponse(responseCode = "201", description = "Created; Location of the batch", content = @Content(schema = @Schema(implementation = PaymentBatchResponse.class)))
    @APIResponse(responseCode = "200", description = "Same Idempotency-Key and body as before: the batch created then", content = @Content(schema = @Schema(implementation = PaymentBatchResponse.class)))
    public Response create(
            @Parameter(description = "A unique key per batch, chosen by the client (e.g. a UUID)", required = true) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull PaymentBatchRequest request, UriInfo uri) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidInput(IDEMPOTENCY_KEY, "is mandatory: send a unique key per batch, e.g. a UUID");
        }
        if (idempotencyKey.length() > 100) {
            throw new InvalidInput(IDEMPOTENCY_KEY, "must be at most 100 characters");
        }
        PaymentBatchService.Outcome outcome = batches.create(idempotencyKey.strip(), request.billIds(),
                request.requestedExecutionDate(), identity.getPrincipal().getName());
        PaymentBatchResponse body = PaymentBatchResponse.of(outcome.batch());
        if (!outcome.created()) {
            return Response.ok(body).build();
        }
        URI location = uri.getAbsolutePathBuilder().path(outcome.batch().id.toString()).build();
        return Response.created(location).entity(body).build();
    }

    @POST
    @Path("{id}/send")
    @Consumes(MediaType.WILDCARD) // no body: a client need not send a Content-Type
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Send a payment batch to the bank", description = "Uploads the pain.001 file; the batch "
            + "becomes SENT and its bills IN_PAYMENT (emits PaymentBatchSent). 409 batch-already-sent: a file is "
            + "never sent twice. 502 bank-refused, 502 bank-tls-failed (client certificate missing or refused, "
            + "bank certificate not trusted) / 503 bank-unavailable: nothing changed, the batch can be sent again.")
    public PaymentBatchResponse send(@PathParam("id") long id) {
        return PaymentBatchResponse.of(sender.send(id, identity.getPrincipal().getName()));
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Read a payment batch", description = "With the transfer (EndToEndId, state) of each bill.")
    public PaymentBatchResponse get(@PathParam("id") long id) {
        return PaymentBatchResponse.of(find(id));
    }

    @GET
    @Path("{id}/pain001")
    @Produces(MediaType.APPLICATION_XML)
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Download the pain.001 file of a batch", description = "The SEPA credit transfer "
            + "initiation (pain.001.001.09) as sent to the bank, as an attachment.")
    @APIResponse(responseCode = "200", description = "The pain.001.001.09 file", content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)))
    public Response pain001(@PathParam("id") long id) {
        PaymentBatch batch = find(id);
        return Response.ok(batch.pain001, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + batch.messageId + ".xml\"").build();
    }

    private static PaymentBatch find(long id) {
        return PaymentBatch.<PaymentBatch>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Payment batch", id));
    }
}
