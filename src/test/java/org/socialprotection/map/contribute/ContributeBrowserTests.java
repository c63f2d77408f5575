package org.socialprotection.map.contribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.explore.HostileTextBrowserTests;
import org.socialprotection.map.support.BrowserTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workers' organisation sends what it saw from a phone (390 px wide, in French) and follows it by its reference;
 * an editor finds it in the moderation queue, sees the contact details, and accepts it into a draft observation.
 */
class ContributeBrowserTests extends BrowserTest {

    @AfterEach
    void fullWindow() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void phone() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Fills the form as a person on a phone does and sends it once the time a person needs has passed. */
    private String sendFromAPhone(String story) throws Exception {
        phone();
        open("/contribute?lang=fr");
        long shown = System.currentTimeMillis();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dites-nous ce que vous avez vu");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("180 jours");
        // the map of the place picker is there once its script ran; a click on it fills the coordinates
        WebElement map = waitFor("#place-map");
        waitForAll("#place-map .leaflet-overlay-pane path");
        assertThat(widerThanTheScreen()).as("the form at 390 px").isFalse();
        driver.findElement(By.cssSelector("input[name=kind][value=exclusion]")).click();
        driver.findElement(By.name("story")).sendKeys(story);
        new Select(driver.findElement(By.name("group"))).selectByValue("waste_pickers");
        driver.findElement(By.name("placeName")).sendKeys("Dandora");
        new Select(driver.findElement(By.name("country"))).selectByValue("KEN");
        driver.findElement(By.name("observedOn")).sendKeys("2025-06");
        driver.findElement(By.name("witnessed")).click();
        driver.findElement(By.name("organisation")).sendKeys("Kenya Waste Pickers Welfare Association");
        driver.findElement(By.name("contact")).sendKeys("secretary@example.org");
        driver.findElement(By.name("consent")).click();
        assertThat(map.isDisplayed()).isTrue();
        // the form refuses what is sent sooner than a person could fill it
        Thread.sleep(Math.max(0, 4500 - (System.currentTimeMillis() - shown)));
        WebElement send = driver.findElement(By.cssSelector("#contribute-form button.save"));
        script("arguments[0].scrollIntoView({block: 'center'})", send);
        send.click();
        String reference = waitFor("#reference").getText();
        assertThat(driver.findElement(By.id("received")).getText()).contains("Merci");
        assertThat(driver.findElement(By.id("submission-status")).getText()).isEqualTo("En attente d’un éditeur");
        assertThat(widerThanTheScreen()).as("the status page at 390 px").isFalse();
        return reference;
    }

