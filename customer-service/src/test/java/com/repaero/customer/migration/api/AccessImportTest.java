package com.repaero.customer.migration.api;

import static com.repaero.customer.customer.CustomerApi.CUSTOMERS;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.migration.AccessImportApi.report;
import static com.repaero.customer.migration.LegacyAccessFile.aFile;
import static com.repaero.customer.migration.LegacyAccessFile.nextKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.customer.crm.CrmApi;
import com.repaero.customer.customer.CustomerRequests;
import com.repaero.customer.migration.LegacyAccessFile;
import com.repaero.platform.validation.FrenchCompanyIds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The Access import end to end: a dry run changes nothing, the real run creates customers, contacts, activities and
 * notes, a rerun changes nothing, and the go-live delta updates only what changed (keeping what users added here).
 */
@QuarkusTest
class AccessImportTest {

    private final int aero = nextKey();
    private final int heli = nextKey();
    private final String aeroSiren = CustomerRequests.nextSiren();
    private final String heliSiren = CustomerRequests.nextSiren();
    private final int julien = nextKey();
    private final int call = nextKey();
    private final int note = nextKey();

    private LegacyAccessFile copy() {
        return export("04.68.00.00.00", "julien@acl.fr");
    }

    /** Rep'Aero's Access file on a given day: the club's phone and Julien's e-mail change before go-live. */
    private LegacyAccessFile export(String clubPhone, String julienEmail) {
        return aFile()
                .client(aero, "RaisonSociale", "AÉRO CLUB DU LAURAGAIS", "SIREN", spaced(aeroSiren), "NumTVA",
                        FrenchCompanyIds.vatNumberOf(aeroSiren), "Adresse1", "Aérodrome", "CodePostal", "11400",
                        "Ville", "Castelnaudary", "Telephone", clubPhone, "Email", "contact@acl.fr",
                        "CondReglement", "30 jours fin de mois", "Observations", "Client depuis 1998")
                .client(heli, "RaisonSociale", "HÉLI SERVICES", "SIRET", CustomerRequests.siretOf(heliSiren),
                        "Adresse1", "Zone hélico", "CodePostal", "1000", "Ville", "Bourg-en-Bresse", "LivAdresse1",
                        "Hangar 2", "LivCodePostal", "01000", "LivVille", "Bourg-en-Bresse", "CondReglement",
                        "Comptant")
                .contact(julien, aero, "Nom", "Moreau", "Prenom", "Julien", "Fonction", "Président", "Email",
                        julienEmail, "Portable", "06 12 34 56 78")
                .history(call, aero, "DateHisto", LocalDateTime.of(2024, 3, 5, 14, 30), "TypeHisto", "Appel",
                        "Objet", "Devis révision moteur", "Commentaire", "Rappeler en avril", "Utilisateur",
                        "JDUPONT", "Fait", true)
                .history(note, aero, "DateHisto", LocalDateTime.of(2023, 11, 2, 9, 0), "TypeHisto", "Remarque",
                        "Commentaire", "Paie toujours à l'heure");
    }

    private static String spaced(String siren) {
        return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
    }

