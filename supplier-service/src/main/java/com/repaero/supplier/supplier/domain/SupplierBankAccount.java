package com.repaero.supplier.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of supplier_bank_account. */
@Embeddable
public class SupplierBankAccount {

    @Column(nullable = false)
    public String iban;

    public String bic;

    @Column(nullable = false)
    public String holder;

    @Column(name = "is_default", nullable = false)
    public boolean preferred;

    static SupplierBankAccount of(SupplierDetails.BankAccount b) {
        SupplierBankAccount row = new SupplierBankAccount();
        row.iban = b.iban();
        row.bic = b.bic();
        row.holder = b.holder();
        row.preferred = b.preferred();
        return row;
    }

    SupplierDetails.BankAccount toDetails() {
        return new SupplierDetails.BankAccount(iban, bic, holder, preferred);
    }
}
