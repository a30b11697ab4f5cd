package com.repaero.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The console's pages rendered with the data the resources give them (a session needs the real Keycloak, ConsoleIT):
 * field errors bound to their inputs, the typed values kept, navigation by role, both languages.
 */
@QuarkusTest
class ConsoleTemplatesTest {

    private static final Set<String> PHASE_1 = Set.of("supplier");
    private static final Set<String> PHASE_2 = Set.of("supplier", "customer");
    private static final ConsoleUser PURCHASER = new ConsoleUser("Acheteur Démo", "purchasing", List.of("purchasing"),
            PHASE_1);
    private static final ConsoleUser TECHNICIAN = new ConsoleUser("Technicien Démo", "technician",
            List.of("technician"), PHASE_1);

    @Location("console/supplier-form.html")
    Template form;

    @Location("console/suppliers.html")
    Template search;

    @Location("console/home.html")
    Template home;

    @Test
    void fieldErrorsAreNextToTheirFieldAndAnnounced() {
        String html = page(form, PURCHASER, ConsoleLocale.FRENCH)
                .data("form", new SupplierPages.Form("Hélices <SA>", "123456789", "", "a@b.fr"))
                .data("errors", Map.of("siren", "doit être un SIREN valide"))
                .data("otherErrors", List.of())
                .data("errorCount", 1)
                .render();

        assertThat(html).contains("<div class=\"error-summary\" id=\"error-summary\" role=\"alert\"")
                .contains("<a href=\"#siren\">SIREN : doit être un SIREN valide</a>")
                .contains("<p class=\"field-error\" id=\"siren-error\">doit être un SIREN valide</p>")
                .contains("aria-describedby=\"siren-hint siren-error\" aria-invalid=\"true\"")
                .contains("value=\"Hélices &lt;SA&gt;\"")
                .contains("<label for=\"legalName\">")
                .doesNotContain("legalName-error");
    }

    @Test
    void aCleanFormHasNoErrorMarkup() {
        String html = page(form, PURCHASER, ConsoleLocale.ENGLISH)
                .data("form", new SupplierPages.Form("", "", "", ""))
                .data("errors", Map.of())
                .data("otherErrors", List.of())
                .data("errorCount", 0)
                .render();

        assertThat(html).contains("<html lang=\"en\">").contains("Register the supplier")
                .doesNotContain("aria-invalid").doesNotContain("role=\"alert\"");
    }

    @Test
    void searchResultsInFrenchFormatsWithPaging() {
        SupplierPages.Supplier supplier = new SupplierPages.Supplier(7, "Aéro Pièces", "732829320", null, null,
                Instant.parse("2026-11-23T09:15:00Z"), "purchasing");
        String html = page(search, PURCHASER, ConsoleLocale.FRENCH)
                .data("q", "aéro")
                .data("qParam", "a%C3%A9ro")
                .data("result", new SupplierPages.SupplierPage(List.of(supplier), 1, 20, 1234))
                .data("pageNumber", 2)
                .data("prevPage", 1)
                .data("nextPage", 3)
                .render();

        assertThat(html.replace('\u202F', ' ').replace('\u00A0', ' ')).contains("1 234 fournisseurs")
                .contains("23/11/2026")
                .contains("<a href=\"/console/suppliers/7\">Aéro Pièces</a>")
                .contains("Page 2 sur 62")
                .contains("href=\"/console/suppliers?q=a%C3%A9ro&amp;page=1\"")
                .contains("href=\"/console/suppliers?q=a%C3%A9ro&amp;page=3\"")
                .contains("id=\"new-supplier\"");
    }

    @Test
    void aTechnicianSeesNoSupplierScreen() {
        String html = page(home, TECHNICIAN, ConsoleLocale.FRENCH)
                .data("phase", 1)
                .data("services", List.of(new ConsoleResource.ServiceView("supplier", 1, true),
                        new ConsoleResource.ServiceView("stock", 4, false)))
                .data("attention", List.of())
                .data("attentionAvailable", true)
                .data("hasScreens", false)
                .render();

        assertThat(html).doesNotContain("/console/suppliers")
                .contains("Technicien")
                .contains("Arrive en phase 4");
    }

    @Test
    void theNavigationFollowsThePhase() {
        ConsoleUser adminInPhase1 = new ConsoleUser("Admin", "admin", List.of("admin"), PHASE_1);
        ConsoleUser adminInPhase2 = new ConsoleUser("Admin", "admin", List.of("admin"), PHASE_2);

        assertThat(homeOf(adminInPhase1)).contains("href=\"/console/suppliers\"")
                .doesNotContain("/console/customers").doesNotContain("/console/invoices")
                .doesNotContain("/console/crm/").doesNotContain("/console/migration/access");
        assertThat(homeOf(adminInPhase2)).contains("href=\"/console/suppliers\"")
                .contains("href=\"/console/customers\"").contains("href=\"/console/invoices\"")
                .contains("href=\"/console/migration/access\"");
    }

    private String homeOf(ConsoleUser user) {
        return page(home, user, ConsoleLocale.FRENCH)
                .data("phase", user.liveServices().size())
                .data("services", List.of())
                .data("attention", List.of())
                .data("attentionAvailable", true)
                .data("hasScreens", true)
                .render();
    }

    private static TemplateInstance page(Template template, ConsoleUser user, java.util.Locale locale) {
        TemplateInstance page = template.instance()
                .data("user", user)
                .data("current", "SUPPLIERS")
                .data("lang", locale.getLanguage())
                .data("backParam", "%2Fconsole")
                .data("formats", new ConsoleFormats(locale));
        page.setLocale(locale);
        return page;
    }
}
