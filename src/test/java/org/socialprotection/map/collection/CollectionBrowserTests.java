package org.socialprotection.map.collection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.socialprotection.map.support.BrowserTest;

/**
 * The child-care collection in a browser: its small map draws the three countries and the seven places, the page
 * reads at a phone's width in every language, and "open on the map" lands on the main map framed on the extent.
 */
class CollectionBrowserTests extends BrowserTest {

    static final String PAGE = "/collections/child-care-in-markets";

    /**
     * What of the page is wider than the screen (the site's navigation included: its link to the collections
     * made it one link longer), named by tag, id and class; Leaflet's panes inside the small map and the links
     * inside the menu's scrolling row are left out, since their boxes clip them.
     */
    String overflowing() {
        return (String) script("return [...document.querySelectorAll('header, header *, main, main *')]"
                + ".filter(e => e.matches('.leaflet-container') || !e.closest('.leaflet-container'))"
                // on a phone the site's menu is one row that scrolls inside itself: the row must fit, not its links
                + ".filter(e => e.matches('.site-nav') || !e.closest('.site-nav'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + e.getBoundingClientRect().right)"
                + ".join(' ')");
    }

    /** Waits until the small map has drawn its points; returns how many outlines and points it drew. */
    long minimapShapes() {
        waitUntil(d -> "7".equals(d.findElement(By.id("minimap")).getAttribute("data-ready")));
        return driver.findElements(By.cssSelector("#minimap .leaflet-overlay-pane path")).size();
    }

    @Test
    void theChildCarePageShowsItsMinimapAndReadsOnAPhoneInEveryLanguage() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String lang : new String[] {"en", "fr", "es"}) {
                open(PAGE + "?lang=" + lang);
                // three country outlines and seven observation points
                assertThat(minimapShapes()).as(lang).isEqualTo(10);
                assertThat(driver.findElement(By.id("minimap")).isDisplayed()).isTrue();
                assertThat(driver.findElements(By.cssSelector("#observations li"))).hasSize(7);
                assertThat(driver.findElements(By.cssSelector("#sources ol li"))).hasSize(7);
                assertThat(overflowing()).as(lang + " wider than the phone").isEmpty();
                assertThat(seriousAccessibilityViolations()).as(lang).isEmpty();
            }
            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Cuidado infantil en los mercados: Accra, Durban y Kigali");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theNavigationLeadsToTheCollectionAndItsPresetOpensTheMapOnItsExtent() throws Exception {
        open("/briefs?lang=en");
        click(".site-nav a[href='/collections']", null);
        waitUntil(d -> d.getCurrentUrl().contains("/collections"));
        assertThat(seriousAccessibilityViolations()).isEmpty();
        click("a[href='" + PAGE + "']", null);
        assertThat(minimapShapes()).isEqualTo(10);
        click("a.open-on-map", null);
        waitUntil(d -> d.getCurrentUrl().contains("lat=-12.6645") && d.getCurrentUrl().contains("zoom=3.5"));
        waitForAll("#map .leaflet-overlay-pane path");
        Object center = script("return document.querySelector('#map') !== null");
        assertThat(center).isEqualTo(true);
    }
}
