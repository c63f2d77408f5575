package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.support.BrowserTest;

/** The list view is the accessible alternative to the map: arrows move through it, Enter opens an item. */
class ListKeyboardBrowserTests extends BrowserTest {

    private String focusedHref() {
        return (String) script("return document.activeElement && document.activeElement.getAttribute('href')");
    }

    @Test
    void arrowsMoveThroughTheListAndEnterOpensAnItem() {
        open("/");
        List<WebElement> links = waitForAll("#results > li a");
        waitForAll(".spmap-cluster");
        links = driver.findElements(By.cssSelector("#results > li a"));
        links.get(0).sendKeys("");
        script("arguments[0].focus()", links.get(0));
        assertThat(focusedHref()).isEqualTo(links.get(0).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        waitUntil(d -> focusedHref() != null && focusedHref().equals(
                d.findElements(By.cssSelector("#results > li a")).get(1).getAttribute("href")
                        .replaceFirst("^https?://[^/]+", "")));
        driver.switchTo().activeElement().sendKeys(Keys.END);
        List<WebElement> all = driver.findElements(By.cssSelector("#results > li a"));
        String last = all.get(all.size() - 1).getAttribute("href").replaceFirst("^https?://[^/]+", "");
        waitUntil(d -> last.equals(focusedHref()));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().endsWith(last));
    }
}
