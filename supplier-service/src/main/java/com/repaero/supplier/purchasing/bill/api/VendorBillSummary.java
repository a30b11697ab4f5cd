package com.repaero.supplier.purchasing.bill.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.repaero.supplier.purchasing.bill.domain.VendorBill;
import com.repaero.supplier.purchasing.bill.domain.VendorBillState;
import com.repaero.supplier.purchasing.order.domain.Decimals;

/** A vendor bill in a search result. */
public record VendorBillSummary(
        long id,
        long supplierId,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate dueDate,
        VendorBillState state,
        BigDecimal totalAmount,
        int discrepancyCount) {

    static VendorBillSummary of(VendorBill b) {
        return new VendorBillSummary(b.id, b.supplierId, b.invoiceNumber, b.invoiceDate, b.dueDate, b.state,
                Decimals.amount(b.totalAmount), b.discrepancies.size());
    }
}
