package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.support.BrowserTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Several observations at one market are told apart, and a cluster opens with all its members in view. */
class OverlapBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    private final List<Observation> made = new ArrayList<>();

    @AfterEach
    void removeThem() {
        made.forEach(fixtures::delete);
        made.clear();
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private Observation at(String slug, double lon, double lat) {
        return at(slug, lon, lat, "ZMB");
    }

    private Observation at(String slug, double lon, double lat, String iso3) {
        Observation o = fixtures.observation(slug, Kind.INCLUSION, lon, lat, iso3, Privacy.EXACT,
                PublicationStatus.PUBLISHED);
        made.add(o);
        return o;
    }

    private Map<String, Number> centreOf(WebElement marker) {
        @SuppressWarnings("unchecked")
        Map<String, Number> centre = (Map<String, Number>) script("const r = arguments[0].getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2};", marker);
        return centre;
    }

    @Test
    void pointsAtOneMarketAreFannedOutAndEachCanBeReachedWithTheKeyboard() {
        // three at one coordinate (Lusaka's City Market) and two others 10 to 25 m away: one blot on the screen
        List<Observation> market = List.of(at("test-overlap-1", 28.2833, -15.4167),
                at("test-overlap-2", 28.2833, -15.4167), at("test-overlap-3", 28.2833, -15.4167),
                at("test-overlap-near", 28.2835, -15.4166), at("test-overlap-near-2", 28.2834, -15.4167));
        open("/?lat=-15.4167&lon=28.2833&zoom=12");
        List<WebElement> markers = new ArrayList<>();
        for (Observation o : market) {
            markers.add(waitFor(".spmap-marker[data-id='" + o.getId() + "']"));
        }
        for (int i = 0; i < markers.size(); i++) {
            for (int j = i + 1; j < markers.size(); j++) {
                Map<String, Number> a = centreOf(markers.get(i));
                Map<String, Number> b = centreOf(markers.get(j));
                double distance = Math.hypot(a.get("x").doubleValue() - b.get("x").doubleValue(),
                        a.get("y").doubleValue() - b.get("y").doubleValue());
                assertThat(distance).as("markers %d and %d apart", i, j).isGreaterThanOrEqualTo(12);
            }
        }
        for (WebElement marker : markers) {
            assertThat(marker.getAttribute("tabindex")).isEqualTo("0");
        }
        // Enter on the third fanned marker opens that observation, not the one under it
        WebElement third = markers.get(2);
        script("arguments[0].focus()", third);
        third.sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("sel=o:" + market.get(2).getId()));
    }

    @Test
    void clickingAClusterKeepsEveryMemberInView() {
        // Lusaka, Kabwe and Kitwe: one cluster at zoom 4
        List<Observation> members = List.of(at("test-cluster-lusaka", 28.2833, -15.4167),
                at("test-cluster-kabwe", 28.4467, -14.4469), at("test-cluster-kitwe", 28.2136, -12.8028));
        open("/?country=ZMB&lat=-14&lon=28&zoom=4");
        WebElement cluster = waitFor(".spmap-cluster[data-count='3']");
        cluster.click();
        // the view the click chose, as the address records it once the map has moved
        waitUntil(d -> d.getCurrentUrl().matches(".*[?&]zoom=([5-9]|1\\d).*"));
        assertAllInView(members);
    }

    @Test
    void clickingASpreadClusterOnASmallMapKeepsEveryMemberInView() {
        // An embedded map of 400 × 320 px at a half zoom level, the clusters being those of the whole level below:
        // Eberswalde, Stockholm and Östersund share a cell, which north of 50° is far taller than wide on screen. A
        // click that always zoomed a whole level closer (the first version did) put Östersund above the map.
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 400, "height", 320, "deviceScaleFactor", 1, "mobile", false));
        List<Observation> members = List.of(at("test-cluster-eberswalde", 13.82, 52.83, "DEU"),
                at("test-cluster-stockholm", 18.07, 59.33, "SWE"), at("test-cluster-ostersund", 14.64, 63.18, "SWE"));
        open("/embed?lat=57&lon=14&zoom=3.5");
        WebElement cluster = waitFor(".spmap-cluster[data-count='3']");
        cluster.click();
        // the view the click chose, as the address records it once the map has moved
        waitUntil(d -> !d.getCurrentUrl().contains("lat=57&lon=14&zoom=3.5"));
        assertAllInView(members);
    }

    /**
     * Every member lies inside the map's bounds, 8 px clear of its edges: map.getBounds() worked out from the view
     * the address records and the size of the map, as Leaflet does (the page exposes no map object).
     */
    private void assertAllInView(List<Observation> members) {
        @SuppressWarnings("unchecked")
        Map<String, Number> view = (Map<String, Number>) script("const p = new URLSearchParams(location.search);"
                + " const r = document.getElementById('map').getBoundingClientRect();"
                + " return {lat: +p.get('lat'), lon: +p.get('lon'), zoom: +p.get('zoom'), w: r.width, h: r.height};");
        double zoom = view.get("zoom").doubleValue();
        double[] centre = pixels(view.get("lon").doubleValue(), view.get("lat").doubleValue(), zoom);
        for (Observation o : members) {
            double[] at = pixels(o.getLocation().getX(), o.getLocation().getY(), zoom);
            assertThat(Math.abs(at[0] - centre[0])).as(o.getTitle() + " across in " + view)
                    .isLessThan(view.get("w").doubleValue() / 2 - 8);
            assertThat(Math.abs(at[1] - centre[1])).as(o.getTitle() + " down in " + view)
                    .isLessThan(view.get("h").doubleValue() / 2 - 8);
        }
    }

    /** Web Mercator pixels at a zoom, as Leaflet places them. */
    private static double[] pixels(double lon, double lat, double zoom) {
        double size = 256 * Math.pow(2, zoom);
        double sin = Math.sin(Math.toRadians(lat));
        return new double[] {(lon + 180) / 360 * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size};
    }
}