    @Test
    void aDryRunReportsWithoutChangingAnything() {
        JsonPath dry = report(copy().write(), true);

        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getInt("customers.created")).isEqualTo(2);
        assertThat(dry.getInt("contacts.created")).isEqualTo(1);
        assertThat(dry.getInt("history.created")).isEqualTo(2);
        assertThat(dry.getList("customers.rows.id")).containsOnlyNulls();
        as("sales").queryParam("q", aeroSiren).get(CUSTOMERS).then().body("total", equalTo(0));
        as("sales").queryParam("q", String.valueOf(aero)).get(CUSTOMERS).then().body("total", equalTo(0));
    }

    @Test
    void theRealRunThenARerunThenTheDelta() {
        JsonPath first = report(copy().write(), false);
        assertThat(first.getInt("customers.created")).isEqualTo(2);
        assertThat(first.getInt("customers.rejected")).isZero();
        assertThat(first.getInt("history.created")).isEqualTo(2);
        long aeroId = first.getLong("customers.rows.find { it.legacyKey == '" + aero + "' }.id");

        as("accounting").get(CUSTOMERS + "/" + aeroId).then().statusCode(200)
                .body("legalName", equalTo("AÉRO CLUB DU LAURAGAIS"))
                .body("siren", equalTo(aeroSiren))
                .body("legacyKey", equalTo(String.valueOf(aero)))
                .body("phone", equalTo("+33468000000"))
                .body("paymentTerms", equalTo("DAYS_30_END_OF_MONTH"))
                .body("notes", equalTo("Client depuis 1998"))
                .body("contacts[0].name", equalTo("Julien Moreau"))
                .body("contacts[0].mobile", equalTo("+33612345678"))
                .body("contacts[0].legacyKey", equalTo(String.valueOf(julien)))
                .body("createdBy", equalTo("admin"));
        as("sales").queryParam("q", heliSiren).get(CUSTOMERS).then()
                .body("items[0].city", equalTo("Bourg-en-Bresse"));
        as("sales").queryParam("customerId", aeroId).get(CrmApi.ACTIVITIES).then()
                .body("items[0].type", equalTo("CALL"))
                .body("items[0].owner", equalTo("jdupont"))
                .body("items[0].done", equalTo(true))
                .body("items[0].dueAt", equalTo("2024-03-05T14:30:00+01:00"))
                .body("items[0].legacyKey", equalTo(String.valueOf(call)));
        as("sales").queryParam("customerId", aeroId).get(CrmApi.NOTES).then()
                .body("items[0].text", equalTo("Paie toujours à l'heure"))
                .body("items[0].writtenAt", equalTo("2023-11-02T08:00:00Z"));

        JsonPath rerun = report(copy().write(), false);
        assertThat(rerun.getInt("customers.unchanged")).isEqualTo(2);
        assertThat(rerun.getInt("contacts.unchanged")).isEqualTo(1);
        assertThat(rerun.getInt("history.unchanged")).isEqualTo(2);
        String etagAfterRerun = as("sales").get(CUSTOMERS + "/" + aeroId).then().extract().header("ETag");
        assertThat(etagAfterRerun).isEqualTo("\"0\"");

        // A salesperson adds a contact here between the copy and go-live.
        Map<String, Object> body = new java.util.LinkedHashMap<>(as("sales").get(CUSTOMERS + "/" + aeroId).then()
                .extract().jsonPath().getMap(""));
        List<Object> contacts = new java.util.ArrayList<>(as("sales").get(CUSTOMERS + "/" + aeroId).then().extract()
                .jsonPath().getList("contacts"));
        contacts.add(CustomerRequests.contact("Nadia Ajouté-Ici", "Mécanicienne", "nadia@acl.fr", null));
        body.put("contacts", contacts);
        as("sales").header("If-Match", etagAfterRerun).body(body).put(CUSTOMERS + "/" + aeroId)
                .then().statusCode(200);

        int newcomer = nextKey();
        int later = nextKey();
        LegacyAccessFile delta = export("04 68 99 99 99", "j.moreau@acl.fr")
                .client(newcomer, "RaisonSociale", "AVIONS DU SUD", "SIREN", CustomerRequests.nextSiren())
                .history(later, newcomer, "DateHisto", LocalDateTime.of(2026, 11, 20, 10, 0), "TypeHisto", "RDV",
                        "Objet", "Visite atelier", "Fait", false);
        JsonPath third = report(delta.write(), false);
        assertThat(third.getInt("customers.created")).isEqualTo(1);
        assertThat(third.getInt("customers.updated")).isEqualTo(1);
        assertThat(third.getInt("customers.unchanged")).isEqualTo(1);
        assertThat(third.getList("customers.rows.find { it.outcome == 'UPDATED' }.changedFields"))
                .containsExactly("phone", "contacts");
        assertThat(third.getInt("contacts.updated")).isEqualTo(1);
        assertThat(third.getList("contacts.rows[0].changedFields")).containsExactly("email");
        assertThat(third.getInt("history.created")).isEqualTo(1);
        assertThat(third.getInt("history.unchanged")).isEqualTo(2);

        as("sales").get(CUSTOMERS + "/" + aeroId).then()
                .body("phone", equalTo("+33468999999"))
                .body("contacts.name", contains("Julien Moreau", "Nadia Ajouté-Ici"))
                .body("contacts[0].email", equalTo("j.moreau@acl.fr"))
                .body("contacts[1].legacyKey", nullValue());
        as("sales").queryParam("q", "avions du sud").get(CUSTOMERS).then()
                .body("items.legalName", hasItem("AVIONS DU SUD"));
    }
}
