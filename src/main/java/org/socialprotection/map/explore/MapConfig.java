package org.socialprotection.map.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.indicator.IndicatorReader;
import org.socialprotection.map.observation.Component;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.publication.PublicationType;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.CoverageStatus;
import org.socialprotection.map.scheme.SchemeType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration the map's scripts read from the page: named URLs, translated labels and the measures the
 * countries can be coloured by. The server passes them so that the scripts hold no text and no route of their own.
 */
@Service
class MapConfig {

    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(Kind.class, WorkerGroup.class,
            Branch.class, SchemeType.class, PlaceType.class, CoverageStatus.class,
            Component.class, Privacy.class, PublicationType.class);

    private final MessageSource messages;
    private final IndicatorReader indicators;
    private final MapSettings settings;
    private final TileProbe tiles;
    private final JsonMapper json;

    MapConfig(MessageSource messages, IndicatorReader indicators, MapSettings settings, JsonMapper json,
              TileProbe tiles) {
        this.messages = messages;
        this.indicators = indicators;
        this.settings = settings;
        this.json = json;
        this.tiles = tiles;
    }

    record Measure(String id, String label) {
    }

    record Tiles(String url, String attribution) {
    }

    record Config(String lang, boolean embed, int clusterMaxZoom, Tiles tiles, Map<String, String> urls,
                  List<Measure> measures, Map<String, String> labels) {
    }

    List<Measure> measures(Language language) {
        List<Measure> measures = new ArrayList<>();
        for (String id : List.of("schemes", "matches", "inclusions", "exclusions", "coverage")) {
            measures.add(new Measure(id, messages.getMessage("measure." + id, null, language.locale())));
        }
        indicators.all(language).forEach(i -> measures.add(new Measure("indicator:" + i.code(), i.name())));
        return measures;
    }

    /** The configuration as JSON that is safe inside a script element. */
    String json(Language language, boolean embed) {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("countries", "/api/countries?detail=low");
        urls.put("country", "/api/countries/{iso3}");
        urls.put("observations", "/api/observations");
        urls.put("clusters", "/api/observations/clusters");
        urls.put("schemes", "/api/schemes");
        urls.put("schemeCounts", "/api/schemes/by-country");
        urls.put("indicator", "/api/indicators/{code}");
        urls.put("observationPage", "/observations/{id}");
        urls.put("countryPage", "/countries/{iso3}");
        urls.put("schemePage", "/schemes/{id}");
        urls.put("briefPage", "/briefs/{id}");
        urls.put("podcastPage", "/podcasts/{id}");
        urls.put("comparePage", "/compare");
        urls.put("coverage", "/api/coverage");
        urls.put("coveragePage", "/coverage");
        Config config = new Config(language.code(), embed, settings.clusterMaxZoom(),
                tiles.tilesAvailable() ? new Tiles(settings.tileUrl(), settings.tileAttribution()) : null, urls,
                measures(language), labels(language));
        return json.writeValueAsString(config).replace("<", "\\u003c");
    }

    private Map<String, String> labels(Language language) {
        Map<String, String> labels = new LinkedHashMap<>();
        ResourceBundle scripts = ResourceBundle.getBundle("i18n/frontend", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        scripts.keySet().stream().sorted().forEach(key -> labels.put(key, scripts.getString(key)));
        for (Class<? extends Enum<?>> type : LABELLED) {
            String prefix = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            prefix = switch (prefix) {
                case "workerGroup" -> "group";
                case "schemeType" -> "type";
                case "coverageStatus" -> "coverage";
                default -> prefix;
            };
            for (Enum<?> value : type.getEnumConstants()) {
                String key = prefix + "." + ((Coded) value).code();
                labels.put(key, messages.getMessage(key, null, key, language.locale()));
            }
        }
        // the coverage measure's legend: the matrix's statuses and the sentence that names its choice
        for (String key : COVERAGE_LABELS) {
            labels.put(key, messages.getMessage(key, null, key, language.locale()));
        }
        // the country panel's region and subregion (UN M49 names), which the API gives in English
        ResourceBundle.getBundle("i18n/messages", Locale.ROOT).keySet().stream()
                .filter(key -> key.startsWith("region.")).sorted()
                .forEach(key -> labels.put(key, messages.getMessage(key, null, key, language.locale())));
        return labels;
    }

    private static final List<String> COVERAGE_LABELS = List.of("matrix.status.covered", "matrix.status.voluntary",
            "matrix.status.partial", "matrix.status.excluded", "matrix.status.not_stated", "matrix.status.no_scheme",
            "matrix.viaGeneral.short", "measure.coverage.legend", "measure.coverage.allBranches",
            "measure.coverage.thisYear", "measure.coverage.hint");
}
