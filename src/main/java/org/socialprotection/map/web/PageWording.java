package org.socialprotection.map.web;

import java.util.Locale;
import org.socialprotection.map.atlas.Wording;
import org.springframework.stereotype.Component;

/**
 * {@link Wording}'s rules for templates, as {@code ${@wording.acronymAfter(s.name(), s.acronym())}} and
 * {@code ${@wording.megabytes(f.size(), #locale)}}: the pages follow the same rules as the map's scripts and exports.
 */
@Component("wording")
public class PageWording {

    public String acronymAfter(String name, String acronym) {
        return Wording.acronymAfter(name, acronym);
    }

    public String amount(Number value, String unit, Locale locale) {
        return Wording.amount(value, unit, locale);
    }

    public String megabytes(long bytes, Locale locale) {
        return Wording.megabytes(bytes, locale);
    }
}
