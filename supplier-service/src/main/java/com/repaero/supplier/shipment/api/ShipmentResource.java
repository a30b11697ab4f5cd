package com.repaero.supplier.shipment.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.platform.api.PageResponse;
import com.repaero.platform.problem.Problem;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.security.Roles;
import com.repaero.supplier.shipment.domain.LabelRequestFailed;
import com.repaero.supplier.shipment.domain.LabelWorkflow;
import com.repaero.supplier.shipment.domain.Shipment;
import com.repaero.supplier.shipment.domain.ShipmentLabel;
import com.repaero.supplier.shipment.domain.ShipmentLabelRequest;
import com.repaero.supplier.shipment.domain.ShipmentService;
import com.repaero.supplier.shipment.domain.ShipmentStatus;
import com.repaero.supplier.shipment.domain.TrackingEvent;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/** Colissimo shipments: create one (and its label), read it with its tracking, download its label. */
@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shipments")
public class ShipmentResource {

    private static final String STATUSES = "CREATED|LABEL_REQUESTED|LABELLED|LABEL_FAILED|IN_TRANSIT|DELIVERED"
            + "|RETURNED|EXCEPTION";

    private final ShipmentService shipments;
    private final LabelWorkflow labels;
    private final SecurityIdentity identity;

    public ShipmentResource(ShipmentService shipments, LabelWorkflow labels, SecurityIdentity identity) {
        this.shipments = shipments;
        this.labels = labels;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Create a shipment and get its Colissimo label", description = "The shipment is saved first; if the label fails it stays LABEL_FAILED (Location header) and"
            + " can be retried with POST /shipments/{id}/label. Emits ShipmentStatusChanged once labelled.")
    @APIResponse(responseCode = "201", description = "Saved and labelled (LABELLED, with its parcel number)", content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(responseCode = "422", description = "Colissimo refused the label (code colissimo-address-refused names addressee.zipCode; colissimo-refused); the shipment stays LABEL_FAILED, Location points at it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Colissimo refused our credentials (code colissimo-credentials-refused); the shipment stays LABEL_FAILED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Colissimo did not answer in time (code colissimo-unavailable); the shipment stays LABEL_FAILED and its label is requested again automatically", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ShipmentRequest request, UriInfo uri) {
        AddresseeRequest a = request.addressee();
        Shipment created = shipments.create(new ShipmentService.NewShipment(a.companyName(), a.lastName(),
                a.firstName(), a.line2(), a.city(), a.zipCode(), a.countryCode(), a.email(), a.mobileNumber(),
                request.weightKg(), request.insuranceValue(), request.productCode(), request.labelFormat(),
                request.reference(), request.supplierId()), user());
        URI location = uri.getAbsolutePathBuilder().path(created.id.toString()).build();
        try {
            labels.requestLabel(created.id, user());
        } catch (LabelRequestFailed e) {
            return failed(e, location, uri);
        }
        return Response.created(location).entity(read(created.id)).build();
    }

    @POST
    @Path("{id}/label")
    @Consumes(MediaType.WILDCARD) // no body: a client need not send a Content-Type
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN})
    @Operation(summary = "Request the label again", description = "For a shipment in LABEL_FAILED (or CREATED).")
    @APIResponse(responseCode = "200", description = "Labelled", content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(responseCode = "422", description = "Colissimo refused the label (code colissimo-address-refused names addressee.zipCode; colissimo-refused); the shipment stays LABEL_FAILED, Location points at it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Colissimo refused our credentials (code colissimo-credentials-refused); the shipment stays LABEL_FAILED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Colissimo did not answer in time (code colissimo-unavailable); the shipment stays LABEL_FAILED and its label is requested again automatically", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retryLabel(@PathParam("id") long id, UriInfo uri) {
        try {
            labels.requestLabel(id, user());
        } catch (LabelRequestFailed e) {
            return failed(e, uri.getBaseUriBuilder().path("shipments").path(Long.toString(id)).build(), uri);
        }
        return Response.ok(read(id)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN, Roles.STOREKEEPER})
    @Operation(summary = "Read a shipment", description = "With its Colissimo tracking timeline.")
    public ShipmentResponse get(@PathParam("id") long id) {
        return read(id);
    }

    @GET
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN, Roles.STOREKEEPER})
    @Operation(summary = "List shipments", description = "Newest first, optionally of one status; without timelines "
            + "and label calls.")
    public PageResponse<ShipmentResponse> list(
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "{repaero.shipment-status.invalid}") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            PanacheQuery<Shipment> query = status == null
                    ? Shipment.findAll(Sort.descending("id"))
                    : Shipment.find("status", Sort.descending("id"), ShipmentStatus.valueOf(status));
            return new PageResponse<>(query.page(page, size).list().stream()
                    .map(s -> ShipmentResponse.of(s, List.of(), List.of())).toList(), page, size, query.count());
        });
    }

    @GET
    @Path("{id}/label")
    @Produces({"application/pdf", "x-application/zpl", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PURCHASING, Roles.ADMIN, Roles.STOREKEEPER})
    @Operation(summary = "Download the label", description = "PDF or ZPL as generated; download again to reprint.")
    @APIResponse(responseCode = "200", description = "The label file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "x-application/zpl", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response label(@PathParam("id") long id) {
        ShipmentLabel label = QuarkusTransaction.joiningExisting().call(() -> {
            if (Shipment.findById(id) == null) {
                throw new ProblemException.NotFound("Shipment", id);
            }
            return ShipmentLabel.<ShipmentLabel>findByIdOptional(id)
                    .orElseThrow(() -> new ProblemException.Conflict("no-label",
                            "Shipment " + id + " has no label yet; request it with POST /shipments/" + id + "/label"));
        });
        String filename = "colissimo-" + label.parcelNumber + "." + label.format.extension();
        return Response.ok(label.content, label.format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private ShipmentResponse read(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Shipment s = Shipment.<Shipment>findByIdOptional(id)
                    .orElseThrow(() -> new ProblemException.NotFound("Shipment", id));
            return ShipmentResponse.of(s, TrackingEvent.list("shipmentId", Sort.ascending("occurredAt", "id"), id),
                    ShipmentLabelRequest.ofShipment(id));
        });
    }

    private static Response failed(LabelRequestFailed e, URI shipment, UriInfo uri) {
        return Response.fromResponse(e.problem().withInstance(uri.getAbsolutePath().getRawPath()).toResponse())
                .location(shipment).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
