package com.repaero.customer.migration.api;

import static com.repaero.customer.migration.AccessImportApi.report;
import static com.repaero.customer.migration.LegacyAccessFile.aFile;
import static com.repaero.customer.migration.LegacyAccessFile.nextKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;
import com.repaero.platform.validation.FrenchCompanyIds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bad rows are rejected with reasons named after the Access columns; the good ones still go in. */
@QuarkusTest
class AccessImportRejectionTest {

    @Test
    void eachBadRowIsRejectedWithItsReasons() {
        int good = nextKey();
        int badSiren = nextKey();
        int vatOfAnother = nextKey();
        int noSiren = nextKey();
        int terms = nextKey();
        int country = nextKey();
        int twice = nextKey();
        String goodSiren = CustomerRequests.nextSiren();
        String twiceSiren = CustomerRequests.nextSiren();
        JsonPath report = report(aFile()
                .client(good, "RaisonSociale", "BON CLIENT", "SIREN", goodSiren)
                .client(badSiren, "RaisonSociale", "SIREN FAUX", "SIREN", "732829321")
                .client(vatOfAnother, "RaisonSociale", "TVA FAUSSE", "SIREN", CustomerRequests.nextSiren(), "NumTVA",
                        FrenchCompanyIds.vatNumberOf(CustomerRequests.nextSiren()))
                .client(noSiren, "RaisonSociale", "SANS SIREN")
                .client(terms, "RaisonSociale", "TERMES", "SIREN", CustomerRequests.nextSiren(), "CondReglement",
                        "90 jours le 10")
                .client(country, "RaisonSociale", "PAYS", "Pays", "Atlantide")
                .client(twice, "RaisonSociale", "DOUBLON 1", "SIREN", twiceSiren)
                .client(twice, "RaisonSociale", "DOUBLON 2", "SIREN", CustomerRequests.nextSiren())
                .client(nextKey(), "RaisonSociale", "MÊME SIREN", "SIREN", twiceSiren)
                .contact(nextKey(), good, "Nom", "Sans Mail", "Email", "pas-un-email")
                .contact(nextKey(), good, "Nom", "Bon Contact", "Email", "bon@client.fr")
                .contact(nextKey(), 999_999_999, "Nom", "Orphelin")
                .contact(nextKey(), badSiren, "Nom", "Du Rejeté")
                .history(nextKey(), 999_999_998, "TypeHisto", "Appel", "Objet", "Client inconnu")
                .history(nextKey(), good, "TypeHisto", "Note")
                .write(), false);

        assertThat(report.getInt("customers.read")).isEqualTo(9);
        assertThat(report.getInt("customers.created")).isEqualTo(2);
        assertThat(report.getInt("customers.rejected")).isEqualTo(7);
        assertThat(reasons(report, "customers", badSiren)).containsExactly("SIREN");
        assertThat(reasons(report, "customers", vatOfAnother)).containsExactly("NumTVA");
        assertThat(reasons(report, "customers", noSiren)).containsExactly("SIREN");
        assertThat(reasons(report, "customers", terms)).containsExactly("CondReglement");
        assertThat(reasons(report, "customers", country)).contains("Pays");
        assertThat(report.getList("customers.rows.findAll { it.outcome == 'REJECTED' }.reasons.flatten().message",
                String.class)).anyMatch(m -> m.contains("appears more than once"))
                .anyMatch(m -> m.contains(twiceSiren + " is already customer"));

        assertThat(report.getInt("contacts.read")).isEqualTo(4);
        assertThat(report.getInt("contacts.created")).isEqualTo(1);
        assertThat(report.getInt("contacts.rejected")).isEqualTo(3);
        assertThat(report.getList("contacts.rows.findAll { it.outcome == 'REJECTED' }.reasons.flatten().field",
                String.class)).containsExactlyInAnyOrder("Email", "NumClient", "NumClient");

        assertThat(report.getInt("history.rejected")).isEqualTo(2);
        assertThat(report.getList("history.rows.reasons.flatten().field", String.class))
                .containsExactlyInAnyOrder("NumClient", "Commentaire");
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(JsonPath report, String section, int key) {
        List<Map<String, Object>> rows = report.getList(section + ".rows.findAll { it.legacyKey == '" + key + "' }");
        assertThat(rows).hasSize(1);
        return ((List<Map<String, String>>) rows.get(0).get("reasons")).stream().map(r -> r.get("field")).toList();
    }
}
