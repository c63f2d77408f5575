package org.socialprotection.map.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.support.BrowserTest;

/**
 * The workspace in a browser at a phone's width: an editor finds a published record and opens its form, widens the
 * scheme picker to another country, and signs out from the header of a public page.
 */
class WorkspaceBrowserTests extends BrowserTest {

    /**
     * What of the page's own content is wider than the screen (the site's header is the layout's), named; a table
     * may scroll inside its own box (house style), which must fit itself; so does a map.
     */
    Object overflowing() {
        return script("return [...document.querySelectorAll('main, main *')]"
                + ".filter(e => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))"
                // the map clips Leaflet's own layers (its zoom proxy is far wider than any screen)
                + ".filter(e => !e.closest('.leaflet-container') || e.classList.contains('leaflet-container'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
    }

    @Test
    void anEditorFindsAPublishedObservationWidensTheSchemePickerAndSignsOut() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn("finder-editor", Role.EDITOR);
            open("/workspace?lang=fr");
            click("#find-records", null);
            waitFor("form.records-filter");
            new Select(driver.findElement(By.name("type"))).selectByValue("observations");
            new Select(driver.findElement(By.name("status"))).selectByValue("published");
            new Select(driver.findElement(By.name("country"))).selectByValue("GHA");
            driver.findElement(By.cssSelector("form.records-filter button")).click();
            assertThat(waitFor("#records-count").getText()).contains("correspond");
            assertThat((java.util.List<?>) overflowing()).as("records page at 390 px").isEmpty();
            assertThat(seriousAccessibilityViolations()).isEmpty();

            click("table.records td a", null);
            waitFor("fieldset.scheme-picker");
            assertThat(driver.findElements(By.cssSelector("fieldset.scheme-country legend")))
                    .extracting(e -> e.getText()).containsOnly("Ghana");
            new Select(driver.findElement(By.name("schemeCountry"))).selectByValue("ZAF");
            driver.findElement(By.cssSelector("button[name=refresh]")).click();
            waitUntil(d -> d.findElements(By.cssSelector("fieldset.scheme-country legend")).stream()
                    .anyMatch(e -> e.getText().equals("Afrique du Sud")));
            assertThat((java.util.List<?>) overflowing()).as("observation form at 390 px").isEmpty();
            assertThat(seriousAccessibilityViolations()).isEmpty();

            open("/briefs");
            assertThat(waitFor(".signed-in").getText()).contains("finder-editor");
            driver.findElement(By.cssSelector("form.sign-out button")).click();
            waitUntil(d -> d.findElements(By.cssSelector("form.sign-out")).isEmpty());
            open("/workspace");
            waitUntil(d -> d.getCurrentUrl().contains("/login"));
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
