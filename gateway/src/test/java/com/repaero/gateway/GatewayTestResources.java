package com.repaero.gateway;

import com.repaero.platform.testing.TestOidcResource;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of the gateway verifies real signed tokens and routes to a fake upstream. */
@QuarkusTestResource(value = TestOidcResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamResource.class, restrictToAnnotatedClass = false)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
