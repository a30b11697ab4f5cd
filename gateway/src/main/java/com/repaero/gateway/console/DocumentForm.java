package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The form of a customer invoice draft or a quote, as typed: the customer (picked by a search), the document's fields
 * and its lines, added and removed by submit buttons (no JavaScript). One class and one line-editor include
 * ({@code parts/line-editor.html}) for both documents; an invoice has a few fields more (payment terms, buyer
 * reference, delivery date).
 */
public final class DocumentForm {

    /** The VAT rates customer-service allows (FrenchVatRate). */
    public static final List<String> VAT_RATES = List.of("20", "10", "5.5", "2.1", "0");
    public static final List<String> CATEGORIES = List.of("GOODS", "SERVICES", "MIXED");
    static final int BLANK_LINES = 2;
    static final int MAX_LINES = 200;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    /** Which document: the invoice has payment terms, a buyer reference and a delivery date. */
    public enum Kind {
        INVOICE, QUOTE
    }

    /** One line as typed. */
    public record LineForm(String description, String partNumber, String quantity, String unitPrice, String vatRate,
            String vatExemptionReason, String discountPercent) {

        static LineForm blank() {
            return new LineForm("", "", "1", "", "20", "", "");
        }

        boolean empty() {
            return FormValues.blank(description) && FormValues.blank(partNumber) && FormValues.blank(unitPrice)
                    && FormValues.blank(vatExemptionReason) && FormValues.blank(discountPercent);
        }
    }

    /** A customer offered by the picker. */
    public record CustomerChoice(long id, String legalName, String siren, String city, boolean chosen) {
    }

    public final Kind kind;
    public String customerQuery = "";
    public String customerId = "";
    public String operationCategory = "";
    public String paymentTerms = "";
    public String discountPercent = "";
    public String buyerReference = "";
    public String deliveryDate = "";
    public String notes = "";
    /** The version of a draft being edited (If-Match), empty for a new one. */
    public String version = "";
    public final List<LineForm> lines = new ArrayList<>();

    public DocumentForm(Kind kind) {
        this.kind = kind;
    }

    /** A new document: blank lines to fill. */
    static DocumentForm blank(Kind kind, Long customerId) {
        DocumentForm form = new DocumentForm(kind);
        form.customerId = customerId == null ? "" : customerId.toString();
        for (int i = 0; i < BLANK_LINES; i++) {
            form.lines.add(LineForm.blank());
        }
        return form;
    }

    /** The form as the browser sent it. */
    static DocumentForm from(Kind kind, MultivaluedMap<String, String> typed) {
        DocumentForm form = new DocumentForm(kind);
        form.customerQuery = first(typed, "customerQuery");
        form.customerId = first(typed, "customerId");
        form.operationCategory = CATEGORIES.contains(first(typed, "operationCategory"))
                ? first(typed, "operationCategory")
                : "";
        form.paymentTerms = CustomerPages.PAYMENT_TERMS.contains(first(typed, "paymentTerms"))
                ? first(typed, "paymentTerms")
                : "";
        form.discountPercent = first(typed, "discountPercent");
        form.buyerReference = first(typed, "buyerReference");
        form.deliveryDate = first(typed, "deliveryDate");
        form.notes = first(typed, "notes");
        form.version = first(typed, "version");
        List<String> descriptions = typed.get("description");
        int rows = Math.min(MAX_LINES, descriptions == null ? 0 : descriptions.size());
        for (int i = 0; i < rows; i++) {
            String rate = FormValues.at(typed.get("vatRate"), i);
            form.lines.add(new LineForm(FormValues.at(descriptions, i), FormValues.at(typed.get("partNumber"), i),
                    FormValues.at(typed.get("quantity"), i), FormValues.at(typed.get("unitPrice"), i),
                    VAT_RATES.contains(rate) ? rate : "20", FormValues.at(typed.get("vatExemptionReason"), i),
                    FormValues.at(typed.get("lineDiscount"), i)));
        }
        if (form.lines.isEmpty()) {
            form.lines.add(LineForm.blank());
        }
        return form;
    }

    /** A draft as read, to edit. */
    static DocumentForm of(Kind kind, long customerId, String operationCategory, String paymentTerms,
            BigDecimal discountPercent, String buyerReference, java.time.LocalDate deliveryDate, String notes,
            int version, List<InvoicePages.Line> lines, ConsoleFormats formats) {
        DocumentForm form = new DocumentForm(kind);
        form.customerId = Long.toString(customerId);
        form.operationCategory = FormValues.orEmpty(operationCategory);
        form.paymentTerms = FormValues.orEmpty(paymentTerms);
        form.discountPercent = formats.input(discountPercent);
        form.buyerReference = FormValues.orEmpty(buyerReference);
        form.deliveryDate = deliveryDate == null ? "" : deliveryDate.toString();
        form.notes = FormValues.orEmpty(notes);
        form.version = Integer.toString(version);
        for (InvoicePages.Line l : lines) {
            String rate = l.vatRate() == null ? "20" : l.vatRate().stripTrailingZeros().toPlainString();
            form.lines.add(new LineForm(FormValues.orEmpty(l.description()), FormValues.orEmpty(l.partNumber()),
                    formats.input(l.quantity()), formats.input(l.unitPrice()), VAT_RATES.contains(rate) ? rate : "20",
                    FormValues.orEmpty(l.vatExemptionReason()), formats.input(l.discountPercent())));
        }
        return form;
    }

    public boolean invoice() {
        return kind == Kind.INVOICE;
    }

