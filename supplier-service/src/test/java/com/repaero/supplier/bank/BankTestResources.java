package com.repaero.supplier.bank;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module also gets the bank fake (one application start for all test classes). */
@QuarkusTestResource(value = BankFakeResource.class, restrictToAnnotatedClass = false)
public final class BankTestResources {

    private BankTestResources() {
    }
}
