package com.repaero.supplier.shipment.domain;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.repaero.platform.problem.Problem;
import com.repaero.supplier.shipment.colissimo.ColissimoClient;
import com.repaero.supplier.shipment.colissimo.ColissimoException;
import com.repaero.supplier.shipment.colissimo.ColissimoMessage;
import com.repaero.supplier.shipment.colissimo.Label;
import com.repaero.supplier.shipment.colissimo.LabelRequest;

/**
 * Gets a shipment's label: commits LABEL_REQUESTED with a record of the call, calls Colissimo outside any transaction
 * (bounded in time), then commits LABELLED or LABEL_FAILED and the call's outcome. Whatever happens, the shipment ends
 * in a state from which the label can be requested again. Colissimo has no request key, so a call whose answer was
 * lost is not repeated at once but left UNKNOWN, with the reference it carried (see {@link LabelRequestOutcome}).
 */
@ApplicationScoped
public class LabelWorkflow {

    static final String UNAVAILABLE = "colissimo-unavailable";
    private static final Logger LOG = Logger.getLogger(LabelWorkflow.class);

    private final ShipmentService shipments;
    private final ColissimoClient colissimo;

    public LabelWorkflow(ShipmentService shipments, ColissimoClient colissimo) {
        this.shipments = shipments;
        this.colissimo = colissimo;
    }

    /**
     * @throws LabelRequestFailed when Colissimo refused the request or could not be reached; the shipment is then
     *         LABEL_FAILED
     */
    public Shipment requestLabel(long id, String user) {
        LabelRequest request = shipments.startLabelRequest(id, user);
        Label label;
        try {
            label = colissimo.generateLabel(request);
        } catch (ColissimoException.Refused e) {
            LabelRequestFailed failure = refused(id, e);
            shipments.recordLabelFailure(id, failure.code(), e.getMessage(), LabelRequestOutcome.REFUSED, user);
            throw failure;
        } catch (ColissimoException.Unavailable e) {
            shipments.recordLabelFailure(id, UNAVAILABLE, e.getMessage(), e.outcomeUnknown()
                    ? LabelRequestOutcome.UNKNOWN
                    : LabelRequestOutcome.NOT_SENT, user);
            String unknown = !e.outcomeUnknown()
                    ? ""
                    : " Colissimo a pu créer une étiquette pour la demande " + request.senderParcelRef()
                            + " sans nous la transmettre : elle reste inutilisée. / Colissimo may have made a label"
                            + " for request " + request.senderParcelRef() + " that never reached us: it stays unused.";
            throw new LabelRequestFailed(id, 503, UNAVAILABLE, "Service Unavailable",
                    "Colissimo n'a pas répondu à temps ; l'expédition " + id + " est enregistrée et l'étiquette sera"
                            + " redemandée automatiquement. / Colissimo did not answer in time; shipment " + id
                            + " is saved and its label will be requested again automatically (or POST its label)."
                            + unknown,
                    List.of());
        } catch (RuntimeException e) {
            // Never leave LABEL_REQUESTED behind on an unexpected error; an answer may have come and been lost.
            shipments.recordLabelFailure(id, "label-error", e.toString(), LabelRequestOutcome.UNKNOWN, user);
            throw e;
        }
        LOG.infof("Shipment %d labelled, parcel %s", id, label.parcelNumber());
        return shipments.recordLabel(id, label, user);
    }

    static LabelRequestFailed refused(long id, ColissimoException.Refused e) {
        String kept = " L'expédition " + id + " est conservée (LABEL_FAILED). / Shipment " + id
                + " is kept (LABEL_FAILED).";
        if (e.hasId(ColissimoMessage.BAD_CREDENTIALS)) {
            return new LabelRequestFailed(id, 502, "colissimo-credentials-refused", "Bad Gateway",
                    "Identifiants Colissimo refusés : l'administrateur doit vérifier le numéro de contrat et le mot"
                            + " de passe. / Colissimo credentials refused: an administrator must check the contract"
                            + " number and password." + kept,
                    List.of());
        }
        if (e.hasId(ColissimoMessage.BAD_ADDRESSEE_ZIP_CODE)) {
            String colissimoSays = e.messages().stream().filter(m -> ColissimoMessage.BAD_ADDRESSEE_ZIP_CODE
                    .equals(m.id())).map(ColissimoMessage::messageContent).findFirst().orElse("");
            return new LabelRequestFailed(id, 422, "colissimo-address-refused", "Business rule violated",
                    "Colissimo refuse le code postal du destinataire. / Colissimo refused the addressee's postcode."
                            + kept,
                    List.of(new Problem.InvalidField("addressee.zipCode",
                            "code postal refusé par Colissimo / postcode refused by Colissimo: " + colissimoSays)));
        }
        return new LabelRequestFailed(id, 422, "colissimo-refused", "Business rule violated",
                "Colissimo a refusé l'étiquette / Colissimo refused the label: "
                        + e.messages().stream().map(m -> m.id() + " " + m.messageContent())
                                .collect(Collectors.joining("; "))
                        + "." + kept,
                List.of());
    }
}
