package com.repaero.supplier.migration.api;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.platform.problem.Problem;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;
import com.repaero.supplier.migration.legacy.LegacyCsv;
import com.repaero.supplier.migration.legacy.LegacyDb;
import com.repaero.supplier.migration.legacy.LegacySupplier;
import com.repaero.supplier.migration.legacy.MigrationReport;
import com.repaero.supplier.migration.legacy.SupplierImport;

import io.quarkus.security.identity.SecurityIdentity;

/** Imports the old Oracle supplier table, from its CSV export or straight from the database; admin only. */
@Path("/migrations/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Migration")
@APIResponse(responseCode = "400", description = "Invalid parameter or unreadable source; `errors` names it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SupplierMigrationResource {

    private static final String CSV_EXAMPLE = """
            Code fournisseur;Raison sociale;SIREN;SIRET;TVA intracommunautaire;Adresse;Code postal;Ville;Téléphone;\
            E-mail;IBAN;BIC
            F0001;AERO PIECES SAS;732829320;73282932000074;FR44732829320;12 rue des Hangars;31700;Blagnac;\
            05 61 00 00 00;achats@aeropieces.fr;FR7630006000011234567890189;AGRIFRPP
            """;

    private final SupplierImport imports;
    private final LegacyDb legacyDb;
    private final SecurityIdentity identity;

    public SupplierMigrationResource(SupplierImport imports, LegacyDb legacyDb, SecurityIdentity identity) {
        this.imports = imports;
        this.legacyDb = legacyDb;
        this.identity = identity;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import suppliers from the legacy CSV export", description = "Semicolon-separated, French headers (Code fournisseur, Raison sociale, SIREN, SIRET, TVA "
            + "intracommunautaire, Adresse, Code postal, Ville, Pays, Téléphone, E-mail, IBAN, BIC), UTF-8 or "
            + "Windows-1252 (charset parameter, else detected). Upserts by legacy code; re-runnable. A dry run "
            + "(the default) changes nothing and emits nothing. Real runs emit SupplierRegistered and "
            + "SupplierUpdated.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "export", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The report, one line per source row", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MigrationReport.class), examples = @ExampleObject(name = "dry run", value = """
            {"dryRun": true, "read": 2, "created": 1, "updated": 0, "unchanged": 0, "rejected": 1,
             "rows": [{"line": 2, "legacyCode": "F0001", "outcome": "CREATED", "supplierId": null,
                       "changedFields": [], "reasons": []},
                      {"line": 3, "legacyCode": "F0002", "outcome": "REJECTED", "supplierId": null,
                       "changedFields": [], "reasons": [{"field": "IBAN",
                       "message": "doit être un IBAN valide (pays, longueur et clé de contrôle)"}]}]}
            """)))
    public MigrationReport importCsv(
            @Parameter(description = "true (default): report only", example = "true") @QueryParam("dryRun") String dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        boolean dry = dryRun(dryRun);
        List<LegacySupplier> rows;
        try {
            rows = LegacyCsv.parse(LegacyCsv.decode(body == null ? new byte[0] : body, charset(contentType)));
        } catch (LegacySupplier.UnreadableSource e) {
            throw new InvalidInput("body", e.getMessage());
        }
        return imports.run(rows, dry, identity.getPrincipal().getName());
    }

    @POST
    @Path("from-legacy-db")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import suppliers straight from the legacy database", description = "Reads the table set by repaero.migration.legacy.* (jdbc-url, user, password, table). Same "
            + "rules, report and events as the CSV import.")
    @APIResponse(responseCode = "200", description = "The report, one line per table row", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MigrationReport.class)))
    @APIResponse(responseCode = "502", description = "The legacy database cannot be read (code legacy-db-unreadable)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No legacy database configured (code legacy-db-not-configured)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MigrationReport importFromLegacyDb(
            @Parameter(description = "true (default): report only", example = "true") @QueryParam("dryRun") String dryRun) {
        boolean dry = dryRun(dryRun);
        if (!legacyDb.configured()) {
            throw new ProblemException(503, "legacy-db-not-configured", "Service unavailable",
                    "No legacy database is configured (repaero.migration.legacy.jdbc-url)");
        }
        List<LegacySupplier> rows;
        try {
            rows = legacyDb.read();
        } catch (LegacySupplier.UnreadableSource e) {
            throw new ProblemException(502, "legacy-db-unreadable", "Bad gateway", e.getMessage());
        }
        return imports.run(rows, dry, identity.getPrincipal().getName());
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

    private static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new InvalidInput("Content-Type", "has an unknown charset " + name);
                }
            }
        }
        return null;
    }
}
