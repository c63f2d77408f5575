package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.support.BrowserTest;

/** A researcher places an observation by clicking the map, sees its country, and reads the form's errors. */
class PlacePointBrowserTests extends BrowserTest {

    @BeforeEach
    void signIn() {
        signIn("placer", Role.RESEARCHER);
    }

    @Test
    void clickingTheMapFillsTheCoordinatesAndShowsTheCountry() {
        open("/workspace/observations/new");
        WebElement map = waitFor("#place-map");
        waitForAll("#place-map .leaflet-overlay-pane path");
        new Actions(driver).moveToElement(map, 10, 10).click().perform();
        waitUntil(d -> !d.findElement(By.name("lat")).getAttribute("value").isEmpty());
        // then type Kigali's coordinates: the form says which country they are in
        WebElement lat = driver.findElement(By.name("lat"));
        WebElement lon = driver.findElement(By.name("lon"));
        lat.clear();
        lat.sendKeys("-1.9441");
        lon.clear();
        lon.sendKeys("30.0619");
        lon.sendKeys(org.openqa.selenium.Keys.TAB);
        waitUntil(d -> d.findElement(By.id("derived-country")).getText().contains("Rwanda"));
    }

    @Test
    void aFormWithMistakesSaysWhatIsWrongNextToEachField() {
        open("/workspace/observations/new");
        driver.findElement(By.name("lat")).sendKeys("5.6");
        driver.findElement(By.name("lon")).sendKeys("-0.19");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("country"))).selectByValue("ZAF");
        driver.findElement(By.name("observedFrom")).sendKeys("2021-13");
        driver.findElement(By.cssSelector("#observation-form button.save")).click();
        WebElement summary = waitFor("#observation-form > p.error");
        assertThat(summary.getText()).isNotBlank();
        assertThat(driver.findElement(By.name("title")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("not in South Africa (ZAF)").contains("Required");
        // what was typed is kept
        assertThat(driver.findElement(By.name("observedFrom")).getAttribute("value")).isEqualTo("2021-13");
        // the page itself answered 422 Unprocessable Content, which Chromium logs: that line alone is expected
        var logged = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll();
        assertThat(logged).allMatch(e -> e.getMessage().contains("/workspace/observations - Failed to load resource: "
                + "the server responded with a status of 422"));
    }
}
