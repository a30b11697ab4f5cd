package com.repaero.gateway.console;

import static com.repaero.gateway.console.PhaseTwo.fitsAndShoot;
import static com.repaero.gateway.console.PhaseTwo.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.Select;

/**
 * Sales works the CRM pipeline in a real Chromium against the phase-2 platform: an opportunity dragged to the next
 * stage with the mouse (1024×768) and with a finger (touch Pointer Events, as an iPad sends them, 768×1024), moved
 * with the no-JavaScript form, each time still in its new column after a reload; and "my activities", one marked done.
 */
class ConsoleCrmPipelineIT {

    @RegisterExtension
    static final BeforeAllCallback PLATFORM = PhaseTwo.PLATFORM;

    @Test
    void salesDragsAnOpportunityToTheNextStageWithTheMouse() {
        long id = PhaseTwo.opportunityOnTopOfTheSecondColumn(PhaseTwo.customer("Hélicoptères du Comminges"),
                "Révision BTP — F-HCOM");
        try (Browser browser = PhaseTwo.signedIn("sales", 1024, 768)) {
            browser.find(".main-nav a[href='/console/crm/pipeline']").click();
            WebElement target = nextColumn(browser, id);
            String stage = target.getAttribute("data-stage");
            WebElement handle = browser.find("#opportunity-" + id + " .drag-handle");
            showColumnTop(browser, target);
            browser.screenshot("p2-pipeline-before-drag-1024x768");
            recordPointerType(browser);

            new Actions(browser.driver()).moveToElement(handle).clickAndHold()
                    .moveByOffset(20, 10).moveToElement(target.findElement(By.tagName("h2")))
                    .pause(Duration.ofMillis(100)).release().perform();

            assertInColumnAfterReload(browser, id, stage);
            assertThat(browser.script("return sessionStorage.getItem('pointerType');")).isEqualTo("mouse");
            browser.assertNoHorizontalScroll();
            browser.screenshot("p2-pipeline-dragged-1024x768");
        }
    }

    @Test
    void salesDragsAnOpportunityToTheNextStageWithAFingerOnAnIpadInPortrait() {
        long id = PhaseTwo.opportunityOnTopOfTheSecondColumn(PhaseTwo.customer("Aéro Service Tarbes"),
                "Visite 50 h — F-GTAR");
        try (Browser browser = PhaseTwo.signedIn("sales", 768, 1024)) {
            browser.go(url("/console/crm/pipeline"));
            WebElement target = nextColumn(browser, id);
            String stage = target.getAttribute("data-stage");
            WebElement card = browser.find("#opportunity-" + id);
            showColumnTop(browser, target);
            fitsAndShoot(browser, "p2-pipeline-768x1024");

            // Real touch input: chromedriver sends touch points, Chromium fires Pointer Events of type "touch".
            recordPointerType(browser);
            PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
            WebElement handle = card.findElement(By.cssSelector(".drag-handle"));
            WebElement header = target.findElement(By.tagName("h2"));
            Sequence swipe = new Sequence(finger, 0)
                    .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(handle), 0, 0))
                    .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                    .addAction(finger.createPointerMove(Duration.ofMillis(150), PointerInput.Origin.fromElement(handle),
                            15, 15))
                    .addAction(finger.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.fromElement(header),
                            0, 0))
                    .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
            browser.driver().perform(List.of(swipe));

            assertInColumnAfterReload(browser, id, stage);
            assertThat(browser.script("return sessionStorage.getItem('pointerType');")).isEqualTo("touch");
            fitsAndShoot(browser, "p2-pipeline-touched-768x1024");
        }
    }

    @Test
    void theMoveFormWorksWithoutDragging() {
        long id = PhaseTwo.opportunity(PhaseTwo.customer("Atelier Pyrénées Avionique"), "Radio KX155 — F-GPYR");
        try (Browser browser = PhaseTwo.signedIn("sales", 768, 1024)) {
            browser.go(url("/console/crm/pipeline"));
            String stage = nextColumn(browser, id).getAttribute("data-stage");
            new Select(browser.find("#move-" + id)).selectByValue(stage);
            browser.find("#opportunity-" + id + " .move-form button[type=submit]").click();

            assertThat(browser.find("#done-notice").getText()).isNotBlank();
            assertInColumnAfterReload(browser, id, stage);
        }
    }

    @Test
    void salesMarksOneOfItsActivitiesDone() {
        long customer = PhaseTwo.customer("Aéro-Club de Castelnaudary");
        long overdue = PhaseTwo.activity(customer, "Rappeler pour le devis hélice", OffsetDateTime.now().minusDays(1));
        long later = PhaseTwo.activity(customer, "Envoyer le certificat EASA", OffsetDateTime.now().plusDays(2));
        try (Browser browser = PhaseTwo.signedIn("sales", 768, 1024)) {
            browser.find(".main-nav a[href='/console/crm/activities']").click();
            WebElement row = browser.find("#activity-" + overdue);
            assertThat(row.getText()).contains("Rappeler pour le devis hélice");
            assertThat(row.getAttribute("class")).contains("overdue");
            assertThat(browser.find("#activity-" + later).getText()).contains("Envoyer le certificat EASA");
            fitsAndShoot(browser, "p2-activities-768x1024");

            row.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(browser.find("#done-notice").getText()).isNotBlank();
            browser.go(url("/console/crm/activities"));
            browser.find("#activity-" + later);
            assertThat(browser.has("#activity-" + overdue)).as("a done activity leaves my list").isFalse();
            fitsAndShoot(browser, "p2-activity-done-768x1024");
        }
    }

    /** The column right after the one holding the opportunity. */
    private static WebElement nextColumn(Browser browser, long id) {
        browser.find("#pipeline.drag-ready");
        List<WebElement> columns = browser.driver().findElements(By.cssSelector("#pipeline .board-column"));
        WebElement from = browser.find("#opportunity-" + id).findElement(By.xpath("ancestor::section"));
        int index = columns.indexOf(from);
        assertThat(index).as("the opportunity's column").isNotNegative().isLessThan(columns.size() - 1);
        return columns.get(index + 1);
    }

    /** Keeps the type of the drag's pointerdown across the page load the drop causes. */
    private static void recordPointerType(Browser browser) {
        browser.script("""
                sessionStorage.removeItem('pointerType');
                document.addEventListener('pointerdown',
                  e => sessionStorage.setItem('pointerType', e.pointerType), true);""");
    }

    /** Scrolls the board so that the columns' row starts near the top: the drop target and the card are in view. */
    private static void showColumnTop(Browser browser, WebElement column) {
        browser.script("window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 80);", column);
    }

    /** Server state, not the DOM: the page is loaded again and the card is in the column of {@code stage}. */
    private static void assertInColumnAfterReload(Browser browser, long id, String stage) {
        browser.find("#done-notice");
        browser.go(url("/console/crm/pipeline"));
        WebElement column = browser.find("#opportunity-" + id).findElement(By.xpath("ancestor::section"));
        assertThat(column.getAttribute("data-stage")).isEqualTo(stage);
    }
}
