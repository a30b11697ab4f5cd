package com.repaero.gateway.console;

import java.util.Base64;
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
 * The MS Access customer import, as the supplier CSV one: a dry run reports each table (customers, contacts,
 * history), then the same file, carried in the confirmation form with its SHA-256, is imported for real.
 */
@Path("/console/migration/access")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccessImportPages {

    private static final String API = "/migrations/customers/access?dryRun=";

    private final ConsolePages pages;
    private final CustomerApi api;
    private final Template page;

    public AccessImportPages(ConsolePages pages, CustomerApi api,
            @Location("console/access-import.html") Template page) {
        this.pages = pages;
        this.api = api;
        this.page = page;
    }

    /** What the import did, or would do, table by table. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(boolean dryRun, Section customers, Section contacts, Section history) {
        public List<Named> sections() {
            return List.of(new Named("customers", customers), new Named("contacts", contacts),
                    new Named("history", history));
        }
    }

    /** A table's report with its name, for the template. */
    public record Named(String name, Section section) {
        public String anchor(String prefix) {
            return prefix + "-" + name;
        }
    }

    /** The counts and rows of one table. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(int read, int created, int updated, int unchanged, int rejected, List<Row> rows) {
        public List<Row> rejectedRows() {
            return rows == null ? List.of() : rows.stream().filter(r -> "REJECTED".equals(r.outcome())).toList();
        }
    }

    /** One source row. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(int line, String legacyKey, String kind, String outcome, Long id,
            List<MigrationPages.Reason> reasons) {
        /** The row's key in the legacy database, as the shared report shows it. */
        public String code() {
            return legacyKey;
        }
    }

    @GET
    public TemplateInstance form() {
        ConsoleUser user = pages.require(Screen.ACCESS_IMPORT);
        return view(user, null, null, FormErrors.none());
    }

    @POST
    @Path("dry-run")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response dryRun(@RestForm("file") FileUpload file) {
        ConsoleUser user = pages.require(Screen.ACCESS_IMPORT);
        pages.requireSameOrigin();
        byte[] content = StatementPages.read(file);
        if (content.length == 0) {
            return ConsolePages.html(400, view(user, null, null, FormErrors.none().field("file",
                    pages.customer().access_file(), pages.messages().file_required())));
        }
        return run(user, content, true);
    }

    /** The real run, of exactly the file the dry run read (its fingerprint must match). */
    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response realRun(@FormParam("content") String encoded, @FormParam("fingerprint") String fingerprint) {
        ConsoleUser user = pages.require(Screen.ACCESS_IMPORT);
        pages.requireSameOrigin();
        byte[] content;
        try {
            content = encoded == null ? new byte[0] : Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            content = new byte[0];
        }
        if (content.length == 0 || !MigrationPages.fingerprint(content).equals(fingerprint)) {
            return ConsolePages.html(400, view(user, null, null,
                    FormErrors.none().general(pages.messages().migration_file_changed())));
        }
        return run(user, content, false);
    }

    private Response run(ConsoleUser user, byte[] content, boolean dry) {
        ServiceApi.Answer answer = api
                .call(ServiceApi.Call.post(API + dry).body(content, MediaType.APPLICATION_OCTET_STREAM));
        if (!answer.ok()) {
            String label = pages.customer().access_file();
            FormErrors errors = Problems.toErrors(api.problem(answer), pages.messages(),
                    field -> new Problems.Target("file", label));
            return ConsolePages.html(FormSubmission.status(answer), view(user, null, null, errors));
        }
        Report report = api.read(answer, Report.class);
        return ConsolePages.html(200, view(user, report, dry ? content : null, FormErrors.none()));
    }

    private TemplateInstance view(ConsoleUser user, Report report, byte[] confirmable, FormErrors errors) {
        return pages.page(page, user, Screen.ACCESS_IMPORT)
                .data("report", report)
                .data("content", confirmable == null ? null : Base64.getEncoder().encodeToString(confirmable))
                .data("fingerprint", confirmable == null ? null : MigrationPages.fingerprint(confirmable))
                .data("errors", errors);
    }
}
