package com.repaero.customer.customer.api;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.customer.domain.Customer;
import com.repaero.customer.customer.domain.CustomerSearch;
import com.repaero.customer.customer.domain.CustomerService;
import com.repaero.platform.api.IfMatch;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.problem.Problem;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;

/** The customer master: register, read, update, archive and search customers. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

    private final CustomerService customers;
    private final SecurityIdentity identity;

    public CustomerResource(CustomerService customers, SecurityIdentity identity) {
        this.customers = customers;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Register a customer", description = "A French company (country FR, the default) needs a SIREN; the SIRET and a French VAT number "
            + "must be the SIREN's. Emits CustomerRegistered. The ETag is the version.")
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = "ETag", description = "The version, quoted", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    @APIResponse(responseCode = "409", description = "A customer with this SIREN exists (code duplicate-siren)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // One session for the change and the response, which reads the lazy contacts.
    @Transactional
    public Response register(@Valid @NotNull CustomerRequest request, UriInfo uri) {
        Customer customer = customers.register(request.toDetails(), null, user());
        URI location = uri.getAbsolutePathBuilder().path(customer.id.toString()).build();
        return Response.created(location).tag(etag(customer)).entity(CustomerResponse.of(customer)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Read a customer", description = "Archived customers too. The ETag is the version, for If-Match on updates.")
    @APIResponse(responseCode = "200", description = "The customer", headers = @Header(name = "ETag", description = "The version, quoted", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    @APIResponse(responseCode = "404", description = "No such customer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public Response get(@PathParam("id") long id) {
        Customer customer = find(id);
        return Response.ok(CustomerResponse.of(customer)).tag(etag(customer)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Update a customer", description = "Replaces the master data (send the whole customer as read, changed; contacts included). A SIREN "
            + "may be added to a prospect but never changed. Requires If-Match with the ETag read: missing → 428, "
            + "stale → 412. Emits CustomerUpdated when something changed.")
    @APIResponse(responseCode = "200", description = "Updated (or unchanged); the new ETag", headers = @Header(name = "ETag", description = "The new version, quoted", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    @APIResponse(responseCode = "404", description = "No such customer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another customer has this SIREN (code duplicate-siren)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since read (code stale-version)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule refuses it (code siren-immutable)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (code precondition-required)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CustomerRequest request) {
        int expected = IfMatch.version(ifMatch, "The customer");
        Customer customer = customers.update(id, expected, request.toDetails(), user());
        return Response.ok(CustomerResponse.of(customer)).tag(etag(customer)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Archive a customer", description = "Customers are archived, never deleted (their invoices and history must be kept): the customer "
            + "leaves the lists, stays readable and can be restored. Requires If-Match. Emits CustomerUpdated.")
    @APIResponse(responseCode = "204", description = "Archived (or already archived)", headers = @Header(name = "ETag", description = "The new version, quoted", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such customer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since read (code stale-version)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (code precondition-required)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.WILDCARD)
    public Response archive(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int expected = IfMatch.version(ifMatch, "The customer");
        Customer customer = customers.archive(id, expected, true, user());
        return Response.noContent().tag(etag(customer)).build();
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Restore an archived customer", description = "Requires If-Match. Emits CustomerUpdated.")
    @APIResponse(responseCode = "200", description = "Restored (or was not archived)", headers = @Header(name = "ETag", description = "The new version, quoted", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    @APIResponse(responseCode = "404", description = "No such customer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since read (code stale-version)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (code precondition-required)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response restore(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int expected = IfMatch.version(ifMatch, "The customer");
        Customer customer = customers.archive(id, expected, false, user());
        return Response.ok(CustomerResponse.of(customer)).tag(etag(customer)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Search customers", description = "Filters combine (and). Sorted by legal name unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "One page of customers")
    public PageResponse<CustomerSummary> search(
            @Parameter(description = "Part of the legal name or of a contact's name; or an exact SIREN, SIRET, VAT number, contact e-mail or Access key", example = "avia") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Country of the company (ISO alpha-2)", example = "FR") @QueryParam("country") @Size(max = 2) String country,
            @Parameter(description = "Part of the billing city", example = "toulouse") @QueryParam("city") @Size(max = 100) String city,
            @Parameter(description = "true: the archived customers instead", example = "false") @QueryParam("archived") @DefaultValue("false") boolean archived,
            @Parameter(description = "field[,asc|desc]; fields: legalName, createdAt, updatedAt, city", example = "updatedAt,desc") @QueryParam("sort") @Size(max = 40) String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        CustomerSearch.SortField field = null;
        boolean descending = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.strip().split(",", -1);
            try {
                field = CustomerSearch.SortField.valueOf(parts[0].strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("sort", "must be field[,asc|desc] with field one of "
                        + Arrays.toString(CustomerSearch.SortField.values()));
            }
            if (parts.length > 2 || parts.length == 2
                    && !parts[1].strip().toLowerCase(Locale.ROOT).matches("asc|desc")) {
                throw new InvalidInput("sort", "must be field[,asc|desc]");
            }
            descending = parts.length == 2 && parts[1].strip().equalsIgnoreCase("desc");
        }
        PanacheQuery<Customer> query = CustomerSearch
                .query(new CustomerSearch.Criteria(q, country, city, archived, field, descending));
        return new PageResponse<>(query.page(page, size).list().stream().map(CustomerSummary::of).toList(), page,
                size, query.count());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static Customer find(long id) {
        return Customer.<Customer>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("Customer", id));
    }

    static EntityTag etag(Customer customer) {
        return new EntityTag(Integer.toString(customer.version));
    }
}
