package com.repaero.supplier.bank.domain;

/**
 * The EndToEndId of a bill's transfer: the bank returns it on the statement, so reconciliation matches on it exactly.
 * Unique because a bill is paid in one batch only (unique key on bill_payment.bill_id).
 */
public final class EndToEndIds {

    /** The ISO 20022 limit (Max35Text). */
    public static final int MAX_LENGTH = 35;

    private EndToEndIds() {
    }

    public static String of(long batchId, long billId) {
        String id = "RA-" + batchId + "-" + billId;
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("EndToEndId longer than 35 characters: " + id);
        }
        return id;
    }

    /** The batch's MsgId, also unique across batches (used as file name). */
    public static String messageId(long batchId) {
        return "RAPAY-" + batchId;
    }
}
