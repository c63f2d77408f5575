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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.CoverageStatus;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.SchemeReform;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.BrowserTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
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
        Scheme fund = fixtures.scheme("fji-browser-fund", "FJI", Branch.OLD_AGE, PublicationStatus.PUBLISHED);
        fund.setPeriod(PartialDate.parse("2010"), null);
        fund.setCoverage(WorkerGroup.DOMESTIC_WORKERS, CoverageStatus.EXCLUDED, "employers need not register them");
        fund.getReforms().add(new SchemeReform("2016-03", 2016, "Domestic workers removed from compulsory cover",
                WorkerGroup.DOMESTIC_WORKERS, CoverageStatus.COVERED, "Fixture gazette 2016",
                "https://example.org/gazette-2016"));
        made.add(schemes.saveAndFlush(fund).getId());
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
                assertThat((Boolean) script("return document.documentElement.scrollWidth > window.innerWidth"))
                        .as("page wider than the screen, " + lang).isFalse();
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
                assertThat((Boolean) script("return document.documentElement.scrollWidth > window.innerWidth"))
                        .as("comparison wider than the screen, " + lang).isFalse();
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
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Path target = Path.of("docs/images/country-as-of.png");
            Files.createDirectories(target.getParent());
            Files.write(target, png);
            assertThat(Files.size(target)).isPositive();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
