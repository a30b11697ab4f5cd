package com.repaero.customer.invoicing.facturx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

import com.repaero.customer.customer.domain.PostalAddress;
import com.repaero.customer.invoicing.InvoicingConfig;
import com.repaero.customer.invoicing.domain.DocumentTotals;
import com.repaero.customer.invoicing.domain.Invoice;
import com.repaero.customer.invoicing.domain.InvoiceKind;
import com.repaero.customer.invoicing.domain.InvoiceLine;

/**
 * Draws the human-readable invoice as a PDF/A-3 (embedded fonts, sRGB output intent, XMP identification), the base
 * Mustang attaches the Factur-X XML to. Drawn with PDFBox rather than Mustang's FOP visualizer: French wording with
 * every legal mention, and tens of milliseconds instead of seconds (ADR 0013).
 */
final class InvoicePdf {

    // Open Font License fonts shipped inside the Mustang library jar.
    private static final String REGULAR = "/fonts/SourceSansPro-Regular.ttf";
    private static final String BOLD = "/fonts/SourceSansPro-Bold.ttf";
    private static final String ICC = "/sRGB.icc";
    private static final Map<String, byte[]> RESOURCES = new ConcurrentHashMap<>();

    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 60;
    // Table columns: description, quantity, unit price, discount, VAT, net amount (right edges after the first).
    private static final float[] COLUMN_RIGHT = {0, 340, 405, 445, 480, 555};

    private final PDDocument doc = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    private InvoicePdf() throws IOException {
        regular = PDType0Font.load(doc, new java.io.ByteArrayInputStream(resource(REGULAR)));
        bold = PDType0Font.load(doc, new java.io.ByteArrayInputStream(resource(BOLD)));
    }

