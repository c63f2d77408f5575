package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.support.BrowserTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Text from the database reaches the page as text: in the list, the popup, the panel and the record's page. */
class XssBrowserTests extends BrowserTest {

    static final String PAYLOAD = "<img src=x onerror=alert(1)>";

    @Autowired Fixtures fixtures;
    @Autowired Observations observations;

    private Observation hostile;

    @BeforeEach
    void hostileRecord() {
        Observation o = fixtures.observation("test-xss", Kind.EXCLUSION, 178.4419, -18.1416, "FJI", Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        hostile = observations.findById(o.getId()).orElseThrow();
        hostile.setPlaceName(PAYLOAD);
        hostile.setNarrative(PAYLOAD + "<script>alert(2)</script>");
        observations.saveAndFlush(hostile);
    }

    @AfterEach
    void removeHostileRecord() {
        observations.deleteById(hostile.getId());
    }

    private void assertNoInjectedElements(String scope) {
        assertThat(driver.findElements(By.cssSelector(scope + " img[src=x]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(scope + " script"))).isEmpty();
    }

    /** Read in one script, since the scripts redraw the list and the popup while the test looks. */
    private String text(String css) {
        return String.valueOf(script("const e = document.querySelector(arguments[0]); return e ? e.textContent : ''",
                css));
    }

    @Test
    void aHostileTitleShowsAsTextEverywhere() {
        open("/?country=FJI&lat=-18.14&lon=178.44&zoom=10");
        waitFor("#results > li[data-id='" + hostile.getId() + "']");
        waitUntil(d -> text("#results > li[data-id='" + hostile.getId() + "']").contains(PAYLOAD));
        assertNoInjectedElements("#results");

        waitFor(".spmap-marker[data-id='" + hostile.getId() + "']");
        click(".spmap-marker[data-id='" + hostile.getId() + "']", null);
        waitFor(".leaflet-popup-content");
        waitUntil(d -> text(".leaflet-popup-content").contains(PAYLOAD));
        assertNoInjectedElements(".leaflet-popup");
        waitFor("#panel");
        waitUntil(d -> text("#panel").contains(PAYLOAD));
        assertNoInjectedElements("#panel");

        open("/observations/" + hostile.getId());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(PAYLOAD + "<script>alert(2)</script>");
        assertNoInjectedElements("main");
    }
}
