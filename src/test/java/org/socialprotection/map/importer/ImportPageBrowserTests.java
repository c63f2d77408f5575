package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A researcher's import in a real browser: a survey file with its own column names, the dry run's progress page
 * refreshing itself into the report, the column choices, a second check, the commit, and no serious accessibility
 * violation on the report.
 */
class ImportPageBrowserTests extends BrowserTest {

    @Autowired Observations observations;

    @BeforeEach
    void signIn() {
        signIn("importer", Role.RESEARCHER);
    }

    /** Other browser tests count what the map shows: the drafts imported here are removed. */
    @AfterEach
    void removeImported() {
        observations.findAll().stream().filter(o -> o.getTitle().endsWith("(browser import)"))
                .forEach(o -> observations.deleteById(o.getId()));
    }

    @Test
    void aSurveyIsCheckedMappedAndImportedFromThePage() throws Exception {
        Path file = Files.createTempFile("survey", ".csv");
        Files.writeString(file, "Market name;Finding;_location_latitude;_location_longitude;source;url\n"
                + "Crèche at Makola (browser import);inclusion;5.5490;-0.2106;WIEGO;https://www.wiego.org\n"
                + "Kantamanto porters (browser import);exclusion;5.5497;-0.2139;WIEGO;https://www.wiego.org\n",
                StandardCharsets.UTF_8);
        open("/workspace/imports");
        driver.findElement(By.name("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();

        waitFor("#import-report");
        assertThat(driver.findElement(By.cssSelector("#import-report table.problems")).getText())
                .contains("title");
        assertThat(driver.findElements(By.cssSelector("form[action$='/workspace/imports/commit']"))).isEmpty();
        assertThat(seriousAccessibilityViolations()).as("axe-core on the report").isEmpty();

        new Select(driver.findElement(By.id("column-title"))).selectByVisibleText("Market name");
        new Select(driver.findElement(By.id("column-kind"))).selectByVisibleText("Finding");
        driver.findElement(By.cssSelector("#import-columns button[type=submit]")).click();

        waitUntil(d -> !d.findElements(By.cssSelector("form[action$='/workspace/imports/commit'] button")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#import-report h2")).getText()).isEqualTo("Every row is valid");
        long before = observations.count();
        driver.findElement(By.cssSelector("form[action$='/workspace/imports/commit'] button")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#import-report h2")).stream()
                .anyMatch(h -> h.getText().equals("Imported")));
        assertThat(observations.count()).isEqualTo(before + 2);
        Files.delete(file);
    }
}
