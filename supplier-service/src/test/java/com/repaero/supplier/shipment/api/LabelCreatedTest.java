package com.repaero.supplier.shipment.api;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;
import com.repaero.supplier.shipment.TestLabels;

import io.quarkus.test.junit.QuarkusTest;

/** A purchasing user creates a shipment: Colissimo's PDF label is stored and downloaded as sent. */
@QuarkusTest
class LabelCreatedTest {

    @Test
    void theLabelIsStoredAndDownloadable() {
        ColissimoFake fake = ColissimoFake.connect();
        ShipmentRequests request = aShipment();
        String parcel = ColissimoFake.nextParcelNumber();
        byte[] pdf = TestLabels.pdf(parcel);
        fake.stub(ColissimoFake.labelFor(request.lastName()).willReturn(ColissimoFake.labelAnswer(parcel, pdf)));

        io.restassured.response.ExtractableResponse<?> created = Shipments.create(request)
                .statusCode(201)
                .body("status", equalTo("LABELLED"))
                .body("parcelNumber", equalTo(parcel))
                .body("labelFormat", equalTo("PDF_10x15_300dpi"))
                .body("addressee.zipCode", equalTo("31700"))
                .body("createdBy", equalTo("purchasing"))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/supplier/shipments/" + id);
        Shipments.read(id).body("status", equalTo("LABELLED"));

        byte[] downloaded = Shipments.as("storekeeper").when().get(Shipments.PATH + "/" + id + "/label")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"colissimo-" + parcel + ".pdf\""))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(new String(downloaded, 0, 5)).isEqualTo("%PDF-");

        // What Colissimo received: our credentials, the configured sender, the addressee and the parcel.
        assertThat(fake.count(ColissimoFake.labelRequestsFor(request.lastName())
                .withRequestBody(matchingJsonPath("$.contractNumber", WireMock.equalTo("123456")))
                .withRequestBody(matchingJsonPath("$.password", WireMock.equalTo("test-password")))
                .withRequestBody(
                        matchingJsonPath("$.outputFormat.outputPrintingType", WireMock.equalTo("PDF_10x15_300dpi")))
                .withRequestBody(matchingJsonPath("$.letter.service.productCode", WireMock.equalTo("DOS")))
                .withRequestBody(matchingJsonPath("$.letter.service.orderNumber", WireMock.equalTo("PO-2026-0042")))
                .withRequestBody(matchingJsonPath("$.letter.parcel.weight", WireMock.equalTo("2.5")))
                .withRequestBody(matchingJsonPath("$.letter.sender.address.companyName", WireMock.equalTo("Rep'Aero")))
                .withRequestBody(matchingJsonPath("$.letter.sender.address.zipCode", WireMock.equalTo("31700")))
                .withRequestBody(matchingJsonPath("$.letter.addressee.address.countryCode", WireMock.equalTo("FR")))
                .withRequestBody(matchingJsonPath("$.letter.addressee.address.mobileNumber",
                        WireMock.equalTo("+33612345678")))))
                .isEqualTo(1);
    }
}
