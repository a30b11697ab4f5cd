package com.repaero.supplier.purchasing.order.api;

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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import com.repaero.platform.persistence.LikePattern;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.security.Roles;
import com.repaero.supplier.purchasing.api.EntityTags;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrder;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderService;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderState;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/** Purchase orders: draft, edit, send to the supplier, cancel, close, read and search. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase orders")
public class PurchaseOrderResource {

    private static final String ORDER = "The purchase order";
    private static final Map<String, String> SORTABLE = Map.of("orderNumber", "orderNumber", "createdAt", "createdAt",
            "totalAmount", "totalAmount", "state", "state");

    private final PurchaseOrderService orders;
    private final SecurityIdentity identity;

    public PurchaseOrderResource(PurchaseOrderService orders, SecurityIdentity identity) {
        this.orders = orders;
        this.identity = identity;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Draft a purchase order", description = "Numbered PO-<year>-<n> without gaps; totals are computed.")
    @APIResponse(responseCode = "201", description = "Drafted; Location of the order, ETag its version", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PurchaseOrderResponse.class)))
    public Response create(@Valid @NotNull CreateOrderRequest request, UriInfo uri) {
        PurchaseOrder order = orders.create(request.supplierId(), request.notes(),
                request.lines().stream().map(OrderLineRequest::toData).toList(), actor());
        URI location = uri.getAbsolutePathBuilder().path(order.id.toString()).build();
        return Response.created(location).tag(EntityTags.of(order.version)).entity(PurchaseOrderResponse.of(order))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN})
    @Operation(summary = "Read a purchase order", description = "The ETag is the version, for If-Match on changes.")
    @APIResponse(responseCode = "200", description = "The order", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PurchaseOrderResponse.class)))
    public Response get(@PathParam("id") long id) {
        PurchaseOrder order = PurchaseOrder.<PurchaseOrder>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Purchase order", id));
        return ok(order);
    }

    @PUT
    @Transactional
    @Path("{id}")
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Replace the notes and lines of a DRAFT order", description = "Requires If-Match; 409 once sent.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PurchaseOrderResponse.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateOrderRequest request) {
        return ok(orders.update(id, IfMatch.version(ifMatch, ORDER), request.notes(),
                request.lines().stream().map(OrderLineRequest::toData).toList(), actor()));
    }

    @POST
    @Transactional
    @Path("{id}/send")
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Send (place) the order", description = "DRAFT -> SENT; emits PurchaseOrderPlaced. A supplier "
            + "not approved today gives 422 supplier-not-approved, unless an admin gives an overrideReason.")
    @APIResponse(responseCode = "200", description = "SENT; the new ETag", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PurchaseOrderResponse.class)))
    public Response send(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid SendOrderRequest request) {
        return ok(orders.send(id, IfMatch.version(ifMatch, ORDER), request == null ? null : request.overrideReason(),
                actor()));
    }

    @POST
    @Transactional
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD) // no body: a client need not send a Content-Type
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Cancel the order", description = "From DRAFT or SENT only; otherwise 409 invalid-transition.")
    @APIResponse(responseCode = "200", description = "CANCELLED; the new ETag", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PurchaseOrderResponse.class)))
    public Response cancel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(orders.cancel(id, IfMatch.version(ifMatch, ORDER), actor()));
    }

    @POST
    @Transactional
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD) // no body: a client need not send a Content-Type
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Close the order", description = "From RECEIVED, or PARTLY_RECEIVED to give up the remainder.")
    @APIResponse(responseCode = "200", description = "CLOSED; the new ETag", headers = @Header(name = "ETag", description = "The version, quoted, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PurchaseOrderResponse.class)))
    public Response close(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(orders.close(id, IfMatch.version(ifMatch, ORDER), actor()));
    }

    @GET
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.ADMIN})
    @Operation(summary = "Search purchase orders", description = "By supplier, state, part of the number, part number "
            + "(any line); sort by orderNumber, createdAt, totalAmount or state, '-' for descending.")
    public PageResponse<PurchaseOrderSummary> search(
            @QueryParam("supplierId") @Positive Long supplierId,
            @QueryParam("state") @Pattern(regexp = "DRAFT|SENT|PARTLY_RECEIVED|RECEIVED|CLOSED|CANCELLED") String state,
            @QueryParam("number") @Size(max = 20) String number,
            @QueryParam("partNumber") @Size(max = 60) String partNumber,
            @QueryParam("sort") @DefaultValue("-orderNumber") @Pattern(regexp = "-?(orderNumber|createdAt|totalAmount|state)") String sort,
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
            params.put("state", PurchaseOrderState.valueOf(state));
        }
        if (number != null && !number.isBlank()) {
            where.add("upper(orderNumber) like :number escape '!'");
            params.put("number", LikePattern.containsIgnoreCase(number));
        }
        if (partNumber != null && !partNumber.isBlank()) {
            where.add("exists (select 1 from PurchaseOrderLine l where l.order = o "
                    + "and upper(l.partNumber) like :partNumber escape '!')");
            params.put("partNumber", LikePattern.containsIgnoreCase(partNumber));
        }
        boolean descending = sort.startsWith("-");
        String property = SORTABLE.get(descending ? sort.substring(1) : sort);
        Sort order = (descending ? Sort.descending(property) : Sort.ascending(property)).and("id",
                descending ? Sort.Direction.Descending : Sort.Direction.Ascending);
        String query = "from PurchaseOrder o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<PurchaseOrder> found = PurchaseOrder.find(query, order, params);
        return new PageResponse<>(found.page(page, size).list().stream().map(PurchaseOrderSummary::of).toList(), page,
                size, found.count());
    }

    private PurchaseOrderService.Actor actor() {
        return new PurchaseOrderService.Actor(identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN));
    }

    private static Response ok(PurchaseOrder order) {
        return Response.ok(PurchaseOrderResponse.of(order)).tag(EntityTags.of(order.version)).build();
    }
}
