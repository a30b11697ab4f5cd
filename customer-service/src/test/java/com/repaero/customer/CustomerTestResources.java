package com.repaero.customer;

import com.repaero.platform.testing.KafkaBrokerResource;
import com.repaero.platform.testing.TestOidcResource;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module runs against the real test broker and verifies real signed tokens. */
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestOidcResource.class, restrictToAnnotatedClass = false)
public final class CustomerTestResources {

    private CustomerTestResources() {
    }
}
