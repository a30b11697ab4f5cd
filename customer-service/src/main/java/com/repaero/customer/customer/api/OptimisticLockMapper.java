package com.repaero.customer.customer.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.repaero.platform.problem.ProblemException;

/**
 * A concurrent change detected by the version column at commit: the same 412 as a stale If-Match (commons maps domain
 * problems only; this JPA exception would otherwise be a 500). Serves every resource of the service.
 */
public class OptimisticLockMapper {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        ProblemException stale = new ProblemException.StaleVersion("The resource");
        return stale.problem().withInstance(uri.getAbsolutePath().getRawPath()).toResponse();
    }
}
