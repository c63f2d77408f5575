package org.socialprotection.map.indicator;

import java.util.List;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValues extends JpaRepository<IndicatorValue, Long> {

    List<IndicatorValue> findByCountryIso3AndStatusOrderByIndicatorCodeAscYearAsc(String countryIso3,
                                                                                   PublicationStatus status);

    List<IndicatorValue> findByIndicatorCodeAndStatusOrderByCountryIso3AscYearAsc(String indicatorCode,
                                                                                   PublicationStatus status);
}
