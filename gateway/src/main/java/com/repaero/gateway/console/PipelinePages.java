package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The CRM: the pipeline board (a column per stage, a card per opportunity, totals) whose cards move with a plain form
 * (console.js adds drag and drop that submits the same form), and the person's open activities, overdue first.
 */
@Path("/console/crm")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PipelinePages {

    private final ConsolePages pages;
    private final CustomerApi api;
    private final Template board;
    private final Template activities;

    public PipelinePages(ConsolePages pages, CustomerApi api, @Location("console/pipeline.html") Template board,
            @Location("console/activities.html") Template activities) {
        this.pages = pages;
        this.api = api;
        this.board = board;
        this.activities = activities;
    }

    /** The board as customer-service computes it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pipeline(List<Column> stages, long openCount, BigDecimal openTotal, BigDecimal openWeighted) {
    }

    /** A stage with its opportunities and totals. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(long stageId, String name, int position, int probability, boolean won, boolean lost,
            long count, BigDecimal total, BigDecimal weighted, List<CustomerPages.Opportunity> opportunities) {
    }

    /** An activity of the person. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Activity(long id, String type, String subject, String details, java.time.OffsetDateTime dueAt,
            boolean done, boolean overdue, Long customerId, Long opportunityId) {
        public java.time.Instant due() {
            return dueAt == null ? null : dueAt.toInstant();
        }
    }

    @GET
    @Path("pipeline")
    public TemplateInstance pipeline(@QueryParam("moved") boolean moved) {
        ConsoleUser user = pages.require(Screen.PIPELINE);
        return boardPage(user, moved, FormErrors.none());
    }

    /** The no-JavaScript move (and the target of a drag): calls the service's move with the card's version. */
    @POST
    @Path("opportunities/{id: \\d+}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @FormParam("stageId") Long stageId,
            @FormParam("version") String version) {
        ConsoleUser user = pages.require(Screen.PIPELINE_MOVE);
        pages.requireSameOrigin();
        if (stageId == null) {
            return ConsolePages.seeOther("/console/crm/pipeline");
        }
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/crm/opportunities/" + id + "/move")
                .body(api.json(Map.of("stageId", stageId)), "application/json")
                .header("If-Match", OrderPages.etag(version)));
        return FormSubmission.complete(answer, ok -> "/console/crm/pipeline?moved=true#opportunity-" + id,
                FormSubmission.onTop(api::problem, pages.messages()), refused -> boardPage(user, false, refused));
    }

    @GET
    @Path("activities")
    public TemplateInstance activities(@QueryParam("done") boolean done) {
        ConsoleUser user = pages.require(Screen.ACTIVITIES);
        return activitiesPage(user, done, FormErrors.none());
    }

    @POST
    @Path("activities/{id: \\d+}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markDone(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.PIPELINE_MOVE);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/crm/activities/" + id + "/done"));
        return FormSubmission.complete(answer, ok -> "/console/crm/activities?done=true",
                FormSubmission.onTop(api::problem, pages.messages()), refused -> activitiesPage(user, false, refused));
    }

    private TemplateInstance boardPage(ConsoleUser user, boolean moved, FormErrors errors) {
        ServiceApi.Answer answer = api.get("/crm/pipeline");
        if (!answer.ok()) {
            throw pages.unavailable();
        }
        return pages.page(board, user, Screen.PIPELINE)
                .data("pipeline", api.read(answer, Pipeline.class))
                .data("mayMove", user.may(Screen.PIPELINE_MOVE))
                .data("moved", moved)
                .data("errors", errors);
    }

    private TemplateInstance activitiesPage(ConsoleUser user, boolean done, FormErrors errors) {
        ServiceApi.Answer answer = api.get("/crm/activities/mine?size=100");
        List<Activity> mine = answer.ok()
                ? api.read(answer, new TypeReference<SupplierApi.Page<Activity>>() {
                }).items()
                : List.of();
        return pages.page(activities, user, Screen.ACTIVITIES)
                .data("activities", mine)
                .data("mayDo", user.may(Screen.PIPELINE_MOVE))
                .data("done", done)
                .data("errors", errors);
    }
}
