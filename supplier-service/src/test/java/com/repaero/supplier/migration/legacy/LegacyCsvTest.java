package com.repaero.supplier.migration.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.migration.legacy.LegacySupplier.Column;

class LegacyCsvTest {

    private static final String HEADER = "Code fournisseur;Raison sociale;SIREN;TVA intracommunautaire;Adresse;"
            + "Code postal;Ville;Téléphone;E-mail;IBAN;BIC\r\n";

    @Test
    void readsFrenchHeadersQuotesAndLineBreaksInFields() {
        List<LegacySupplier> rows = LegacyCsv.parse(HEADER
                + "F001;\"AERO; PIECES \"\"SUD\"\"\";732829320;;\"12 rue des Hangars\nBât. B\";31700;Blagnac;;;;\r\n"
                + "\r\n"
                + "F002;HELICES;552100554;;;;;;;;\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(Column.LEGAL_NAME)).isEqualTo("AERO; PIECES \"SUD\"");
        assertThat(rows.get(0).get(Column.ADDRESS)).isEqualTo("12 rue des Hangars\nBât. B");
        assertThat(rows.get(0).get(Column.VAT_NUMBER)).isNull();
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).line()).isEqualTo(5);
        assertThat(rows.get(1).get(Column.CODE)).isEqualTo("F002");
    }

    @Test
    void decodesWindows1252WhenTheBytesAreNotUtf8() {
        byte[] bytes = (HEADER + "F001;Société Aéro;732829320;;;;;;;;\r\n").getBytes(LegacyCsv.WINDOWS_1252);
        assertThat(LegacyCsv.parse(LegacyCsv.decode(bytes, null)).get(0).get(Column.LEGAL_NAME))
                .isEqualTo("Société Aéro");
    }

    @Test
    void decodesUtf8WithABom() {
        byte[] bytes = ("\uFEFF" + HEADER + "F001;Société Aéro;732829320;;;;;;;;\r\n").getBytes(StandardCharsets.UTF_8);
        List<LegacySupplier> rows = LegacyCsv.parse(LegacyCsv.decode(bytes, null));
        assertThat(rows.get(0).get(Column.CODE)).isEqualTo("F001");
        assertThat(rows.get(0).get(Column.LEGAL_NAME)).isEqualTo("Société Aéro");
    }

    @Test
    void aMissingRequiredColumnMakesTheFileUnreadable() {
        assertThatThrownBy(() -> LegacyCsv.parse("Raison sociale;SIREN\nX;732829320\n"))
                .isInstanceOf(LegacySupplier.UnreadableSource.class).hasMessageContaining("CODE_FOUR");
    }

    @Test
    void aCommaSeparatedFileIsRefused() {
        assertThatThrownBy(() -> LegacyCsv.parse("CODE_FOUR;RAISON_SOCIALE;SIREN\nF1;A;732829320;x;y\n"))
                .isInstanceOf(LegacySupplier.UnreadableSource.class).hasMessageContaining("Line 2");
    }

    @Test
    void anUnterminatedQuoteIsRefused() {
        assertThatThrownBy(() -> LegacyCsv.parse("CODE_FOUR;RAISON_SOCIALE;SIREN\nF1;\"A;732829320\n"))
                .isInstanceOf(LegacySupplier.UnreadableSource.class);
    }
}
