package com.repaero.supplier.bank.domain;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a SEPA credit transfer initiation {@code pain.001.001.09} with a streaming writer (ADR 0007): elements in the
 * order of the ISO 20022 schema, texts in the SEPA character set, amounts with two decimals.
 */
public final class Pain001 {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Pain001() {
    }

    /** A structured postal address (PostalAddress24). */
    public record Address(String streetName, String buildingNumber, String postCode, String townName,
            String country) {
    }

    /** A party with its account: the debtor (us) or a creditor (a supplier). */
    public record Party(String name, Address address, String iban, String bic) {
    }

    /** One transfer, for one bill. */
    public record Transfer(String endToEndId, BigDecimal amount, Party creditor, String remittance) {
    }

    /** The whole file: one payment information block with all the transfers. */
    public record Batch(String messageId, LocalDateTime createdAt, LocalDate executionDate, Party debtor,
            List<Transfer> transfers) {

        public BigDecimal controlSum() {
            return transfers.stream().map(Transfer::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    public static String write(Batch batch) {
        if (batch.transfers().isEmpty()) {
            throw new IllegalArgumentException("A payment batch needs at least one transfer");
        }
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");

            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", batch.messageId());
            text(xml, "CreDtTm", DATE_TIME.format(batch.createdAt()));
            text(xml, "NbOfTxs", Integer.toString(batch.transfers().size()));
            text(xml, "CtrlSum", amount(batch.controlSum()));
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", SepaText.of(batch.debtor().name(), 70));
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", batch.messageId() + "-1");
            text(xml, "PmtMtd", "TRF");
            text(xml, "NbOfTxs", Integer.toString(batch.transfers().size()));
            text(xml, "CtrlSum", amount(batch.controlSum()));
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            text(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("ReqdExctnDt");
            text(xml, "Dt", batch.executionDate().toString());
            xml.writeEndElement();
            party(xml, "Dbtr", batch.debtor());
            account(xml, "DbtrAcct", batch.debtor().iban());
            agent(xml, "DbtrAgt", batch.debtor().bic());
            text(xml, "ChrgBr", "SLEV");
            for (Transfer transfer : batch.transfers()) {
                transfer(xml, transfer);
            }
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write pain.001", e);
        }
    }

    private static void transfer(XMLStreamWriter xml, Transfer transfer) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        text(xml, "EndToEndId", transfer.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(amount(transfer.amount()));
        xml.writeEndElement();
        xml.writeEndElement();
        // CdtrAgt is optional in SEPA (IBAN only) when the supplier gave no BIC.
        if (transfer.creditor().bic() != null && !transfer.creditor().bic().isBlank()) {
            agent(xml, "CdtrAgt", transfer.creditor().bic());
        }
        party(xml, "Cdtr", transfer.creditor());
        account(xml, "CdtrAcct", transfer.creditor().iban());
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", SepaText.of(transfer.remittance(), 140));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void party(XMLStreamWriter xml, String element, Party party) throws XMLStreamException {
        xml.writeStartElement(element);
        text(xml, "Nm", SepaText.of(party.name(), 70));
        Address address = party.address();
        xml.writeStartElement("PstlAdr");
        optional(xml, "StrtNm", address.streetName(), 70);
        optional(xml, "BldgNb", address.buildingNumber(), 16);
        optional(xml, "PstCd", address.postCode(), 16);
        text(xml, "TwnNm", SepaText.of(address.townName(), 35));
        text(xml, "Ctry", address.country());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban.replace(" ", ""));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void agent(XMLStreamWriter xml, String element, String bic) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        text(xml, "BICFI", bic.strip());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void optional(XMLStreamWriter xml, String element, String value, int max)
            throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            text(xml, element, SepaText.of(value, max));
        }
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
