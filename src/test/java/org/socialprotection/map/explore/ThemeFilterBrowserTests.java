package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socialprotection.map.support.BrowserTest;

/** The place-type filter, the worker-group match and the child-care branch on the map page, its list and its URL. */
class ThemeFilterBrowserTests extends BrowserTest {

    private int listed() {
        return ((Number) script("return document.querySelectorAll('#results > li').length")).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> listedTitles() {
        return (List<String>) script("return [...document.querySelectorAll('#results > li > a')].map(a => a.textContent)");
    }

    /** What the JSON API counts for the same filters. */
    private int matched(String query) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/observations?"
                + query))).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Integer.parseInt(body.replaceAll("(?s).*\"numberMatched\":(\\d+).*", "$1"));
    }

    private boolean checked(String match) {
        return driver.findElement(By.cssSelector("#filters input[name=groupMatch][value=" + match + "]")).isSelected();
    }

    @Test
    void aPlaceTypeFiltersTheListAndGoesInTheUrl() throws Exception {
        int centres = matched("place=child_care_centre");
        assertThat(centres).isPositive();
        open("/");
        waitForAll(".spmap-cluster");
        new Select(driver.findElement(By.name("place"))).selectByValue("child_care_centre");
        waitUntil(d -> d.getCurrentUrl().contains("place=child_care_centre"));
        waitUntil(d -> listed() == centres);
        waitUntil(d -> observationsOnMap() == centres);
        // the permalink brings it back
        open("/?place=child_care_centre");
        waitUntil(d -> listed() == centres);
        assertThat(new Select(driver.findElement(By.name("place"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("child_care_centre");
    }

    @Test
    void theGroupMatchIsChosenInThePanelAndShownInTheUrl() throws Exception {
        int only = matched("group=domestic_workers&groupMatch=only");
        int general = matched("group=domestic_workers&groupMatch=general");
        assertThat(general).isGreaterThan(only);
        // without a group there is nothing to choose
        open("/");
        waitForAll(".spmap-cluster");
        assertThat(driver.findElement(By.cssSelector("#filters input[name=groupMatch][value=general]")).isEnabled())
                .isFalse();
        new Select(driver.findElement(By.name("group"))).selectByValue("domestic_workers");
        waitUntil(d -> d.getCurrentUrl().contains("group=domestic_workers&groupMatch=only"));
        waitUntil(d -> d.findElement(By.cssSelector("#filters input[name=groupMatch][value=general]")).isEnabled());
        open("/?group=domestic_workers");
        waitUntil(d -> listed() == only);
        assertThat(checked("only")).isTrue();
        assertThat(checked("general")).isFalse();

        click("#filters input[name=groupMatch][value=general]", null);
        waitUntil(d -> d.getCurrentUrl().contains("group=domestic_workers&groupMatch=general"));
        waitUntil(d -> listed() == general);
        waitUntil(d -> d.findElement(By.id("result-count")).getText().contains(String.valueOf(general)));

        click("#filters input[name=groupMatch][value=only]", null);
        waitUntil(d -> d.getCurrentUrl().contains("groupMatch=only"));
        waitUntil(d -> listed() == only);

        // a permalink with the general match ticks it, on the server's page and after the scripts take over
        open("/?group=domestic_workers&groupMatch=general");
        waitUntil(d -> listed() == general);
        assertThat(checked("general")).isTrue();
        driver.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().contains("groupMatch=general"));
        waitUntil(d -> checked("only"));
    }

    @Test
    void theChildCareBranchFindsTheMarketChildCareOfAccraDurbanAndKigali() {
        open("/");
        waitForAll(".spmap-cluster");
        new Select(driver.findElement(By.name("branch"))).selectByValue("child_care");
        waitUntil(d -> d.getCurrentUrl().contains("branch=child_care"));
        waitUntil(d -> listedTitles().contains("Child-care guidelines for Accra's markets"));
        assertThat(listedTitles()).contains("Pilot child-care centres in Warwick Junction markets",
                "Kigali: child-care solutions for women in informal markets");
        // the panel of one of them names its branch
        String id = driver.findElement(By.xpath("//ol[@id='results']/li[a[.=\"Child-care guidelines for Accra's"
                + " markets\"]]")).getAttribute("data-id");
        open("/?branch=child_care&sel=o:" + id);
        WebElement panel = waitFor("#panel");
        waitUntil(d -> panel.getText().contains("Branches") && panel.getText().contains("Child care"));
    }
}
