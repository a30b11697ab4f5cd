package com.repaero.supplier.shipment.colissimo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code multipart/*} body (RFC 2046), as Colissimo answers generateLabel. Written here because neither
 * Jakarta Mail nor mime4j is in the Quarkus BOM mirror we build from, and the format needed is small: boundary from
 * the Content-Type, parts with headers and binary bodies, CRLF or bare LF line ends.
 */
public record MultipartBody(List<Part> parts) {

    /** One part: header names in lower case, the body as raw bytes (a PDF label stays binary). */
    public record Part(Map<String, String> headers, byte[] body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "text/plain");
        }

        /** The Content-ID without its angle brackets, or empty. */
        public String contentId() {
            String id = headers.getOrDefault("content-id", "").strip();
            return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The {@code boundary} parameter of a multipart Content-Type, or empty when it is not multipart. */
    public static Optional<String> boundaryOf(String contentType) {
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        for (String param : splitParams(contentType)) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("boundary")) {
                String value = param.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * @throws IllegalArgumentException when the Content-Type has no boundary or the body has no complete part
     */
    public static MultipartBody parse(String contentType, byte[] body) {
        String boundary = boundaryOf(contentType)
                .orElseThrow(() -> new IllegalArgumentException("not a multipart Content-Type: " + contentType));
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("boundary not found in the body");
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            int afterDelimiter = at + delimiter.length;
            if (startsWith(body, afterDelimiter, "--")) {
                break; // close delimiter: the epilogue is ignored
            }
            int headersStart = skipLineEnd(body, skipTransportPadding(body, afterDelimiter));
            int next = nextDelimiter(body, delimiter, headersStart);
            if (next < 0) {
                throw new IllegalArgumentException("multipart body ends without a closing boundary");
            }
            // The line end before the next delimiter belongs to the delimiter, not to the part's body.
            int partEnd = next;
            if (partEnd > headersStart && body[partEnd - 1] == '\n') {
                partEnd--;
                if (partEnd > headersStart && body[partEnd - 1] == '\r') {
                    partEnd--;
                }
            }
            parts.add(part(body, headersStart, partEnd));
            at = next;
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("multipart body has no part");
        }
        return new MultipartBody(List.copyOf(parts));
    }

    /** The first part whose Content-Type contains {@code fragment} (e.g. "json"). */
    public Optional<Part> firstOfType(String fragment) {
        return parts.stream().filter(p -> p.contentType().toLowerCase(Locale.ROOT).contains(fragment)).findFirst();
    }

    private static Part part(byte[] body, int start, int end) {
        Map<String, String> headers = new LinkedHashMap<>();
        int pos = start;
        while (pos < end) {
            int lineEnd = indexOf(body, new byte[]{'\n'}, pos);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            int contentEnd = lineEnd > pos && body[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd == pos) {
                pos = Math.min(lineEnd + 1, end);
                return new Part(headers, java.util.Arrays.copyOfRange(body, pos, end));
            }
            String line = new String(body, pos, contentEnd - pos, StandardCharsets.ISO_8859_1);
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            pos = lineEnd + 1;
        }
        // No blank line: a part with headers only (or nothing at all).
        return new Part(headers, new byte[0]);
    }

    private static int nextDelimiter(byte[] body, byte[] delimiter, int from) {
        int at = indexOf(body, delimiter, from);
        // A delimiter only counts at the start of a line.
        while (at > 0 && body[at - 1] != '\n') {
            at = indexOf(body, delimiter, at + 1);
        }
        return at;
    }

    private static int skipTransportPadding(byte[] body, int pos) {
        while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
            pos++;
        }
        return pos;
    }

    private static int skipLineEnd(byte[] body, int pos) {
        if (pos < body.length && body[pos] == '\r') {
            pos++;
        }
        if (pos < body.length && body[pos] == '\n') {
            pos++;
        }
        return pos;
    }

    private static boolean startsWith(byte[] body, int pos, String prefix) {
        if (pos + prefix.length() > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (body[pos + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer : for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<String> splitParams(String contentType) {
        List<String> params = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : contentType.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                params.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        params.add(current.toString());
        return params;
    }
}
