package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.account.Role;
import org.socialprotection.map.support.BrowserTest;

/**
 * No visible string of a page in French or Spanish comes from an English-only source: every text node, accessible
 * name, title and placeholder of the public pages (NoOverflowBrowserTests' list, the records their first links
 * reach, the map's panels, list, legend and filters) and of a few workspace pages is compared with the English
 * bundles' labels whose French or Spanish differs. A hit is a label the page took from English: a template's
 * concatenation, a script's own text, Leaflet's defaults. Content (record titles written in English) is not
 * compared; only the bundles are.
 */
class EnglishLeftoverBrowserTests extends BrowserTest {

    /** Leaflet's own English, which no bundle holds but which the map must not show in French or Spanish. */
    static final Pattern DATA_WORDS = Pattern.compile("(country\\.asOf\\.today|translation\\.language\\.[a-z]+)=");

    static final List<String> LIBRARY_ENGLISH = List.of("Zoom in", "Zoom out", "Close popup", "Marker");

    /** The page's visible text nodes and the accessible names, titles, placeholders and alt texts of its elements. */
    static final String TEXTS = """
            const out = new Set();
            const norm = (s) => s.replace(/[\\s\\u00a0\\u202f]+/g, ' ').trim();
            const shown = (e) => {
              const s = getComputedStyle(e);
              return s.display !== 'none' && s.visibility !== 'hidden' && e.getClientRects().length > 0;
            };
            // a search's highlighted word is content, whatever label it happens to equal
            const skipped = (e) => e.closest('script, style, noscript, template, mark, [lang="en"]');
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const p = n.parentElement;
              const t = norm(n.textContent);
              if (t && p && !skipped(p) && shown(p)) out.add(t);
            }
            for (const e of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
              if (skipped(e)) continue;
              for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
                const v = e.getAttribute(a);
                if (v && norm(v)) out.add(norm(v));
              }
            }
            out.add(norm(document.title));
            return [...out];""";

    @Test
    void noPublicPageInFrenchOrSpanishShowsAnEnglishLabel() {
        Set<String> pages = new LinkedHashSet<>(NoOverflowBrowserTests.PUBLIC_PAGES);
        NoOverflowBrowserTests.FIRST_LINK.forEach((page, link) -> pages.add(firstLink(page, link)));
        String observation = pages.stream().filter(p -> p.startsWith("/observations/")).findFirst().orElseThrow();
        // the map's observation panel, and the list view with the map's filters open
        pages.add("/?sel=o:" + observation.substring("/observations/".length()));
        pages.add("/?view=list&kind=exclusion");
        assertThat(leftovers(pages)).isEmpty();
    }

