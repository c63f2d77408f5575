package org.socialprotection.map.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scheme typed with the keyboard alone, its sources and reforms as rows: "Add a reform" adds a row in place (the
 * page is not reloaded), "Remove" takes one out, and once published the public page shows the reforms.
 */
class SchemeRowsBrowserTests extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        signIn("rows-editor", Role.EDITOR);
    }

    /** The browser test commits: its schemes and their history go, so that other tests see the demo alone. */
    @AfterEach
    void deleteSchemes() {
        for (Long id : jdbc.queryForList("SELECT id FROM scheme WHERE created_by = 'rows-editor'", Long.class)) {
            jdbc.update("DELETE FROM review_comment WHERE record_type = 'schemes' AND record_id = ?", id);
            List<Long> revisions = jdbc.queryForList("SELECT rev FROM scheme_aud WHERE id = ?", Long.class, id);
            jdbc.update("DELETE FROM scheme WHERE id = ?", id);
            for (Long rev : revisions) {
                for (String table : new String[] {"scheme_aud", "scheme_benefit_form_aud", "scheme_branch_aud",
                        "scheme_coverage_aud", "scheme_coverage_figure_aud", "scheme_reform_aud",
                        "scheme_source_aud"}) {
                    jdbc.update("DELETE FROM " + table + " WHERE rev = ?", rev);
                }
                jdbc.update("DELETE FROM revision WHERE id = ?", rev);
            }
        }
    }

    /** Presses Tab until the field of this name has the focus; fails if Tab never reaches it. */
    WebElement tabTo(String name) {
        for (int i = 0; i < 200; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (name.equals(active.getAttribute("name"))) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches the field " + name);
    }

    @Test
    void reformsAreAddedInPlaceWithTheKeyboardAndShownOnceThePageIsPublished() throws Exception {
        open("/workspace/schemes/new?lang=en");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        // marks this page: a reload would lose the mark
        script("window.rowsTestMark = true");
        tabTo("country").sendKeys("Thailand");
        tabTo("officialName").sendKeys("Keyboard rows scheme");
        WebElement branch = tabTo("branches");
        while (!"medical_care".equals(driver.switchTo().activeElement().getAttribute("value"))) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        assertThat(branch).isNotNull();

        tabTo("reforms[0].date").sendKeys("2006");
        tabTo("reforms[0].change").sendKeys("The copayment per visit was abolished.");
        tabTo("reforms[0].source.title").sendKeys("Research article on the scheme");
        tabTo("reforms[0].source.url").sendKeys("https://pmc.ncbi.nlm.nih.gov/articles/PMC6986227/");
        // past the row's "Remove" to "Add a reform", pressed with Enter: a new row, the keyboard in its first field
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Remove this reform");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Add a reform");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(d -> "reforms[1].date".equals(d.switchTo().activeElement().getAttribute("name")));
        assertThat(script("return window.rowsTestMark === true")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#reforms legend")).stream().map(WebElement::getText))
                .containsExactly("Reforms", "Reform 1", "Reform 2");
        driver.switchTo().activeElement().sendKeys("2019-06");
        tabTo("reforms[1].change").sendKeys("Informal workers named among the covered");
        new org.openqa.selenium.support.ui.Select(tabTo("reforms[1].group")).selectByValue("informal_workers");
        new org.openqa.selenium.support.ui.Select(tabTo("reforms[1].statusBefore")).selectByValue("voluntary");
        tabTo("reforms[1].source.title").sendKeys("Research article on the scheme");
        // a third row, added and removed again
        driver.findElement(By.cssSelector("#reforms > button[name=addRow]")).sendKeys(Keys.ENTER);
        waitUntil(d -> "reforms[2].date".equals(d.switchTo().activeElement().getAttribute("name")));
        driver.findElements(By.cssSelector("#reforms button.remove-row")).get(2).sendKeys(Keys.ENTER);
        waitUntil(d -> d.findElements(By.name("reforms[2].date")).isEmpty());

        tabTo("sources[0].title").sendKeys("Research article on Thailand's Universal Coverage Scheme");
        tabTo("sources[0].url").sendKeys("https://pmc.ncbi.nlm.nih.gov/articles/PMC6986227/", Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().matches(".*/workspace/schemes/\\d+/edit"));
        assertThat(driver.findElement(By.name("reforms[1].change")).getAttribute("value"))
                .isEqualTo("Informal workers named among the covered");
        assertThat(driver.findElement(By.name("reforms[2].date")).getAttribute("value")).isEmpty();

        driver.findElement(By.cssSelector("form[action$='/submit'] button")).click();
        waitFor("form[action$='/publish'] button").click();
        waitUntil(d -> "Published".equals(d.findElement(By.id("record-status")).getText()));
        String id = driver.getCurrentUrl().replaceAll(".*/workspace/schemes/(\\d+)/edit.*", "$1");

        open("/schemes/" + id + "?lang=en");
        String reforms = waitFor("section.reforms").getText();
        assertThat(reforms).contains("The copayment per visit was abolished.")
                .contains("Informal workers named among the covered");

        driver.manage().window().setSize(new Dimension(320, 800));
        try {
            for (String lang : new String[] {"en", "fr", "es"}) {
                open("/workspace/schemes/" + id + "/edit?lang=" + lang);
                assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
                        .as(lang + " wider than the phone").isLessThanOrEqualTo(320);
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
