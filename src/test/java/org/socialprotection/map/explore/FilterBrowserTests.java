package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socialprotection.map.support.BrowserTest;

/** Filters change the map, the list, the count and the URL; a permalink restores it all; back undoes. */
class FilterBrowserTests extends BrowserTest {

    /** Read in one script, since the list is re-rendered while the test looks. */
    @SuppressWarnings("unchecked")
    private List<String> listedKinds() {
        return (List<String>) script("return [...document.querySelectorAll('#results > li')].map(li => li.className)");
    }


    @Test
    void aFilterChangesListCountMapAndUrl() {
        open("/");
        waitForAll(".spmap-cluster");
        String countBefore = driver.findElement(By.id("result-count")).getText();
        // both kinds are ticked at first: unticking inclusions leaves exclusions
        assertThat(driver.findElement(By.cssSelector("#filters input[name=kind][value=exclusion]")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("#filters input[name=kind][value=inclusion]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("kind=exclusion"));
        waitUntil(d -> !d.findElement(By.id("result-count")).getText().equals(countBefore));
        waitUntil(d -> listedKinds().stream().allMatch(c -> c.contains("exclusion")));
        assertThat(listedKinds()).isNotEmpty();
        // the clusters now count exclusions only
        waitUntil(d -> observationsOnMap() == listedKinds().size());
    }

    @Test
    void aPermalinkRestoresFiltersViewAndSelection() {
        open("/?kind=inclusion&group=market_traders&country=GHA&lat=5.6&lon=-0.2&zoom=8");
        waitForAll("#results > li");
        assertThat(driver.findElement(By.cssSelector("#filters input[name=kind][value=inclusion]")).isSelected()).isTrue();
        assertThat(new Select(driver.findElement(By.name("group"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("market_traders");
        assertThat(new Select(driver.findElement(By.name("country"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("GHA");
        assertThat(listedKinds()).allMatch(c -> c.contains("inclusion"));
        Object zoom = script("return document.querySelector('#map') && window.location.search");
        assertThat(String.valueOf(zoom)).contains("zoom=8");
    }

    @Test
    void theBackButtonUndoesAFilter() {
        open("/");
        waitForAll(".spmap-cluster");
        new Select(driver.findElement(By.name("country"))).selectByValue("ZAF");
        waitUntil(d -> d.getCurrentUrl().contains("country=ZAF"));
        waitUntil(d -> listedKinds().size() > 0 && d.findElements(By.cssSelector("#results > li")).size() < 20);
        driver.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().contains("country=ZAF"));
        waitUntil(d -> new Select(d.findElement(By.name("country"))).getFirstSelectedOption().getAttribute("value")
                .isEmpty());
        waitUntil(d -> d.findElements(By.cssSelector("#results > li")).size() >= 35);
    }

    @Test
    void withoutScriptsTheFormFiltersTheServerRenderedList() {
        open("/?kind=exclusion&country=GHA");
        waitForAll("#results > li");
        assertThat(listedKinds()).hasSize(3).allMatch(c -> c.contains("exclusion"));
    }
}
