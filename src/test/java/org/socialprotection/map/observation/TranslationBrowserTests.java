package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * French and Spanish readers on the map's panel and list and on an observation's page: a published translation
 * where there is one, otherwise the English original with its own lang and a note in the reader's language.
 */
class TranslationBrowserTests extends BrowserTest {

    @Autowired Observations observations;

    long guidelines;
    long kayayei;

    @BeforeEach
    void demo() {
        guidelines = observations.findBySlug("accra-market-childcare-guidelines").orElseThrow().getId();
        kayayei = observations.findBySlug("accra-kayayei-nhis-premium-barrier").orElseThrow().getId();
    }

    @Test
    void theMapPanelInFrenchShowsTheTranslationOrSaysTheOriginalIsInEnglish() {
        open("/?lang=fr&sel=o:" + guidelines);
        WebElement panel = waitFor("#panel");
        waitUntil(d -> panel.getText().contains("Des lignes directrices pour la garde d’enfants"));
        assertThat(panel.findElement(By.cssSelector("h2")).getDomAttribute("lang")).isNull();
        assertThat(panel.findElement(By.cssSelector(".spmap-narrative")).getText()).contains("WIEGO, avec l’équipe");
        assertThat(panel.findElements(By.cssSelector(".spmap-translation-note"))).isEmpty();

        open("/?lang=fr&sel=o:" + kayayei);
        WebElement other = waitFor("#panel");
        waitUntil(d -> !other.findElements(By.cssSelector(".spmap-translation-note")).isEmpty());
        assertThat(other.findElement(By.cssSelector("h2")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(other.findElement(By.cssSelector(".spmap-narrative")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(other.findElement(By.cssSelector(".spmap-translation-note")).getText())
                .matches("Pas disponible en français\\s;\\saffiché en anglais\\.");
    }

    @Test
    void theListInSpanishMarksTheItemsShownInEnglish() {
        open("/?lang=es&view=list&country=GHA");
        // the list is drawn again when the map settles: each check finds its element afresh until it holds
        String item = "#results li[data-id='%s'] ";
        waitUntil(d -> "Directrices de cuidado infantil para los mercados de Accra"
                .equals(d.findElement(By.cssSelector(item.formatted(guidelines) + "> a")).getText()));
        waitUntil(d -> d.findElement(By.cssSelector(item.formatted(guidelines) + "> a")).getDomAttribute("lang") == null
                && d.findElements(By.cssSelector(item.formatted(guidelines) + ".spmap-translation-marker")).isEmpty());
        waitUntil(d -> "en".equals(d.findElement(By.cssSelector(item.formatted(kayayei) + "> a")).getDomAttribute("lang"))
                && "(en inglés)".equals(d.findElement(By.cssSelector(item.formatted(kayayei)
                        + ".spmap-translation-marker")).getText()));
    }

    @Test
    void anObservationPageInSpanishAndFrench() {
        open("/observations/" + guidelines + "?lang=es");
        WebElement h1 = waitFor("h1");
        assertThat(h1.getText()).isEqualTo("Directrices de cuidado infantil para los mercados de Accra");
        assertThat(driver.findElements(By.cssSelector(".translation-note"))).isEmpty();
        assertThat(driver.findElement(By.id("languages")).getText()).isEqualTo("inglés, francés, español");

        open("/observations/" + kayayei + "?lang=fr");
        assertThat(waitFor("h1").getDomAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector(".translation-note")).getText())
                .matches("Pas disponible en français\\s;\\saffiché en anglais\\.");
        assertThat(driver.findElement(By.cssSelector("html")).getDomAttribute("lang")).isEqualTo("fr");
    }
}
