package com.repaero.supplier.supplier.domain;

/** Where a supplier stands in the Part-145 supplier evaluation. */
public enum ApprovalStatus {
    /** Never evaluated, or the evaluation was not passed. */
    NOT_APPROVED,
    /** On the approved-supplier list, within its scope, until its expiry date. */
    APPROVED,
    /** Approval withdrawn pending a new evaluation (e.g. after a quality finding). */
    SUSPENDED
}
