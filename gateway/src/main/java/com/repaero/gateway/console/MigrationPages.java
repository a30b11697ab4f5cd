package com.repaero.gateway.console;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The import of the old supplier table (admin): the CSV export is uploaded and dry-run first (what would be created,
 * updated, left alone or rejected, and why), then the very same file is imported for real once the admin confirms.
 * The console keeps nothing between the two steps: the file travels in the confirmation form, with its fingerprint.
 */
@Path("/console/migration")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MigrationPages {

    private static final String API = "/migrations/suppliers?dryRun=";

    private final ConsolePages pages;
    private final SupplierApi api;
    private final Template page;

    public MigrationPages(ConsolePages pages, SupplierApi api, @Location("console/migration.html") Template page) {
        this.pages = pages;
        this.api = api;
        this.page = page;
    }

    /** What an import did, or would do in a dry run. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(boolean dryRun, int read, int created, int updated, int unchanged, int rejected,
            List<Row> rows) {

        public List<Row> rejectedRows() {
            return rows == null ? List.of() : rows.stream().filter(r -> "REJECTED".equals(r.outcome())).toList();
        }

        public List<Row> otherRows() {
            return rows == null ? List.of() : rows.stream().filter(r -> !"REJECTED".equals(r.outcome())).toList();
        }
    }

    /** One source row and what happened to it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(int line, String legacyCode, String outcome, Long supplierId, List<String> changedFields,
            List<Reason> reasons) {

        /** The row's key in the legacy file, as the shared report shows it. */
        public String code() {
            return legacyCode;
        }

        public String changes() {
            return changedFields == null ? "" : String.join(", ", changedFields);
        }
    }

    /** Why a row was rejected. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String field, String message) {
    }

    @GET
    public TemplateInstance form() {
        ConsoleUser user = pages.require(Screen.MIGRATION);
        return view(user, null, null, FormErrors.none());
    }

    @POST
    @Path("dry-run")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response dryRun(@RestForm("file") FileUpload file) {
        ConsoleUser user = pages.require(Screen.MIGRATION);
        pages.requireSameOrigin();
        ConsoleMessages msg = pages.messages();
        byte[] content = StatementPages.read(file);
        if (content.length == 0) {
            return ConsolePages.html(400, view(user, null, null,
                    FormErrors.none().field("file", msg.migration_file(), msg.file_required())));
        }
        return run(user, content, true);
    }

    /** The real run, of exactly the file the dry run read (its fingerprint must match). */
    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response realRun(@FormParam("content") String encoded, @FormParam("fingerprint") String fingerprint) {
        ConsoleUser user = pages.require(Screen.MIGRATION);
        pages.requireSameOrigin();
        byte[] content;
        try {
            content = encoded == null ? new byte[0] : Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            content = new byte[0];
        }
        if (content.length == 0 || !fingerprint(content).equals(fingerprint)) {
            return ConsolePages.html(400, view(user, null, null,
                    FormErrors.none().general(pages.messages().migration_file_changed())));
        }
        return run(user, content, false);
    }

    private Response run(ConsoleUser user, byte[] content, boolean dry) {
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post(API + dry).body(content, "text/csv"));
        if (!answer.ok()) {
            ConsoleMessages msg = pages.messages();
            FormErrors errors = Problems.toErrors(api.problem(answer), msg,
                    field -> new Problems.Target("file", msg.migration_file()));
            return ConsolePages.html(FormSubmission.status(answer), view(user, null, null, errors));
        }
        Report report = api.read(answer, Report.class);
        return ConsolePages.html(200, view(user, report, dry ? content : null, FormErrors.none()));
    }

    private TemplateInstance view(ConsoleUser user, Report report, byte[] confirmable, FormErrors errors) {
        return pages.page(page, user, Screen.MIGRATION)
                .data("report", report)
                .data("content", confirmable == null ? null : Base64.getEncoder().encodeToString(confirmable))
                .data("fingerprint", confirmable == null ? null : fingerprint(confirmable))
                .data("errors", errors);
    }

    static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