    @Test
    void anOrganisationSendsFromAPhoneAndAnEditorAcceptsIt() throws Exception {
        String story = "Pickers were turned away <b>from</b> the county clinic without an NHIF card.";
        String reference = sendFromAPhone(story);
        assertThat(reference).matches("[A-Z2-9]{20}");
        assertThat(driver.getPageSource()).doesNotContain("secretary@example.org");

        fullWindow();
        signIn("moderator", Role.EDITOR);
        open("/workspace");
        click("a[href$='/workspace/review/submissions']", null);
        WebElement waiting = waitFor("#waiting");
        assertThat(waiting.getText()).contains("Pickers were turned away <b>from</b>");
        // other tests' submissions may wait too: this one is found by its story
        driver.findElements(By.cssSelector("#waiting a")).stream()
                .filter(a -> a.getText().contains("county clinic")).findFirst().orElseThrow().click();
        assertThat(waitFor("#contact").getText()).isEqualTo("secretary@example.org");
        assertThat(driver.findElement(By.id("story")).getText()).isEqualTo(story);
        // no point was clicked: the editor places it before accepting
        WebElement lat = driver.findElement(By.cssSelector("#accept-form input[name=lat]"));
        WebElement lon = driver.findElement(By.cssSelector("#accept-form input[name=lon]"));
        lat.sendKeys("-1.2577");
        lon.sendKeys("36.8896");
        driver.findElement(By.cssSelector("#accept-form button")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/workspace/observations/\\d+/edit"));
        assertThat(driver.findElement(By.name("sources[0].title")).getAttribute("value"))
                .startsWith("Submitted by Kenya Waste Pickers Welfare Association, witnessed by the organisation");
        // the browser still reads in French, as the organisation's phone did
        assertThat(driver.findElement(By.id("record-status")).getText()).isEqualTo("Brouillon");

        driver.manage().deleteAllCookies();
        open("/contribute/status/" + reference);
        assertThat(waitFor("#submission-status").getText()).isEqualTo("Accepted");
    }

    @Test
    void theQueueFitsAPhoneAndARejectionReachesTheSubmitter() throws Exception {
        String reference = sendFromAPhone("The scheme office asked waste pickers for a business licence.");
        driver.manage().deleteAllCookies();
        signIn("moderator2", Role.EDITOR);
        phone();
        open("/workspace/review/submissions?lang=es");
        assertThat(waitFor("h1").getText()).isEqualTo("Envíos por moderar");
        assertThat(widerThanTheScreen()).as("the queue at 390 px").isFalse();
        driver.findElements(By.cssSelector("#waiting a")).stream()
                .filter(a -> a.getText().contains("business licence")).findFirst().orElseThrow().click();
        waitFor("#reject-form");
        assertThat(widerThanTheScreen()).as("a submission at 390 px").isFalse();
        driver.findElement(By.name("reason")).sendKeys("No pudimos confirmar la fecha con la fuente.");
        driver.findElement(By.cssSelector("#reject-form button")).click();
        waitFor("p.notice");
        driver.manage().deleteAllCookies();
        open("/contribute/status/" + reference + "?lang=es");
        assertThat(waitFor("#submission-status").getText()).isEqualTo("No aceptado");
        assertThat(driver.findElement(By.id("reason")).getText())
                .isEqualTo("No pudimos confirmar la fecha con la fuente.");
    }

    /**
     * The hostile-text payloads in every text of a submission (sent through the API, as a script would), read back
     * by an editor in the queue and on the submission's page, and by the submitter as a rejection's reason: shown as
     * text, nothing made of them, nothing run.
     */
    @Test
    void hostileSubmissionTextsAreShownAsTextToEditorsAndSubmitters() throws Exception {
        List<String> payloads = HostileTextBrowserTests.PAYLOADS;
        String all = String.join(" ", payloads);
        var json = JsonMapper.builder().build();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("kind", "exclusion");
        body.put("group", "domestic_workers");
        body.put("story", "Hostile story " + all);
        body.put("placeName", payloads.get(0));
        body.put("country", "ZAF");
        body.put("observedOn", "2024");
        body.put("schemeName", payloads.get(1));
        body.put("source", payloads.get(2));
        body.put("sourceUrl", "https://example.org/" + "a".repeat(10));
        body.put("organisation", payloads.get(3));
        body.put("contact", payloads.get(4));
        body.put("consent", true);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/submissions")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = json.readTree(response.body()).get("reference").asString();

        signIn("moderator3", Role.EDITOR);
        open("/workspace/review/submissions");
        WebElement link = driver.findElements(By.cssSelector("#waiting a")).stream()
                .filter(a -> a.getText().contains("Hostile story")).findFirst().orElseThrow();
        assertThat(driver.findElement(By.id("waiting")).getText()).contains(payloads.get(3));
        assertNothingRan("the moderation queue");
        link.click();
        waitFor("#reject-form");
        assertThat(driver.findElement(By.id("story")).getText()).isEqualTo("Hostile story " + all);
        assertThat(driver.findElement(By.id("organisation")).getText()).isEqualTo(payloads.get(3));
        assertThat(driver.findElement(By.id("contact")).getText()).isEqualTo(payloads.get(4));
        assertNothingRan("a submission's page");
        driver.findElement(By.name("reason")).sendKeys(payloads.get(5));
        driver.findElement(By.cssSelector("#reject-form button")).click();
        waitFor("p.notice");
        driver.manage().deleteAllCookies();
        open("/contribute/status/" + reference);
        assertThat(waitFor("#reason").getText()).isEqualTo(payloads.get(5));
        assertNothingRan("the status page");
    }

    private void assertNothingRan(String where) {
        assertThat(script("return top.xssFired === undefined ? null : String(top.xssFired)"))
                .as("a payload ran on " + where).isNull();
        for (String css : List.of("img[src=x]", "main script", "svg[onload]", "details[ontoggle]", "iframe[srcdoc]",
                "a[href^='javascript:']", "mglyph")) {
            assertThat(driver.findElements(By.cssSelector(css))).as(css + " made on " + where).isEmpty();
        }
    }
}
