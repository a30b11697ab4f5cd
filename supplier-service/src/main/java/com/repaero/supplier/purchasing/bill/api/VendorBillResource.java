package com.repaero.supplier.purchasing.bill.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.platform.api.IfMatch;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.security.Roles;
import com.repaero.supplier.purchasing.api.EntityTags;
import com.repaero.supplier.purchasing.bill.domain.VendorBill;
import com.repaero.supplier.purchasing.bill.domain.VendorBillService;
import com.repaero.supplier.purchasing.bill.domain.VendorBillState;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Vendor bills: entered and approved by accounting after a three-way match. Changing methods are transactional so that
 * the response is built from the entities inside the transaction.
 */
@Path("/bills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vendor bills")
public class VendorBillResource {

    private static final String BILL = "The vendor bill";

    private final VendorBillService bills;
    private final SecurityIdentity identity;

    public VendorBillResource(VendorBillService bills, SecurityIdentity identity) {
        this.bills = bills;
        this.identity = identity;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Enter a supplier invoice", description = "Matched at once against the order and receipts: "
            + "MATCHED (emits VendorBillMatched) or DISCREPANCY with the list. 409 duplicate-invoice-number when the "
            + "supplier's invoice number was already entered.")
    @APIResponse(responseCode = "201", description = "Entered and matched (MATCHED or DISCREPANCY); Location and ETag", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = VendorBillResponse.class)))
    public Response enter(@Valid @NotNull BillRequest request, UriInfo uri) {
        VendorBill bill = bills.enter(new VendorBillService.BillData(request.orderId(), request.invoiceNumber(),
                request.invoiceDate(), request.dueDate(), request.vatAmount(),
                request.lines().stream().map(BillLineRequest::toData).toList()), actor());
        URI location = uri.getAbsolutePathBuilder().path(bill.id.toString()).build();
        return Response.created(location).tag(EntityTags.of(bill.version)).entity(VendorBillResponse.of(bill)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN})
    @Operation(summary = "Read a vendor bill", description = "The ETag is the version, for If-Match on changes.")
    @APIResponse(responseCode = "200", description = "The bill with its discrepancies", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = VendorBillResponse.class)))
    public Response get(@PathParam("id") long id) {
        VendorBill bill = VendorBill.<VendorBill>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Vendor bill", id));
        return ok(bill);
    }

    @POST
    @Path("{id}/match")
    @Consumes(MediaType.WILDCARD) // no body: a client need not send a Content-Type
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Match a bill again", description = "From RECEIVED or DISCREPANCY, e.g. after more goods "
            + "arrived; requires If-Match.")
    @APIResponse(responseCode = "200", description = "Matched again; the new ETag", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = VendorBillResponse.class)))
    public Response match(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(bills.rematch(id, IfMatch.version(ifMatch, BILL), actor()));
    }

    @POST
    @Path("{id}/approve")
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Approve a bill for payment", description = "A MATCHED bill; a DISCREPANCY bill only by an "
            + "admin giving a reason (else 422 bill-has-discrepancies); requires If-Match.")
    @APIResponse(responseCode = "200", description = "APPROVED for payment; the new ETag", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = VendorBillResponse.class)))
    public Response approve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ApproveBillRequest request) {
        return ok(bills.approve(id, IfMatch.version(ifMatch, BILL), request == null ? null : request.reason(),
                actor()));
    }

    @GET
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN})
    @Operation(summary = "Search vendor bills", description = "By supplier and state; sorted by due date, then id.")
    public PageResponse<VendorBillSummary> search(
            @QueryParam("supplierId") @Positive Long supplierId,
            @QueryParam("state") @Pattern(regexp = "RECEIVED|MATCHED|DISCREPANCY|APPROVED|IN_PAYMENT|PARTLY_PAID|PAID") String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (supplierId != null) {
            where.add("supplierId = :supplierId");
            params.put("supplierId", supplierId);
        }
        if (state != null) {
            where.add("state = :state");
            params.put("state", VendorBillState.valueOf(state));
        }
        PanacheQuery<VendorBill> found = VendorBill.find(
                "from VendorBill" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)),
                Sort.ascending("dueDate", "id"), params);
        return new PageResponse<>(found.page(page, size).list().stream().map(VendorBillSummary::of).toList(), page,
                size, found.count());
    }

    private VendorBillService.Actor actor() {
        return new VendorBillService.Actor(identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN));
    }

    private static Response ok(VendorBill bill) {
        return Response.ok(VendorBillResponse.of(bill)).tag(EntityTags.of(bill.version)).build();
    }
}
