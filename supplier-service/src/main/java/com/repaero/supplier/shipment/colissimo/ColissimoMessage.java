package com.repaero.supplier.shipment.colissimo;

/** One entry of Colissimo's {@code messages[]}: id "0" is success, e.g. 30000 bad credentials, 30220 bad postcode. */
public record ColissimoMessage(String id, String type, String messageContent) {

    /** Credentials missing on our side: reported like Colissimo's own 30000 so that callers handle one case. */
    public static final String BAD_CREDENTIALS = "30000";
    public static final String BAD_ADDRESSEE_ZIP_CODE = "30220";

    public boolean isError() {
        return "ERROR".equalsIgnoreCase(type);
    }
}
