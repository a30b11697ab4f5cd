package com.repaero.supplier.supplier.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.platform.api.PageResponse;
import com.repaero.platform.persistence.LikePattern;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.security.Roles;
import com.repaero.supplier.supplier.domain.Supplier;
import com.repaero.supplier.supplier.domain.SupplierService;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/** The supplier master: register, read and search suppliers. */
@Path("/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
public class SupplierResource {

    private final SupplierService suppliers;
    private final SecurityIdentity identity;

    public SupplierResource(SupplierService suppliers, SecurityIdentity identity) {
        this.suppliers = suppliers;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Register a supplier", description = "Emits SupplierRegistered.")
    public Response register(@Valid @NotNull SupplierRequest request, UriInfo uri) {
        Supplier supplier = suppliers.register(new SupplierService.Registration(request.legalName(), request.siren(),
                request.vatNumber(), request.email()), identity.getPrincipal().getName());
        URI location = uri.getAbsolutePathBuilder().path(supplier.id.toString()).build();
        return Response.created(location).tag(etag(supplier)).entity(SupplierResponse.of(supplier)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Read a supplier", description = "The ETag is the version, for If-Match on updates.")
    public Response get(@PathParam("id") long id) {
        Supplier supplier = Supplier.<Supplier>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Supplier", id));
        return Response.ok(SupplierResponse.of(supplier)).tag(etag(supplier)).build();
    }

    @GET
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Search suppliers", description = "By part of the legal name or SIREN; sorted by name.")
    public PageResponse<SupplierResponse> search(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        PanacheQuery<Supplier> query = q == null || q.isBlank()
                ? Supplier.findAll(Sort.ascending("legalName", "id"))
                : Supplier.find("upper(legalName) like ?1 escape '!' or siren = ?2", Sort.ascending("legalName", "id"),
                        LikePattern.containsIgnoreCase(q), q.strip());
        return new PageResponse<>(query.page(page, size).list().stream().map(SupplierResponse::of).toList(), page,
                size, query.count());
    }

    private static EntityTag etag(Supplier supplier) {
        return new EntityTag(Integer.toString(supplier.version));
    }
}
