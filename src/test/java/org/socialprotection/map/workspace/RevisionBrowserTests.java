package org.socialprotection.map.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationEditor;
import org.socialprotection.map.observation.ObservationForm;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.support.BrowserTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * An editor on a phone, in Spanish, finds a re-imported version of a published observation in the review queue,
 * reads what it changes field by field, and publishes it; the public page then shows the new title.
 */
class RevisionBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired ObservationEditor editor;
    @Autowired PendingVersions versions;
    @Autowired JdbcTemplate jdbc;

    Observation published;

    @BeforeEach
    void aWaitingVersion() {
        published = fixtures.observation("test-revision-browser", Kind.EXCLUSION, -0.2106, 5.549, "GHA",
                Privacy.APPROXIMATE, PublicationStatus.PUBLISHED);
        ObservationForm form = editor.formOf(published.getId(), new Actor("test", true));
        form.setTitle("Makola traders' crèche, moved to the new wing");
        form.setNarrative("The crèche moved when the market was rebuilt.");
        assertThat(versions.propose(editor, form, new BeanPropertyBindingResult(form, "form"), "ines",
                "updated by a re-import of survey record test-revision-browser")).isTrue();
    }

    @AfterEach
    void remove() {
        jdbc.update("DELETE FROM record_revision WHERE record_id = ?", published.getId());
        fixtures.delete(published);
    }

    @Test
    void anEditorReadsTheChangedFieldsAndPublishesTheVersionOnAPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn("revision-editor", Role.EDITOR);
            open("/workspace/review?lang=es");
            assertThat(waitFor("main").getText()).contains("Versiones nuevas en espera (1)");
            driver.findElement(By.linkText("Fixture test-revision-browser")).click();
            waitFor("#revision-changes");
            List<String> rows = driver.findElements(By.cssSelector("#revision-changes tbody tr")).stream()
                    .map(r -> r.getText()).toList();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).contains("Fixture test-revision-browser")
                    .contains("Makola traders' crèche, moved to the new wing");
            assertThat(rows.get(1)).contains("The crèche moved when the market was rebuilt.");
            assertThat((List<?>) script("return [...document.querySelectorAll('main, main *')]"
                    + ".filter(e => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                    + ".map(e => e.tagName + '.' + e.className)")).as("revision page at 390 px").isEmpty();
            assertThat(seriousAccessibilityViolations()).isEmpty();

            driver.findElement(By.xpath("//button[text()='Publicar esta versión']")).click();
            assertThat(waitFor("p.notice").getText()).isEqualTo("La versión nueva está publicada.");
            open("/observations/" + published.getId() + "?lang=es");
            assertThat(waitFor("h1").getText()).isEqualTo("Makola traders' crèche, moved to the new wing");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
