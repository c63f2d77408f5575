package org.socialprotection.map.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.BrowserTest;
import org.socialprotection.map.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "law as of year" control of a country page in Chromium: reached and used by keyboard alone, fitting a phone in
 * three languages without a serious axe violation, and carried on to the comparison. On Fiji, where the demo atlas
 * has no scheme: a fund whose 2016 reform took domestic workers out of compulsory cover.
 */
class CountryAsOfBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Schemes schemes;

    private final List<Long> made = new ArrayList<>();

    @BeforeEach
    void fiji() {
        made.add(schemes.saveAndFlush(CountryAsOfTests.fijiFund(fixtures, "fji-browser-fund")).getId());
    }

    @AfterEach
    void removeThem() {
        made.forEach(schemes::deleteById);
        made.clear();
    }

    @Test
    void theYearIsChosenByKeyboardAloneAndTheLawThenIsShown() {
        open("/countries/FJI?lang=en");
        waitFor("#as-of-year");
        WebElement active = null;
        for (int i = 0; i < 200; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            active = driver.switchTo().activeElement();
            if ("as-of-year".equals(active.getAttribute("id"))) {
                break;
            }
        }
        assertThat(active.getAttribute("id")).as("the year field is reached with Tab").isEqualTo("as-of-year");
        assertThat((String) script("return document.querySelector(\"label[for='as-of-year']\").textContent"))
                .contains("Law as of year");
        active.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2012", Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("year=2012"));
        String note = waitFor(".as-of-note").getText();
        assertThat(note).contains("As of 2012");
        assertThat(waitFor("main").getText())
                .contains("until 2016-03, when this changed: Domestic workers removed from compulsory cover");
        assertThat(driver.switchTo().activeElement().getTagName()).isNotNull();

        // the comparison started from this page keeps the year
        WebElement other = waitFor("#compare-with");
        other.sendKeys("Ghana");
        other.submit();
        waitUntil(d -> d.getCurrentUrl().contains("/compare?"));
        assertThat(driver.getCurrentUrl()).contains("year=2012").contains("countries=FJI");
        assertThat(waitFor(".as-of-note").getText()).contains("As of 2012");
        assertThat(waitFor("#compare-year").getAttribute("value")).isEqualTo("2012");
    }

    @Test
    void onAPhoneTheControlAndItsNoteFitInEachLanguage() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String lang : new String[] {"en", "fr", "es"}) {
                open("/countries/FJI?year=2012&lang=" + lang);
                waitFor(".as-of-note");
                assertThat(widerThanTheScreen()).as("page wider than the screen, " + lang).isFalse();
                for (String selector : new String[] {"#as-of-year", "label[for='as-of-year']", ".as-of-note",
                        "form:has(#as-of-year) button"}) {
                    Number right = (Number) script("return document.querySelector(arguments[0])"
                            + ".getBoundingClientRect().right", selector);
                    assertThat(right.doubleValue()).as(selector + " inside the screen, " + lang)
                            .isLessThanOrEqualTo(391);
                }
                Number height = (Number) script("return document.querySelector('#as-of-year')"
                        + ".getBoundingClientRect().height");
                assertThat(height.doubleValue()).as("a field a thumb can hit").isGreaterThanOrEqualTo(24);
                assertThat(seriousAccessibilityViolations()).as(lang).isEmpty();
                open("/compare?countries=FJI,GHA&year=2012&lang=" + lang);
                waitFor(".as-of-note");
                assertThat(widerThanTheScreen()).as("comparison wider than the screen, " + lang).isFalse();
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aScreenshotForTheReadme() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 800));
        try {
            // the demo atlas, not the fixture: South Africa's schemes in force in 2010
            open("/countries/ZAF?year=2010&lang=en");
            waitFor(".as-of-note");
            script("document.querySelector('#as-of-year').scrollIntoView({block: 'start'}); window.scrollBy(0, -80)");
            screenshot("docs/images/country-as-of.png");
            assertThat(Files.size(Path.of("docs/images/country-as-of.png"))).isPositive();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
