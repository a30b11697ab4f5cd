package com.repaero.supplier.supplier.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.platform.api.IfMatch;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.problem.Problem;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;
import com.repaero.supplier.supplier.domain.Supplier;
import com.repaero.supplier.supplier.domain.SupplierApprovalChange;
import com.repaero.supplier.supplier.domain.SupplierSearch;
import com.repaero.supplier.supplier.domain.SupplierService;

import io.quarkus.security.identity.SecurityIdentity;

/** The supplier master: register, read, update, approve and search suppliers. */
@Path("/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role does not allow this operation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SupplierResource {

    static final String[] READERS = {Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.TEAM_LEAD,
            Roles.ADMIN};

    private final SupplierService suppliers;
    private final SecurityIdentity identity;

    public SupplierResource(SupplierService suppliers, SecurityIdentity identity) {
        this.suppliers = suppliers;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Register a supplier", description = "Emits SupplierRegistered. The ETag is the version.")
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = "ETag", description = "The version, quoted", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SupplierResponse.class)))
    @APIResponse(responseCode = "409", description = "A supplier with this SIREN exists (code duplicate-siren)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule refuses it (e.g. vat-siren-mismatch)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // One session for the change and the response, which reads the lazy child collections.
    @Transactional
    public Response register(@Valid @NotNull SupplierRequest request, UriInfo uri) {
        Supplier supplier = suppliers.register(request.toDetails(), user());
        URI location = uri.getAbsolutePathBuilder().path(supplier.id.toString()).build();
        return Response.created(location).tag(etag(supplier)).entity(SupplierResponse.of(supplier)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Read a supplier", description = "The ETag is the version, for If-Match on updates.")
    @APIResponse(responseCode = "200", description = "The supplier", headers = @Header(name = "ETag", description = "The version, quoted", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SupplierResponse.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id) {
        Supplier supplier = find(id);
        return Response.ok(SupplierResponse.of(supplier)).tag(etag(supplier)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Update a supplier", description = "Replaces the master data (PUT: send the whole supplier as read, changed); the SIREN cannot "
            + "change and approval has its own operation. Requires If-Match with the ETag of the version "
            + "read: missing → 428, stale → 412. Emits SupplierUpdated when something changed.")
    @APIResponse(responseCode = "200", description = "Updated (or unchanged); the new ETag", headers = @Header(name = "ETag", description = "The new version, quoted", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SupplierResponse.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since read (code stale-version)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule refuses it (e.g. siren-immutable)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (code precondition-required)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // One session for the change and the response, which reads the lazy child collections.
    @Transactional
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SupplierRequest request) {
        int expected = IfMatch.version(ifMatch, "The supplier");
        Supplier supplier = suppliers.update(id, expected, request.toDetails(), user());
        return Response.ok(SupplierResponse.of(supplier)).tag(etag(supplier)).build();
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Approve, suspend or un-approve a supplier", description = "A quality decision of the supplier evaluation; Rep'Aero has no quality role, so purchasing "
            + "(who runs the evaluation) and admin may record it. APPROVED needs an expiry date after today. "
            + "Writes a history line and emits SupplierApprovalChanged.")
    @APIResponse(responseCode = "200", description = "The supplier with its new approval", headers = @Header(name = "ETag", description = "The new version, quoted", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SupplierResponse.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Expiry no longer in the future when recorded (code approval-expiry-not-in-future)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // One session for the change and the response, which reads the lazy child collections.
    @Transactional
    public Response changeApproval(@PathParam("id") long id, @Valid @NotNull ApprovalRequest request) {
        Supplier supplier = suppliers.changeApproval(id, new SupplierService.ApprovalDecision(request.status(),
                request.scope() == null || request.scope().isBlank() ? null : request.scope().strip(),
                request.approvedUntil(), request.reason()), user());
        return Response.ok(SupplierResponse.of(supplier)).tag(etag(supplier)).build();
    }

    @GET
    @Path("{id}/approval-history")
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Approval history of a supplier", description = "Every decision, newest first.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ApprovalChangeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ApprovalChangeResponse> approvalHistory(@PathParam("id") long id) {
        find(id);
        return SupplierApprovalChange.ofSupplier(id).stream().map(ApprovalChangeResponse::of).toList();
    }

    @GET
    @RolesAllowed({Roles.PURCHASING, Roles.ACCOUNTING, Roles.STOREKEEPER, Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Search suppliers", description = "Filters combine (and). Sorted by legal name unless `sort` says "
            + "otherwise. Lists are summaries (`view=summary`, the default: identity, city, categories, approval); "
            + "`view=full` gives whole suppliers as `GET /suppliers/{id}` does (addresses, contacts, bank accounts), "
            + "for exports.")
    @APIResponse(responseCode = "200", description = "One page of suppliers: SupplierSummaryPage by default, SupplierPage "
            + "with view=full", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {
                    SummaryPage.class,
                    FullPage.class}), examples = @ExampleObject(name = "summary", summary = "view=summary (default)", value = SUMMARY_PAGE_EXAMPLE)))
    public PageResponse<?> search(
            @Parameter(description = "Part of the legal name, or an exact SIREN or SIRET", example = "hélices") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "APPROVED (valid today), SUSPENDED, NOT_APPROVED, EXPIRING (valid today, expiring "
                    + "within expiringWithinDays), EXPIRED (approved but past its expiry date)", example = "EXPIRING") @QueryParam("approval") String approval,
            @Parameter(description = "For approval=EXPIRING", example = "30") @QueryParam("expiringWithinDays") @DefaultValue("30") @Min(0) @Max(3660) int expiringWithinDays,
            @Parameter(description = "A category tag, case-insensitive", example = "rotables") @QueryParam("category") @Size(max = 50) String category,
            @Parameter(description = "field[,asc|desc]; fields: legalName, createdAt, approvedUntil", example = "approvedUntil,asc") @QueryParam("sort") @Size(max = 40) String sort,
            @Parameter(description = "summary (default) or full", schema = @Schema(enumeration = {"summary",
                    "full"}, defaultValue = "summary")) @QueryParam("view") @Size(max = 10) String view,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(SupplierSearch.MAX_PAGE_SIZE) int size) {
        SortSpec order = SortSpec.parse(sort);
        SupplierSearch.Criteria criteria = new SupplierSearch.Criteria(q, approvalFilter(approval), expiringWithinDays,
                category, order.field(), order.descending(), LocalDate.now(SupplierService.ZONE));
        if (fullView(view)) {
            SupplierSearch.Page<Supplier> found = SupplierSearch.suppliers(criteria, page, size);
            return new PageResponse<>(found.items().stream().map(SupplierResponse::of).toList(), page, size,
                    found.total());
        }
        SupplierSearch.Page<SupplierSearch.Listing> found = SupplierSearch.listing(criteria, page, size);
        return new PageResponse<>(found.items().stream().map(SupplierSummary::of).toList(), page, size,
                found.total());
    }

    static final String SUMMARY_PAGE_EXAMPLE = """
            {"items": [{"id": 42, "legalName": "Aéro Pièces SAS", "siren": "732829320", "siret": "73282932000074",
              "vatNumber": "FR44732829320", "email": "achats@aeropieces.fr", "city": "Blagnac",
              "paymentTerms": "DAYS_45_END_OF_MONTH", "categories": ["rotables", "ATA 32"], "approvalStatus": "APPROVED",
              "approvedUntil": "2027-11-30", "version": 3, "createdAt": "2026-11-02T09:14:00Z",
              "updatedAt": "2026-11-20T16:02:11Z"}],
             "page": 0, "size": 20, "total": 1}""";

    /** The default view of the search, as the OpenAPI document names it. */
    @Schema(name = "SupplierSummaryPage")
    record SummaryPage(List<SupplierSummary> items, int page, int size, long total) {
    }

    /** The search with view=full, as the OpenAPI document names it. */
    @Schema(name = "SupplierPage")
    record FullPage(List<SupplierResponse> items, int page, int size, long total) {
    }

    private static boolean fullView(String view) {
        if (view == null || view.isBlank() || view.strip().equalsIgnoreCase("summary")) {
            return false;
        }
        if (view.strip().equalsIgnoreCase("full")) {
            return true;
        }
        throw new InvalidInput("view", "must be summary or full");
    }

    private static SupplierSearch.ApprovalFilter approvalFilter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SupplierSearch.ApprovalFilter.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("approval",
                    "must be one of " + java.util.Arrays.toString(SupplierSearch.ApprovalFilter.values()));
        }
    }

    /** A validated {@code sort} parameter. */
    record SortSpec(SupplierSearch.SortField field, boolean descending) {
        static SortSpec parse(String sort) {
            if (sort == null || sort.isBlank()) {
                return new SortSpec(null, false);
            }
            String[] parts = sort.strip().split(",", -1);
            try {
                SupplierSearch.SortField field = SupplierSearch.SortField.valueOf(parts[0].strip());
                if (parts.length == 1) {
                    return new SortSpec(field, false);
                }
                String direction = parts[1].strip().toLowerCase(Locale.ROOT);
                if (parts.length == 2 && (direction.equals("asc") || direction.equals("desc"))) {
                    return new SortSpec(field, direction.equals("desc"));
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new InvalidInput("sort", "must be field[,asc|desc] with field one of "
                    + java.util.Arrays.toString(SupplierSearch.SortField.values()));
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static Supplier find(long id) {
        return Supplier.<Supplier>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("Supplier", id));
    }

    static EntityTag etag(Supplier supplier) {
        return new EntityTag(Integer.toString(supplier.version));
    }
}
