package com.repaero.customer.migration.api;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.repaero.customer.migration.access.AccessFile;
import com.repaero.customer.migration.access.AccessImport;
import com.repaero.customer.migration.access.AccessImportReport;
import com.repaero.customer.migration.access.AccessMapping;
import com.repaero.platform.problem.Problem;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Imports customers, contacts and history from the legacy MS Access file; admin only (ADR 0009). */
@jakarta.ws.rs.Path("/migrations/customers/access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Migration")
public class AccessMigrationResource {

    private static final String DESCRIPTION = "Reads the customers table, the contacts table and, if present, the history table (names and columns set "
            + "by repaero.migration.access.*; defaults: Clients, Contacts, Historique). Upserts by the old keys; "
            + "re-runnable for the go-live delta. A dry run (the default) is the same import rolled back: it "
            + "changes nothing and emits nothing. Real runs emit CustomerRegistered and CustomerUpdated.";

    private static final String REPORT_EXAMPLE = """
            {"dryRun": true,
             "customers": {"read": 2, "created": 1, "updated": 0, "unchanged": 0, "rejected": 1, "rows": [
               {"line": 1, "legacyKey": "1042", "kind": "CUSTOMER", "outcome": "CREATED", "id": null,
                "changedFields": [], "reasons": []},
               {"line": 2, "legacyKey": "1043", "kind": "CUSTOMER", "outcome": "REJECTED", "id": null,
                "changedFields": [], "reasons": [{"field": "SIREN",
                "message": "doit être un SIREN valide (9 chiffres avec une clé correcte)"}]}]},
             "contacts": {"read": 0, "created": 0, "updated": 0, "unchanged": 0, "rejected": 0, "rows": []},
             "history": {"read": 0, "created": 0, "updated": 0, "unchanged": 0, "rejected": 0, "rows": []}}
            """;

    private final AccessImport imports;
    private final AccessMapping mapping;
    private final SecurityIdentity identity;

    public AccessMigrationResource(AccessImport imports, AccessMapping mapping, SecurityIdentity identity) {
        this.imports = imports;
        this.mapping = mapping;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import customers from the MS Access file (raw body)", description = "The body is the .accdb or .mdb file itself: curl --data-binary @clients.accdb. "
            + DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report, one line per source row", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessImportReport.class), examples = @ExampleObject(name = "dry run", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "413", description = "Larger than repaero.migration.access.max-size (code file-too-large)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccessImportReport importFile(
            @Parameter(description = "true (default): report only", example = "true") @QueryParam("dryRun") String dryRun,
            File body) {
        return run(body == null ? null : body.toPath(), dryRun, "body");
    }

    @POST
    @jakarta.ws.rs.Path("form")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import customers from the MS Access file (form upload)", description = "The file in the form field `file`: curl -F file=@clients.accdb. "
            + DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report, one line per source row", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessImportReport.class)))
    @APIResponse(responseCode = "413", description = "Larger than repaero.migration.access.max-size (code file-too-large)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccessImportReport importForm(
            @Parameter(description = "true (default): report only", example = "true") @QueryParam("dryRun") String dryRun,
            @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file) {
        return run(file == null ? null : file.uploadedFile(), dryRun, "file");
    }

    private AccessImportReport run(Path file, String dryRun, String field) {
        boolean dry = dryRun(dryRun);
        long size = size(file);
        if (size == 0) {
            throw new InvalidInput(field, "is empty: send the .accdb or .mdb file");
        }
        if (size > mapping.maxSize().asLongValue()) {
            throw new ProblemException(413, "file-too-large", "Payload too large", "The file has " + size
                    + " bytes; the limit is " + mapping.maxSize().asLongValue()
                    + " (repaero.migration.access.max-size). Compact the database in Access, or raise the limit.");
        }
        try {
            return imports.run(file, dry, identity.getPrincipal().getName());
        } catch (AccessFile.Unreadable e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return file == null || !Files.exists(file) ? 0 : Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Strict on purpose: JAX-RS would read "yes" or "ture" as false, i.e. as a real run.
    private static boolean dryRun(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput("dryRun", "must be true or false");
        };
    }
}
