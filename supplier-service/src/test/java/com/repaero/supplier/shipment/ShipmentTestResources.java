package com.repaero.supplier.shipment;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module also gets the Colissimo fake (one application start for all test classes). */
@QuarkusTestResource(value = ColissimoFakeResource.class, restrictToAnnotatedClass = false)
public final class ShipmentTestResources {

    private ShipmentTestResources() {
    }
}