    /** The invoice as a PDF/A-3b without attachment. */
    static byte[] render(Invoice invoice, InvoicingConfig config) {
        try {
            InvoicePdf pdf = new InvoicePdf();
            try {
                return pdf.draw(invoice, config);
            } finally {
                pdf.doc.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw invoice " + invoice.number, e);
        }
    }

    private byte[] draw(Invoice invoice, InvoicingConfig config) throws IOException {
        InvoicingConfig.Seller seller = config.seller();
        Mentions mentions = Mentions.of(invoice, config);
        DocumentTotals totals = invoice.totals();
        newPage();

        // Seller (left) and document (right).
        float top = y;
        text(bold, 15, MARGIN, seller.legalName());
        line(regular, 9, seller.legalForm() + " au capital de " + seller.shareCapital() + " €");
        line(regular, 9, seller.addressLine1());
        seller.addressLine2().ifPresent(l -> lineUnchecked(regular, 9, l));
        line(regular, 9, seller.postalCode() + " " + seller.city() + " " + seller.countryCode());
        line(regular, 9, "SIREN " + seller.siren() + " - RCS " + seller.rcsCity());
        line(regular, 9, "TVA " + seller.vatNumber());
        line(regular, 9, seller.email() + seller.phone().map(p -> " - " + p).orElse(""));
        float afterSeller = y;

        y = top;
        float right = MARGIN + 330;
        text(bold, 18, right, invoice.kind.title().toUpperCase(java.util.Locale.ROOT));
        y -= 4;
        row(right, "N° " + invoice.number, bold, 11);
        row(right, "Date d'émission : " + FrenchFormat.date(invoice.issueDate), regular, 9);
        row(right, "Date de livraison / prestation : " + FrenchFormat.date(
                invoice.deliveryDate != null ? invoice.deliveryDate : invoice.issueDate), regular, 9);
        if (invoice.kind == InvoiceKind.INVOICE) {
            row(right, "Échéance : " + FrenchFormat.date(invoice.dueDate), bold, 9);
        } else {
            row(right, "Facture d'origine : " + invoice.creditedInvoiceNumber + " du "
                    + FrenchFormat.date(invoice.creditedInvoiceDate), regular, 9);
        }
        if (invoice.buyerReference != null) {
            row(right, "Votre référence : " + invoice.buyerReference, regular, 9);
        }
        row(right, "Client n° " + invoice.customerId, regular, 9);
        y = Math.min(y, afterSeller) - 14;

        // Buyer, and the delivery address when it differs (mandatory mention).
        top = y;
        text(bold, 10, MARGIN, "Facturé à");
        line(bold, 10, invoice.buyerName);
        address(invoice.billingAddress());
        if (invoice.buyerSiren != null) {
            line(regular, 9, "SIREN " + invoice.buyerSiren);
        }
        if (invoice.buyerVatNumber != null) {
            line(regular, 9, "TVA " + invoice.buyerVatNumber);
        }
        float afterBuyer = y;
        PostalAddress delivery = invoice.deliveryAddress();
        if (delivery != null) {
            y = top;
            text(bold, 10, right, "Adresse de livraison");
            rowAddress(right, delivery);
        }
        y = Math.min(y, afterBuyer) - 10;
        line(regular, 9, mentions.operationCategory());
        if (invoice.notes != null && !invoice.notes.isBlank()) {
            paragraph(regular, 9, invoice.notes, WIDTH);
        }
        y -= 8;

        // Lines.
        tableHeader();
        for (InvoiceLine l : invoice.lines) {
            String label = l.partNumber == null ? l.description : "P/N " + l.partNumber + " - " + l.description;
            List<String> wrapped = wrap(regular, 9, label, COLUMN_RIGHT[1] - 60 - MARGIN);
            ensure(12f * wrapped.size() + 4, true);
            float rowTop = y;
            for (String part : wrapped) {
                text(regular, 9, MARGIN, part);
            }
            float after = y;
            y = rowTop;
            rightText(regular, 9, COLUMN_RIGHT[1], FrenchFormat.number(l.quantity));
            rightText(regular, 9, COLUMN_RIGHT[2], FrenchFormat.unitPrice(l.unitPrice));
            rightText(regular, 9, COLUMN_RIGHT[3],
                    l.discountPercent.signum() == 0 ? "" : FrenchFormat.percent(l.discountPercent));
            rightText(regular, 9, COLUMN_RIGHT[4], FrenchFormat.percent(l.vatRate));
            rightText(regular, 9, COLUMN_RIGHT[5], FrenchFormat.money(l.netAmount));
            y = after - 3;
        }
        rule();

        // Totals and VAT breakdown.
        ensure(40 + 14f * (4 + totals.breakdown().size()), false);
        total("Total HT des lignes", totals.linesNet(), regular);
        if (totals.allowanceTotal().signum() != 0) {
            total("Remise globale " + FrenchFormat.percent(invoice.discountPercent), totals.allowanceTotal().negate(),
                    regular);
        }
        total("Total HT", totals.taxBasis(), bold);
        for (DocumentTotals.VatBreakdown vat : totals.breakdown()) {
            total("TVA " + FrenchFormat.percent(vat.rate()) + " sur " + FrenchFormat.money(vat.taxableAmount()),
                    vat.vatAmount(), regular);
        }
        total("Total TVA", totals.vatTotal(), regular);
        total(invoice.kind == InvoiceKind.INVOICE ? "Total TTC à payer" : "Total TTC de l'avoir",
                totals.grandTotal(), bold);
        y -= 8;
        for (DocumentTotals.VatBreakdown vat : totals.breakdown()) {
            if (vat.exemptionReason() != null) {
                paragraph(regular, 9, "TVA à 0 % : " + vat.exemptionReason(), WIDTH);
            }
        }

        // Legal mentions.
        y -= 6;
        List<String> legal = new ArrayList<>();
        legal.add(mentions.paymentTerms());
        if (invoice.kind == InvoiceKind.INVOICE) {
            legal.add(mentions.payment());
        }
        legal.add(mentions.noDiscount());
        legal.add(mentions.latePayment());
        if (mentions.vatOnDebits() != null) {
            legal.add(mentions.vatOnDebits());
        }
        legal.add(mentions.sellerIdentity());
        for (String mention : legal) {
            paragraph(regular, 8, mention, WIDTH);
        }
        out.close();
        numberPages(invoice);
        return save(invoice, config);
    }

    // ---- layout helpers ----

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Starts a new page (repeating the table header) when {@code height} does not fit. */
    private void ensure(float height, boolean inTable) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
            if (inTable) {
                tableHeader();
            }
        }
    }

    private void tableHeader() throws IOException {
        ensure(30, false);
        rule();
        float rowTop = y;
        text(bold, 9, MARGIN, "Désignation");
        y = rowTop;
        String[] titles = {"", "Qté", "PU HT", "Remise", "TVA", "Montant HT"};
        for (int i = 1; i < titles.length; i++) {
            rightText(bold, 9, COLUMN_RIGHT[i], titles[i]);
        }
        y = rowTop - 12;
        rule();
    }

    private void rule() throws IOException {
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y + 2);
        out.lineTo(MARGIN + WIDTH, y + 2);
        out.stroke();
        y -= 10;
    }

    private void total(String label, BigDecimal amount, PDFont font) throws IOException {
        float rowTop = y;
        rightText(font, 10, COLUMN_RIGHT[4], label);
        y = rowTop;
        rightText(font, 10, COLUMN_RIGHT[5], FrenchFormat.money(amount));
        y = rowTop - 14;
    }

    private void address(PostalAddress address) throws IOException {
        line(regular, 9, address.line1());
        if (address.line2() != null && !address.line2().isBlank()) {
            line(regular, 9, address.line2());
        }
        line(regular, 9, address.postalCode() + " " + address.city() + " " + address.countryCode());
    }

    private void rowAddress(float x, PostalAddress address) throws IOException {
        row(x, address.line1(), regular, 9);
        if (address.line2() != null && !address.line2().isBlank()) {
            row(x, address.line2(), regular, 9);
        }
        row(x, address.postalCode() + " " + address.city() + " " + address.countryCode(), regular, 9);
    }

    private void row(float x, String value, PDFont font, float size) throws IOException {
        text(font, size, x, value);
    }

    private void line(PDFont font, float size, String value) throws IOException {
        text(font, size, MARGIN, value);
    }

    private void lineUnchecked(PDFont font, float size, String value) {
        try {
            line(font, size, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paragraph(PDFont font, float size, String value, float width) throws IOException {
        for (String part : wrap(font, size, value, width)) {
            ensure(size + 3, false);
            text(font, size, MARGIN, part);
        }
    }

    private void text(PDFont font, float size, float x, String value) throws IOException {
        y -= size + 3;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(printable(font, value));
        out.endText();
    }

    private void rightText(PDFont font, float size, float rightEdge, String value) throws IOException {
        String printable = printable(font, value);
        text(font, size, rightEdge - width(font, size, printable), printable);
    }

    private static float width(PDFont font, float size, String value) throws IOException {
        return font.getStringWidth(value) / 1000 * size;
    }

    private static List<String> wrap(PDFont font, float size, String value, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(font, value).split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && width(font, size, candidate) > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** Replaces the characters the font cannot draw (and control characters) instead of failing the issue. */
    private static String printable(PDFont font, String value) {
        if (value == null) {
            return "";
        }
        StringBuilder result = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                result.append(ch);
            } catch (IOException | IllegalArgumentException notInFont) {
                result.append('?');
            }
        });
        return result.toString();
    }

    private void numberPages(Invoice invoice) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = invoice.kind.title() + " " + invoice.number + " - page " + (i + 1) + "/"
                        + pages.size();
                footer.beginText();
                footer.setFont(regular, 8);
                footer.newLineAtOffset(MARGIN + WIDTH - width(regular, 8, label), 30);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    private byte[] save(Invoice invoice, InvoicingConfig config) throws IOException {
        String title = invoice.kind.title() + " " + invoice.number;
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(config.seller().legalName());
        info.setCreator("Rep'Aero customer-service");
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(3);
        try {
            pdfa.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException(e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Rep'Aero customer-service");
        ByteArrayOutputStream xmpBytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xmpBytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmpBytes.toByteArray());
        doc.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(doc, new java.io.ByteArrayInputStream(resource(ICC)));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) {
        return RESOURCES.computeIfAbsent(name, n -> {
            try (InputStream in = InvoicePdf.class.getResourceAsStream(n)) {
                if (in == null) {
                    throw new IllegalStateException(n + " is not on the classpath (Mustang library jar)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
