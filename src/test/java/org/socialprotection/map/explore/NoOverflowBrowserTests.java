package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.support.BrowserTest;

/**
 * No page is wider than a phone's screen: at 320, 390 and 768 px, in English, French and Spanish, the page does not
 * scroll sideways and no visible element reaches past the right edge (except inside a box that scrolls or clips it,
 * as a wide table in its own scrolling box). One browser visits every page and only changes its width in between.
 */
class NoOverflowBrowserTests extends BrowserTest {

    /** The pages checked. A new page is one more line here. */
    static final List<String> PUBLIC_PAGES = List.of(
            "/", "/?view=map", "/?view=list", "/?sel=c:ZAF", "/?sel=c:GHA&measure=coverage", "/embed",
            "/embed?sel=c:GHA", "/countries/GHA", "/countries/ZAF", "/briefs", "/podcasts", "/search?q=market",
            "/coverage", "/coverage?year=2000&branch=old_age", "/compare?countries=GHA,ZAF,KEN", "/compare",
            "/collections", "/?collection=child-care-in-markets", "/login", "/about", "/countries",
            "/countries?region=africa", "/countries/ZAF?year=2005", "/contribute");

    /** Pages reached through the first link of another page: records whose ids the demo atlas chooses. */
    static final Map<String, String> FIRST_LINK = Map.of(
            "/", "#results a[href*='/observations/']",
            "/countries/ZAF", "a[href*='/schemes/']",
            "/briefs", "main a[href*='/briefs/']",
            "/podcasts", "main a[href*='/podcasts/']:not([href*='feed.xml'])",
            "/collections", "main a[href*='/collections/']");

    /** Pages behind sign-in, per role; links found on /workspace (forms, history, review) are added to them. */
    static final Map<Role, List<String>> WORKSPACE_PAGES = Map.of(
            Role.RESEARCHER, List.of("/workspace", "/account", "/workspace/imports", "/workspace/observations/new",
                    "/workspace/records", "/workspace/collections/new"),
            Role.EDITOR, List.of("/workspace", "/workspace/review", "/workspace/records?type=schemes",
                    "/workspace/review/submissions", "/workspace/observations/1/translations"),
            Role.ADMIN, List.of("/workspace", "/admin/users"));

    static final int[] WIDTHS = {320, 390, 768};
    static final List<String> LANGUAGES = List.of("en", "fr", "es");

    /** Offending elements of the page at its present width, named; empty when none. */
    static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const found = [];
            const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
              + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const clipped = (e) => {
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                const s = getComputedStyle(a);
                if (s.overflowX !== 'visible' && a.getBoundingClientRect().right <= width + 0.5) return true;
              }
              return false;
            };
            if (document.documentElement.scrollWidth > window.innerWidth) {
              found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            }
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (!r.width || !r.height || r.right <= width + 0.5) continue;
              const s = getComputedStyle(e);
              if (s.visibility === 'hidden' || s.display === 'none') continue;
              if (clipped(e)) continue;
              found.push(name(e) + ' reaches ' + Math.round(r.right) + ' px (' + Math.round(r.width) + ' wide)'
                + (e.textContent ? ' "' + e.textContent.trim().slice(0, 40) + '"' : ''));
              if (found.length > 6) break;
            }
            return found;""";

    @AfterEach
    void fullWindow() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void noPublicPageIsWiderThanTheScreen() throws Exception {
        Set<String> pages = new LinkedHashSet<>(PUBLIC_PAGES);
        FIRST_LINK.forEach((page, link) -> pages.add(firstLink(page, link)));
        pages.add(submissionStatusPage());
        assertThat(overflowing(pages)).isEmpty();
    }

    @Test
    void noWorkspacePageIsWiderThanTheScreen() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            signIn("overflow-" + role.name().toLowerCase(), role);
            Set<String> pages = new LinkedHashSet<>(WORKSPACE_PAGES.get(role));
            open("/workspace");
            @SuppressWarnings("unchecked")
            List<String> linked = (List<String>) script("return [...new Set([...document.querySelectorAll("
                    + "\"main a[href*='/workspace/']\")].map(a => new URL(a.href).pathname + new URL(a.href).search))]"
                    + ".slice(0, 8)");
            pages.addAll(linked);
            overflowing(pages).forEach((page, found) -> problems.put(role + " " + page, found));
            driver.manage().deleteAllCookies();
        }
        assertThat(problems).isEmpty();
    }

    /** A submission's status page: the submission sent through the API, as a partner's tool does. */
    private String submissionStatusPage() throws Exception {
        String body = """
                {"kind": "exclusion", "group": "waste_pickers", "story": "Pickers were turned away from the clinic.",
                 "placeName": "Dandora", "country": "KEN", "observedOn": "2025", "witnessed": true,
                 "organisation": "Kenya National Waste Pickers Welfare Association", "consent": true}""";
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url("/api/submissions"))).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return com.jayway.jsonpath.JsonPath.read(response.body(), "$.statusPage");
    }

    private String firstLink(String page, String css) {
        open(page);
        waitFor(css);
        return String.valueOf(script("const u = new URL(document.querySelector(arguments[0]).href);"
                + " return u.pathname + u.search;", css));
    }

    /** Each page in each language at each width, mapped to what reaches past the edge. */
    private Map<String, List<String>> overflowing(Set<String> pages) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String page : pages) {
            for (String lang : LANGUAGES) {
                String path = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                width(WIDTHS[0]);
                open(path);
                for (int width : WIDTHS) {
                    width(width);
                    settle();
                    @SuppressWarnings("unchecked")
                    List<String> found = new ArrayList<>((List<String>) script(OVERFLOW));
                    if (!found.isEmpty()) problems.put(path + " at " + width + " px", found);
                }
            }
        }
        return problems;
    }

    private void width(int width) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Waits for the page's scripts (the map's legend and panels arrive after the first paint). */
    private void settle() {
        waitUntil(d -> "complete".equals(script("return document.readyState")));
        if (Boolean.TRUE.equals(script("return !!document.getElementById('map')"))) {
            waitUntil(d -> Boolean.TRUE.equals(script(
                    "return !!document.querySelector('#legend li') && !document.querySelector('.spmap-loading')")));
        }
        script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }
}
