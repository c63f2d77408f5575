package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialprotection.map.support.BrowserTest;

/** The map's first view: the country layer, clusters at low zoom, points when zoomed in. */
class MapBrowserTests extends BrowserTest {

    @Test
    void theWorldViewShowsCountriesAndClustersWithCounts() {
        open("/");
        waitForAll("#map .leaflet-overlay-pane path");
        List<WebElement> clusters = waitForAll(".spmap-cluster");
        assertThat(clusters).isNotEmpty();
        assertThat(observationsOnMap()).isEqualTo(35);
        assertThat(driver.findElements(By.cssSelector("#legend *"))).isNotEmpty();
    }

    @Test
    void zoomingInShowsIndividualPointsToldApartByShapeAndColour() {
        // Accra at street level: the demo atlas has several points there
        open("/?lat=5.57&lon=-0.2&zoom=11");
        List<WebElement> markers = waitForAll(".spmap-marker");
        assertThat(markers).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".spmap-cluster"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".spmap-marker.inclusion"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".spmap-marker.exclusion"))).isNotEmpty();
        String shape = "const e = document.querySelector(arguments[0]); return e ? e.innerHTML : ''";
        String inclusionShape = String.valueOf(script(shape, ".spmap-marker.inclusion svg"));
        String exclusionShape = String.valueOf(script(shape, ".spmap-marker.exclusion svg"));
        assertThat(inclusionShape).isNotEmpty();
        assertThat(inclusionShape).isNotEqualTo(exclusionShape);
    }

    @Test
    void embedShowsTheMapAlone() {
        open("/embed?kind=exclusion");
        waitForAll("#map .leaflet-overlay-pane path");
        waitForAll(".spmap-cluster, .spmap-marker");
        assertThat(driver.findElements(By.id("filters"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("header.site-header"))).isEmpty();
    }
}
