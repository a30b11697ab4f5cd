package com.repaero.supplier.shipment;

import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;

/** Creates a shipment whose label the fake grants, for tracking tests. */
public final class LabelledShipments {

    /** The id and parcel number of a labelled shipment. */
    public record Labelled(long id, String parcelNumber) {
    }

    private LabelledShipments() {
    }

    public static Labelled create(ColissimoFake fake) {
        ShipmentRequests request = aShipment();
        String parcel = ColissimoFake.nextParcelNumber();
        fake.stub(ColissimoFake.labelFor(request.lastName())
                .willReturn(ColissimoFake.labelAnswer(parcel, TestLabels.pdf(parcel))));
        long id = Shipments.create(request).statusCode(201).extract().jsonPath().getLong("id");
        return new Labelled(id, parcel);
    }
}
