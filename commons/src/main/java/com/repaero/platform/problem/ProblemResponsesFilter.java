package com.repaero.platform.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares in the OpenAPI document the problem+json errors every operation of this service can answer (401 and 403
 * when secured, 400 when it takes input, 500 always), so that no endpoint of the module (supplier master, migration,
 * purchasing) documents them differently or forgets them. Operations that declare their own keep them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                APIResponses responses = operation.getResponses();
                boolean takesInput = operation.getRequestBody() != null
                        || operation.getParameters() != null && !operation.getParameters().isEmpty()
                        || path.getParameters() != null && !path.getParameters().isEmpty();
                if (takesInput) {
                    ensure(responses, "400", "Invalid input; `errors` names each invalid field");
                }
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    ensure(responses, "401", "No valid bearer token");
                    ensure(responses, "403", "The caller's role does not allow this operation");
                }
                ensure(responses, "500", "Unexpected error; the detail quotes an error id for support");
            }
        }
    }

    private static void ensure(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null
                && existing.getContent().getMediaType(Problem.MEDIA_TYPE) != null) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(existing != null && existing.getDescription() != null
                        ? existing.getDescription()
                        : description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }
}
