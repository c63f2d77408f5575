package org.socialprotection.map.country;

import java.text.Collator;
import java.util.Comparator;
import org.socialprotection.map.atlas.Language;

/** A country's code and names, for menus and labels. */
public record CountryName(String iso3, String nameEn, String nameFr, String nameEs) {

    public String name(Language language) {
        return language.pick(nameEn, nameFr, nameEs);
    }

    /** Alphabetical in the language, as a reader of that language expects (É after E, not after Z). */
    public static Comparator<CountryName> byName(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return Comparator.comparing(c -> c.name(language), collator);
    }
}
