package org.socialprotection.map.country;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Language;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Countries extends JpaRepository<Country, String> {

    /** The map layer: everything but the precise boundary, which would weigh megabytes. */
    @Query("""
            select new org.socialprotection.map.country.CountrySummary(c.iso3, c.iso2, c.numericCode, c.nameEn,
                c.nameFr, c.nameEs, c.region, c.subregion, c.displayGeometry, c.labelPoint)
            from Country c order by c.iso3""")
    List<CountrySummary> summaries();

    @Query("select new org.socialprotection.map.country.CountryName(c.iso3, c.nameEn, c.nameFr, c.nameEs) from Country c")
    List<CountryName> names();

    /** One country's names, without loading its boundary. */
    @Query("select new org.socialprotection.map.country.CountryName(c.iso3, c.nameEn, c.nameFr, c.nameEs)"
            + " from Country c where c.iso3 = :iso3")
    Optional<CountryName> nameOf(String iso3);

    /** The countries a form offers, sorted in the reader's language. */
    default Choices choices(Language language) {
        List<CountryName> sorted = names().stream().sorted(CountryName.byName(language)).toList();
        return new Choices(sorted, sorted.stream().collect(Collectors.toMap(CountryName::iso3,
                c -> c.name(language))));
    }

    /** A form's country menu, and the names by code for what the form already holds. */
    record Choices(List<CountryName> list, Map<String, String> names) {
    }
}
