package com.repaero.gateway.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one form: each next to its field (by the input's id, for {@code aria-describedby}) and in the summary
 * at the top of the page, which links to the field. Errors that belong to no field are in the summary only.
 */
public final class FormErrors {

    /** One line of the error summary; {@code anchor} is null for an error of the whole form. */
    public record Entry(String anchor, String label, String message) {
        public String text() {
            return label == null || label.isBlank() ? message : label + " : " + message;
        }
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Entry> summary = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Adds an error on a field; a second one on the same field joins the first. */
    public FormErrors field(String anchor, String label, String message) {
        if (byField.containsKey(anchor)) {
            byField.put(anchor, byField.get(anchor) + " ; " + message);
            summary.replaceAll(e -> anchor.equals(e.anchor()) ? new Entry(anchor, label, byField.get(anchor)) : e);
        } else {
            byField.put(anchor, message);
            summary.add(new Entry(anchor, label, message));
        }
        return this;
    }

    public FormErrors general(String message) {
        summary.add(new Entry(null, null, message));
        return this;
    }

    /** The error of a field, or null: templates test it with {@code #if}. */
    public String get(String anchor) {
        return byField.get(anchor);
    }

    public boolean has(String anchor) {
        return byField.containsKey(anchor);
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public int count() {
        return summary.size();
    }

    public List<Entry> summary() {
        return List.copyOf(summary);
    }
}
