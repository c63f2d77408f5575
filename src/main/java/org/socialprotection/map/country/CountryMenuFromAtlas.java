package org.socialprotection.map.country;

import java.util.LinkedHashMap;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.workspace.CountryMenu;
import org.springframework.stereotype.Component;

/** The workspace's country menus, from the atlas's countries. */
@Component
class CountryMenuFromAtlas implements CountryMenu {

    private final Countries countries;

    CountryMenuFromAtlas(Countries countries) {
        this.countries = countries;
    }

    @Override
    public Map<String, String> names(Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        countries.choices(language).list().forEach(c -> names.put(c.iso3(), c.name(language)));
        return names;
    }
}
