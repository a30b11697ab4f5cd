package com.repaero.supplier.purchasing.receipt.api;

import java.net.URI;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.security.Roles;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrder;
import com.repaero.supplier.purchasing.receipt.domain.GoodsReceipt;
import com.repaero.supplier.purchasing.receipt.domain.GoodsReceiptService;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/** Goods receipts of a purchase order, with their incoming inspection. */
@Path("/orders/{orderId}/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goods receipts")
public class GoodsReceiptResource {

    private final GoodsReceiptService receipts;
    private final SecurityIdentity identity;

    public GoodsReceiptResource(GoodsReceiptService receipts, SecurityIdentity identity) {
        this.receipts = receipts;
        this.identity = identity;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.PURCHASING, Roles.STOREKEEPER, Roles.ADMIN})
    @Operation(summary = "Record a goods receipt", description = "Quantity at most remaining + over-delivery "
            + "tolerance (else 422 over-delivery); moves the order to PARTLY_RECEIVED or RECEIVED; emits GoodsReceived.")
    @APIResponse(responseCode = "201", description = "Received; Location of the receipt (emits GoodsReceived)", content = @Content(schema = @Schema(implementation = GoodsReceiptResponse.class)))
    public Response receive(@PathParam("orderId") long orderId, @Valid @NotNull ReceiptRequest request, UriInfo uri) {
        GoodsReceipt receipt = receipts.receive(orderId, new GoodsReceiptService.ReceiptData(request.deliveryNote(),
                request.receivedAt(), request.lines().stream().map(ReceiptLineRequest::toData).toList()),
                identity.getPrincipal().getName());
        URI location = uri.getAbsolutePathBuilder().path(receipt.id.toString()).build();
        return Response.created(location).entity(GoodsReceiptResponse.of(receipt)).build();
    }

    @GET
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN})
    @Operation(summary = "List the receipts of a purchase order", description = "Oldest first.")
    public List<GoodsReceiptResponse> list(@PathParam("orderId") long orderId) {
        if (PurchaseOrder.findById(orderId) == null) {
            throw new ProblemException.NotFound("Purchase order", orderId);
        }
        return GoodsReceipt.<GoodsReceipt>list("order.id", Sort.ascending("receivedAt", "id"), orderId).stream()
                .map(GoodsReceiptResponse::of).toList();
    }

    @GET
    @Path("{receiptId}")
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN})
    @Operation(summary = "Read a goods receipt")
    public GoodsReceiptResponse get(@PathParam("orderId") long orderId, @PathParam("receiptId") long receiptId) {
        GoodsReceipt receipt = GoodsReceipt.findById(receiptId);
        if (receipt == null || !receipt.order.id.equals(orderId)) {
            throw new ProblemException.NotFound("Goods receipt", receiptId);
        }
        return GoodsReceiptResponse.of(receipt);
    }
}