    @Test
    void noWorkspacePageInFrenchOrSpanishShowsAnEnglishLabel() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Role role : List.of(Role.RESEARCHER, Role.EDITOR)) {
            signIn("labels-" + role.name().toLowerCase(), role);
            found.putAll(leftovers(new LinkedHashSet<>(NoOverflowBrowserTests.WORKSPACE_PAGES.get(role))));
            driver.manage().deleteAllCookies();
        }
        assertThat(found).isEmpty();
    }

    /** Each page in French and Spanish, mapped to the English labels it shows. */
    private Map<String, List<String>> leftovers(Set<String> pages) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String lang : List.of("fr", "es")) {
            EnglishLabels english = EnglishLabels.against(lang);
            for (String page : pages) {
                String path = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                open(path);
                settle(page);
                @SuppressWarnings("unchecked")
                List<String> texts = (List<String>) script(TEXTS);
                List<String> hits = texts.stream().map(english::match).filter(m -> m != null).distinct().toList();
                if (!hits.isEmpty()) {
                    problems.put(path, hits);
                }
            }
        }
        return problems;
    }

    private String firstLink(String page, String css) {
        open(page);
        waitFor(css);
        return String.valueOf(script("const u = new URL(document.querySelector(arguments[0]).href);"
                + " return u.pathname + u.search;", css));
    }

    /** Waits for what the scripts draw: the map's legend, a selected record's panel, the player. */
    private void settle(String page) {
        waitUntil(d -> "complete".equals(script("return document.readyState")));
        if (Boolean.TRUE.equals(script("return !!document.getElementById('map')"))) {
            waitUntil(d -> Boolean.TRUE.equals(script(
                    "return !!document.querySelector('#legend li') && !document.querySelector('.spmap-loading')"
                            + " && !!document.querySelector('.leaflet-control-zoom-in')")));
        }
        if (page.contains("sel=")) {
            waitUntil(d -> Boolean.TRUE.equals(script("return !!document.querySelector('#panel h2')")));
        }
        if (Boolean.TRUE.equals(script("return !!document.getElementById('minimap')"))) {
            waitUntil(d -> Boolean.TRUE.equals(script("const m = document.getElementById('minimap');"
                    + " return m.hidden || !!m.querySelector('.leaflet-control-zoom-in')")));
        }
        script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    /**
     * The English bundles' labels that differ in the language: plain texts, and texts with arguments as patterns.
     * A label whose English words are also a label of the language ("Sources" in French) is not English-only.
     */
    record EnglishLabels(Map<String, String> plain, Map<Pattern, String> patterns) {

        static EnglishLabels against(String lang) {
            Map<String, String> english = new HashMap<>();
            Map<String, String> translated = new HashMap<>();
            for (String bundle : bundles()) {
                english.putAll(load(bundle));
                translated.putAll(load(bundle + "_" + lang));
            }
            Set<String> ownWords = new HashSet<>(translated.values());
            Map<String, String> plain = new HashMap<>();
            Map<Pattern, String> patterns = new LinkedHashMap<>();
            for (var e : new TreeSet<>(english.keySet())) {
                String value = english.get(e);
                if (value.equals(translated.get(e)) || ownWords.contains(value) || value.contains("choice,")) {
                    continue;
                }
                if (value.contains("{")) {
                    Pattern p = pattern(value);
                    if (p != null) {
                        patterns.put(p, e + "=" + value);
                    }
                } else {
                    String text = normalise(value.replace("''", "'"));
                    if (text.codePoints().filter(Character::isLetter).count() >= 2) {
                        plain.put(text, e + "=" + value);
                    }
                }
            }
            LIBRARY_ENGLISH.forEach(text -> plain.put(text, "Leaflet: " + text));
            return new EnglishLabels(plain, patterns);
        }

        /**
         * The label a text shows, or null. A trailing colon (a label before its value) is looked through, and so are
         * lists joined in one text node ("Africa · Southern Africa", "Medical care, Old age").
         */
        String match(String text) {
            List<String> candidates = new ArrayList<>(List.of(text, text.replaceAll("\\s*:$", "")));
            candidates.addAll(List.of(text.split("\\s+·\\s+|,\\s+")));
            for (String t : candidates) {
                // a list of data (survey column names, the languages a document exists in) may hold a word that is
                // also a label: only a whole text counts for those
                if (plain.containsKey(t) && (t.equals(text) || !DATA_WORDS.matcher(plain.get(t)).lookingAt())) {
                    return "\"" + text + "\" is " + plain.get(t);
                }
                for (var p : patterns.entrySet()) {
                    if (p.getKey().matcher(t).matches()) {
                        return "\"" + text + "\" is " + p.getValue();
                    }
                }
            }
            return null;
        }

        /** A message with arguments as a pattern, when its own words are enough to tell it (at least 8 letters). */
        private static Pattern pattern(String value) {
            Matcher m = Pattern.compile("\\{\\d+(,[^}]*)?}").matcher(value);
            StringBuilder regex = new StringBuilder();
            int letters = 0;
            int at = 0;
            while (m.find()) {
                String literal = normalise(value.substring(at, m.start()).replace("''", "'"));
                letters += (int) literal.codePoints().filter(Character::isLetter).count();
                regex.append(Pattern.quote(value.substring(at, m.start()).replace("''", "'"))).append("(.+)");
                at = m.end();
            }
            String tail = value.substring(at).replace("''", "'");
            letters += (int) tail.codePoints().filter(Character::isLetter).count();
            regex.append(Pattern.quote(tail));
            return letters >= 8 ? Pattern.compile(regex.toString().replaceAll("\\s+", " ")) : null;
        }
    }

    static String normalise(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").trim();
    }

    static List<String> bundles() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("[a-z]+\\.properties"))
                    .map(n -> n.substring(0, n.indexOf('.'))).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> load(String name) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> values = new HashMap<>();
        properties.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }
}
