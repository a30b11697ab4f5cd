package com.repaero.supplier.shipment.colissimo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.shipment.TestLabels;

/** Parsing of Colissimo's multipart/mixed answers: boundary, headers, binary bodies kept byte for byte. */
class MultipartBodyTest {

    private static final String TYPE = "multipart/mixed; boundary=\"uuid:7f1c-42\"; start=\"<jsonInfos>\"; "
            + "type=\"application/json\"";

    @Test
    void readsTheBoundaryQuotedOrNot() {
        assertThat(MultipartBody.boundaryOf(TYPE)).contains("uuid:7f1c-42");
        assertThat(MultipartBody.boundaryOf("multipart/mixed;boundary=abc")).contains("abc");
        assertThat(MultipartBody.boundaryOf("Multipart/Mixed; charset=utf-8; BOUNDARY=\"a;b\"")).contains("a;b");
        assertThat(MultipartBody.boundaryOf("application/json")).isEmpty();
        assertThat(MultipartBody.boundaryOf("multipart/mixed")).isEmpty();
        assertThat(MultipartBody.boundaryOf(null)).isEmpty();
    }

    @Test
    void splitsTheJsonAndTheBinaryLabel() {
        byte[] pdf = TestLabels.pdf("6A12345678901");
        byte[] body = body("\r\n", "{\"messages\":[]}", pdf);

        MultipartBody parsed = MultipartBody.parse(TYPE, body);

        assertThat(parsed.parts()).hasSize(2);
        assertThat(parsed.parts().get(0).contentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(parsed.parts().get(0).contentId()).isEqualTo("jsonInfos");
        assertThat(parsed.parts().get(0).text()).isEqualTo("{\"messages\":[]}");
        assertThat(parsed.parts().get(1).contentId()).isEqualTo("label");
        assertThat(parsed.parts().get(1).body()).isEqualTo(pdf);
        assertThat(parsed.firstOfType("json")).containsSame(parsed.parts().get(0));
    }

    @Test
    void keepsBinaryBytesThatLookLikeLineEndsAndDashes() {
        byte[] tricky = {0, '\r', '\n', '-', '-', 'u', 'u', (byte) 0xFF, '\r', '\n', '\r', '\n', 1};
        MultipartBody parsed = MultipartBody.parse(TYPE, body("\r\n", "{}", tricky));
        assertThat(parsed.parts().get(1).body()).isEqualTo(tricky);
    }

    @Test
    void acceptsBareLineFeeds() {
        MultipartBody parsed = MultipartBody.parse(TYPE, body("\n", "{\"a\":1}", "^XA^XZ".getBytes()));
        assertThat(parsed.parts()).hasSize(2);
        assertThat(parsed.parts().get(0).text()).isEqualTo("{\"a\":1}");
        assertThat(parsed.parts().get(1).text()).isEqualTo("^XA^XZ");
    }

    @Test
    void ignoresPreambleAndEpilogue() {
        byte[] inner = body("\r\n", "{}", new byte[]{42});
        byte[] withExtras = concat("This is a preamble\r\n".getBytes(StandardCharsets.US_ASCII), inner,
                "epilogue --uuid:7f1c-42\r\n".getBytes(StandardCharsets.US_ASCII));
        MultipartBody parsed = MultipartBody.parse(TYPE, withExtras);
        assertThat(parsed.parts()).hasSize(2);
        assertThat(parsed.parts().get(1).body()).containsExactly(42);
    }

    @Test
    void refusesATruncatedBody() {
        byte[] body = "--uuid:7f1c-42\r\nContent-Type: application/json\r\n\r\n{\"messa".getBytes();
        assertThatThrownBy(() -> MultipartBody.parse(TYPE, body)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("closing boundary");
    }

    @Test
    void refusesAMissingBoundary() {
        assertThatThrownBy(() -> MultipartBody.parse(TYPE, "{}".getBytes())).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> MultipartBody.parse("application/json", "{}".getBytes())).isInstanceOf(
                IllegalArgumentException.class);
    }

    private static byte[] body(String eol, String json, byte[] label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--uuid:7f1c-42" + eol + "Content-Type: application/json;charset=UTF-8" + eol
                + "Content-ID: <jsonInfos>" + eol + eol + json + eol).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--uuid:7f1c-42" + eol + "Content-Type: application/octet-stream" + eol
                + "Content-ID: <label>" + eol + eol).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(label);
        out.writeBytes((eol + "--uuid:7f1c-42--" + eol).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... arrays) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] a : arrays) {
            out.writeBytes(a);
        }
        return out.toByteArray();
    }
}
