package org.socialprotection.map.explore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map's settings: clusters are shown up to {@code clusterMaxZoom}; {@code tileUrl} (with its attribution) adds
 * an outside tile layer under the app's own country layer, which alone needs no outside server.
 */
@ConfigurationProperties("spmap.map")
public record MapSettings(@DefaultValue("6") int clusterMaxZoom, String tileUrl, String tileAttribution) {

    public boolean hasTiles() {
        return tileUrl != null && !tileUrl.isBlank();
    }
}
