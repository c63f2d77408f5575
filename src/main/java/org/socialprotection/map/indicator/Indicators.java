package org.socialprotection.map.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Indicators extends JpaRepository<Indicator, String> {
}
