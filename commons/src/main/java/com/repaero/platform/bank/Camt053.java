package com.repaero.platform.bank;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a bank-to-customer statement {@code camt.053.001.xx} (any version: the paths we use are the same) into one
 * line per transaction: an entry with several TxDtls (a grouped booking) gives several lines.
 */
public final class Camt053 {

    private Camt053() {
    }

    /** The statement: its Id (what makes an import idempotent), our account and its lines. */
    public record Statement(String id, String iban, List<Line> lines) {
    }

    /** One transaction of an entry; amount positive, direction in {@code debit}. */
    public record Line(String entryReference, BigDecimal amount, String currency, boolean debit,
            LocalDate bookingDate, LocalDate valueDate, String endToEndId, String remittance) {
    }

    /** The XML is not a camt.053 statement we can read. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    public static Statement parse(String xml) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Statements come from outside: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | java.io.IOException e) {
            throw new Unreadable("The body is not well-formed XML: " + e.getMessage());
        }
        if (root.getNamespaceURI() == null || !root.getNamespaceURI().contains("camt.053.001.")) {
            throw new Unreadable("The document is not a camt.053 statement (namespace " + root.getNamespaceURI() + ")");
        }
        Element stmt = path(root, "BkToCstmrStmt", "Stmt");
        if (stmt == null) {
            throw new Unreadable("No BkToCstmrStmt/Stmt in the document");
        }
        String id = text(stmt, "Id");
        if (id == null || id.isBlank()) {
            throw new Unreadable("The statement has no Id");
        }
        List<Line> lines = new ArrayList<>();
        for (Element entry : children(stmt, "Ntry")) {
            lines.addAll(lines(entry));
        }
        return new Statement(id.strip(), text(stmt, "Acct", "Id", "IBAN"), lines);
    }

    private static List<Line> lines(Element entry) {
        Element amount = path(entry, "Amt");
        String indicator = text(entry, "CdtDbtInd");
        if (amount == null || indicator == null) {
            throw new Unreadable("An entry has no Amt or CdtDbtInd");
        }
        boolean debit = "DBIT".equals(indicator.strip());
        String reference = text(entry, "AcctSvcrRef");
        LocalDate booking = date(path(entry, "BookgDt"));
        LocalDate value = date(path(entry, "ValDt"));
        List<Element> transactions = new ArrayList<>();
        for (Element details : children(entry, "NtryDtls")) {
            transactions.addAll(children(details, "TxDtls"));
        }
        List<Line> lines = new ArrayList<>();
        if (transactions.isEmpty()) {
            lines.add(new Line(reference, decimal(amount), amount.getAttribute("Ccy"), debit, booking, value, null,
                    null));
            return lines;
        }
        for (Element tx : transactions) {
            // The transaction's own amount when the entry groups several; else the entry's.
            Element txAmount = path(tx, "Amt");
            if (txAmount == null) {
                txAmount = path(tx, "AmtDtls", "TxAmt", "Amt");
            }
            if (txAmount == null) {
                if (transactions.size() > 1) {
                    throw new Unreadable("A grouped entry has a transaction without amount");
                }
                txAmount = amount;
            }
            String endToEndId = text(tx, "Refs", "EndToEndId");
            if ("NOTPROVIDED".equals(endToEndId)) {
                endToEndId = null;
            }
            List<String> remittance = new ArrayList<>();
            Element rmtInf = path(tx, "RmtInf");
            if (rmtInf != null) {
                for (Element ustrd : children(rmtInf, "Ustrd")) {
                    remittance.add(ustrd.getTextContent().strip());
                }
            }
            lines.add(new Line(reference, decimal(txAmount), txAmount.getAttribute("Ccy"), debit, booking, value,
                    endToEndId, remittance.isEmpty() ? null : String.join(" ", remittance)));
        }
        return lines;
    }

    private static BigDecimal decimal(Element amount) {
        try {
            return new BigDecimal(amount.getTextContent().strip());
        } catch (NumberFormatException e) {
            throw new Unreadable("Not an amount: " + amount.getTextContent());
        }
    }

    private static LocalDate date(Element dateAndTime) {
        if (dateAndTime == null) {
            return null;
        }
        String dt = text(dateAndTime, "Dt");
        if (dt == null) {
            dt = text(dateAndTime, "DtTm");
        }
        if (dt == null || dt.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(dt.strip().substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            throw new Unreadable("Not a date: " + dt);
        }
    }

    private static String text(Element from, String... names) {
        Element found = path(from, names);
        return found == null ? null : found.getTextContent().strip();
    }

    private static Element path(Element from, String... names) {
        Element current = from;
        for (String name : names) {
            List<Element> next = children(current, name);
            if (next.isEmpty()) {
                return null;
            }
            current = next.get(0);
        }
        return current;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
