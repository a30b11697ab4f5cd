package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Customer payments: a camt.053 statement uploaded (a plain multipart form, forwarded to customer-service as it is),
 * what it matched, and the credit lines no invoice took yet.
 */
@Path("/console/receipts")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReceiptPages {

    private final ConsolePages pages;
    private final CustomerApi api;
    private final Template page;

    public ReceiptPages(ConsolePages pages, CustomerApi api, @Location("console/receipts.html") Template page) {
        this.pages = pages;
        this.api = api;
        this.page = page;
    }

    /** An imported statement's counts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(long id, String statementId, String iban, int lineCount, long matched, long unmatched,
            long ignored) {
    }

    /** A bank line no invoice took. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(long id, long statementId, int lineNumber, BigDecimal amount, String currency, boolean credit,
            LocalDate bookingDate, String endToEndId, String remittance, String status) {
    }

    @GET
    public TemplateInstance receipts(@QueryParam("statement") Long statementId,
            @QueryParam("allocated") Long allocated) {
        ConsoleUser user = pages.require(Screen.RECEIPTS);
        return receiptsPage(user, statementId, FormErrors.none()).data("allocated", allocated);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        ConsoleUser user = pages.require(Screen.RECEIPTS);
        pages.requireSameOrigin();
        String label = pages.accounting().statement_file();
        byte[] content = StatementPages.read(file);
        if (content.length == 0) {
            return ConsolePages.html(400,
                    receiptsPage(user, null, FormErrors.none().field("file", label, pages.messages().file_required())));
        }
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/bank-statements").body(content, "application/xml"));
        return FormSubmission.complete(answer,
                ok -> "/console/receipts?statement=" + api.read(ok, Statement.class).id(),
                FormSubmission.onFields(api::problem, pages.messages(), field -> new Problems.Target("file", label)),
                refused -> receiptsPage(user, null, refused));
    }

    private TemplateInstance receiptsPage(ConsoleUser user, Long statementId, FormErrors errors) {
        Statement statement = null;
        if (statementId != null) {
            ServiceApi.Answer imported = api.get("/bank-statements/" + statementId);
            statement = imported.ok() ? api.read(imported, Statement.class) : null;
        }
        ServiceApi.Answer answer = api.get("/payments/unmatched?size=200");
        List<Line> unmatched = answer.ok() ? api.read(answer, new TypeReference<SupplierApi.Page<Line>>() {
        }).items() : List.of();
        return pages.page(page, user, Screen.RECEIPTS)
                .data("statement", statement)
                .data("unmatched", unmatched)
                .data("allocated", null)
                .data("mayAllocate", user.may(Screen.ALLOCATION))
                .data("errors", errors);
    }
}