    public List<OrderPages.Row<LineForm>> rows() {
        return OrderPages.Row.of(lines, "line");
    }

    /** Handles "add a line" and "remove line N"; true when the action was one of them. */
    boolean edit(String action) {
        if ("add-line".equals(action)) {
            if (lines.size() < MAX_LINES) {
                lines.add(LineForm.blank());
            }
            return true;
        }
        if (action != null && action.startsWith("remove-")) {
            int index = OrderPages.parseIndex(action.substring("remove-".length()));
            if (index >= 0 && index < lines.size() && lines.size() > 1) {
                lines.remove(index);
            }
            return true;
        }
        return false;
    }

    /**
     * The request body, French numbers and dates read; what cannot be read is reported on its field and nothing is
     * sent. {@code rowOfLine} receives the form row of each line sent (blank rows are skipped), to put the service's
     * {@code lines[i]} errors back on their row.
     */
    Map<String, Object> body(FormErrors errors, List<Integer> rowOfLine, ConsoleMessages msg, InvoicingMessages inv) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", parseId(customerId));
        if (body.get("customerId") == null) {
            errors.field("customerQuery", inv.document_customer(), inv.document_customer_required());
        }
        body.put("operationCategory", FormValues.blank(operationCategory) ? null : operationCategory);
        body.put("discountPercent", decimal(discountPercent, "discountPercent", inv.document_discount(), errors, msg));
        if (invoice()) {
            body.put("paymentTerms", FormValues.blank(paymentTerms) ? null : paymentTerms);
            body.put("buyerReference", FormValues.trimmed(buyerReference));
            FormValues.Parsed<java.time.LocalDate> day = FormValues.date(deliveryDate);
            if (day.invalid()) {
                errors.field("deliveryDate", inv.document_deliveryDate(), msg.invalid_date());
            }
            body.put("deliveryDate", day.value());
        }
        body.put("notes", FormValues.trimmed(notes));
        List<Map<String, Object>> sent = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineForm line = lines.get(i);
            if (line.empty()) {
                continue;
            }
            String row = "line-" + i + "-";
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("description", FormValues.trimmed(line.description()));
            l.put("partNumber", FormValues.trimmed(line.partNumber()));
            l.put("quantity", decimal(line.quantity(), row + "quantity", lineLabel(msg, i, inv.line_quantity()),
                    errors, msg));
            l.put("unitPrice", decimal(line.unitPrice(), row + "unitPrice", lineLabel(msg, i, inv.line_unitPrice()),
                    errors, msg));
            l.put("vatRate", new BigDecimal(line.vatRate()));
            l.put("vatExemptionReason", FormValues.trimmed(line.vatExemptionReason()));
            l.put("discountPercent", decimal(line.discountPercent(), row + "discountPercent",
                    lineLabel(msg, i, inv.line_discount()), errors, msg));
            sent.add(l);
            rowOfLine.add(i);
        }
        if (sent.isEmpty()) {
            errors.field("line-0-description", inv.document_lines(), inv.document_lines_required());
        }
        body.put("lines", sent);
        return body;
    }

    /** The service's refusal on the field or line row it is about. */
    FormErrors refused(SupplierApi.Problem problem, List<Integer> rowOfLine, ConsoleMessages msg,
            InvoicingMessages inv) {
        return Problems.toErrors(problem, msg, field -> {
            Matcher m = LINE_FIELD.matcher(field);
            if (m.matches()) {
                int line = Integer.parseInt(m.group(1));
                int row = line < rowOfLine.size() ? rowOfLine.get(line) : line;
                String name = m.group(2);
                return new Problems.Target("line-" + row + "-" + name, lineLabel(msg, row, lineFieldLabel(inv, name)));
            }
            return switch (field) {
                case "customerId", "#customer-not-found" -> new Problems.Target("customerQuery",
                        inv.document_customer());
                case "operationCategory" -> new Problems.Target("operationCategory", inv.document_category());
                case "paymentTerms" -> new Problems.Target("paymentTerms", inv.document_paymentTerms());
                case "discountPercent" -> new Problems.Target("discountPercent", inv.document_discount());
                case "buyerReference" -> new Problems.Target("buyerReference", inv.document_buyerReference());
                case "deliveryDate" -> new Problems.Target("deliveryDate", inv.document_deliveryDate());
                case "notes" -> new Problems.Target("notes", inv.document_notes());
                case "lines" -> new Problems.Target("line-0-description", inv.document_lines());
                default -> null;
            };
        });
    }

    private static String lineFieldLabel(InvoicingMessages inv, String name) {
        return switch (name) {
            case "description" -> inv.line_description();
            case "partNumber" -> inv.line_partNumber();
            case "quantity" -> inv.line_quantity();
            case "unitPrice" -> inv.line_unitPrice();
            case "vatRate" -> inv.line_vatRate();
            case "vatExemptionReason" -> inv.line_vatExemptionReason();
            case "discountPercent" -> inv.line_discount();
            default -> name;
        };
    }

    private static String lineLabel(ConsoleMessages msg, int row, String field) {
        return msg.line_field(row + 1, field);
    }

    private static BigDecimal decimal(String typed, String anchor, String label, FormErrors errors,
            ConsoleMessages msg) {
        FormValues.Parsed<BigDecimal> value = FormValues.decimal(typed);
        if (value.invalid()) {
            errors.field(anchor, label, msg.invalid_number());
        }
        return value.value();
    }

    static Long parseId(String value) {
        try {
            return FormValues.blank(value) ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(MultivaluedMap<String, String> typed, String name) {
        return FormValues.orEmpty(typed.getFirst(name));
    }
}
