package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.support.BrowserTest;

/** A point's popup and panel lead to the right page. */
class PopupBrowserTests extends BrowserTest {

    @Test
    void clickingAPointOpensItsPopupPanelAndPage() {
        open("/?lat=5.57&lon=-0.2&zoom=11");
        waitForAll(".spmap-marker");
        String id = click(".spmap-marker", "data-id");
        WebElement link = waitFor(".leaflet-popup a.spmap-open-page");
        waitUntil(d -> d.getCurrentUrl().contains("sel=o%3A" + id) || d.getCurrentUrl().contains("sel=o:" + id));
        WebElement panel = waitFor("#panel");
        waitUntil(d -> !panel.findElements(By.cssSelector("h2")).isEmpty());
        assertThat(link.getAttribute("href")).endsWith("/observations/" + id);
        link.click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/observations/" + id));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void clickingACountryOpensItsPanel() {
        open("/?sel=c:GHA");
        WebElement panel = waitFor("#panel");
        waitUntil(d -> panel.getText().contains("Ghana"));
        assertThat(panel.findElement(By.cssSelector("a.spmap-open-page")).getAttribute("href")).endsWith("/countries/GHA");
    }
}
