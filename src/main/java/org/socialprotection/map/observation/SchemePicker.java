package org.socialprotection.map.observation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.workspace.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schemes the observation form offers to link, grouped by country: those already linked, then the schemes of the
 * observation's country, or of the country and words the picker's filters ask for. Never every scheme of the world
 * in one list: a country or words narrow it, and at most {@link #MAX} are offered at once.
 */
@Service
@Transactional(readOnly = true)
class SchemePicker {

    static final int MAX = 100;
    /** The picker's "every country" choice. */
    static final String EVERY_COUNTRY = "*";

    private final Schemes schemes;

    SchemePicker(Schemes schemes) {
        this.schemes = schemes;
    }

    /** The schemes to show as check boxes, by country code; the linked ones always, so that saving keeps them. */
    Map<String, List<Scheme>> offer(ObservationForm form, Actor actor) {
        List<Long> linked = form.getSchemes() == null ? List.of() : form.getSchemes();
        Set<Scheme> offered = new LinkedHashSet<>(schemes.findAllById(linked));
        String words = form.getSchemeQuery() == null ? "" : form.getSchemeQuery().trim();
        String country = country(form);
        boolean everyCountry = EVERY_COUNTRY.equals(form.getSchemeCountry());
        if (country != null || everyCountry || !words.isEmpty()) {
            String pattern = "%" + words.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%";
            // another researcher's draft scheme is not theirs to see
            schemes.findForPicker(country == null ? "" : country, pattern).stream().filter(actor::maySee)
                    .limit(MAX).forEach(offered::add);
        }
        Map<String, List<Scheme>> byCountry = new LinkedHashMap<>();
        offered.stream().sorted(Comparator.comparing(Scheme::getCountryIso3)
                        .thenComparing(Scheme::getOfficialName))
                .forEach(s -> byCountry.computeIfAbsent(s.getCountryIso3(), c -> new ArrayList<>()).add(s));
        return byCountry;
    }

    /** The country whose schemes to offer: the picker's choice, else the observation's; null for every country. */
    private static String country(ObservationForm form) {
        String chosen = form.getSchemeCountry() == null ? "" : form.getSchemeCountry().trim();
        if (chosen.equals(EVERY_COUNTRY)) {
            return null;
        }
        String code = chosen.isEmpty() ? form.getCountry() : chosen;
        return code == null || !code.trim().matches("[A-Za-z]{3}") ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
