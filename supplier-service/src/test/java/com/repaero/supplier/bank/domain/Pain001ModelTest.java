package com.repaero.supplier.bank.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.prowidesoftware.swift.model.mx.MxPain00100109;

/** The written pain.001 reads back, field by field, with the ISO 20022 model of the prowide library. */
class Pain001ModelTest {

    @Test
    void readsBackWithTheIsoModel() {
        String xml = Pain001.write(Pain001Files.twoTransfers());

        var document = MxPain00100109.parse(xml).getCstmrCdtTrfInitn();

        var header = document.getGrpHdr();
        assertThat(header.getMsgId()).isEqualTo("RAPAY-51");
        assertThat(header.getCreDtTm().toString()).startsWith("2026-11-23T10:15");
        assertThat(header.getNbOfTxs()).isEqualTo("2");
        assertThat(header.getCtrlSum()).isEqualByComparingTo("1342.42");
        assertThat(header.getInitgPty().getNm()).isEqualTo("Rep'Aero SAS");
        var payment = document.getPmtInf().get(0);
        assertThat(payment.getPmtInfId()).isEqualTo("RAPAY-51-1");
        assertThat(payment.getPmtMtd().value()).isEqualTo("TRF");
        assertThat(payment.getPmtTpInf().getSvcLvl().get(0).getCd()).isEqualTo("SEPA");
        assertThat(payment.getReqdExctnDt().getDt().toString()).isEqualTo("2026-12-01");
        assertThat(payment.getDbtr().getPstlAdr().getStrtNm()).isEqualTo("Rue de l'Aeroport");
        assertThat(payment.getDbtr().getPstlAdr().getBldgNb()).isEqualTo("1");
        assertThat(payment.getDbtr().getPstlAdr().getTwnNm()).isEqualTo("Blagnac");
        assertThat(payment.getDbtr().getPstlAdr().getCtry()).isEqualTo("FR");
        assertThat(payment.getDbtrAcct().getId().getIBAN()).isEqualTo("FR7630006000011234567890189");
        assertThat(payment.getDbtrAgt().getFinInstnId().getBICFI()).isEqualTo("AGRIFRPP");
        assertThat(payment.getChrgBr().value()).isEqualTo("SLEV");
        assertThat(payment.getCdtTrfTxInf()).hasSize(2);
        var first = payment.getCdtTrfTxInf().get(0);
        assertThat(first.getPmtId().getEndToEndId()).isEqualTo("RA-51-1");
        assertThat(first.getAmt().getInstdAmt().getValue()).isEqualByComparingTo(new BigDecimal("1242.42"));
        assertThat(first.getAmt().getInstdAmt().getCcy()).isEqualTo("EUR");
        assertThat(first.getCdtr().getNm()).isEqualTo("Aero Pieces Cie");
        assertThat(first.getCdtr().getPstlAdr().getPstCd()).isEqualTo("31700");
        assertThat(first.getCdtrAcct().getId().getIBAN()).isEqualTo("FR7630006000011234567890189");
        assertThat(first.getCdtrAgt().getFinInstnId().getBICFI()).isEqualTo("AGRIFRPP");
        assertThat(first.getRmtInf().getUstrd()).containsExactly("FA-2026/001");
        var second = payment.getCdtTrfTxInf().get(1);
        assertThat(second.getCdtrAgt()).as("no BIC given: IBAN only").isNull();
        assertThat(second.getAmt().getInstdAmt().getValue()).isEqualByComparingTo("100.00");
    }
}
