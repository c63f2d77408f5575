package org.socialprotection.map.observation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The features kept by the read API and the OGC API ({@code spmap.feature-cache.*}, see {@link FeatureCache}).
 *
 * @param enabled  false: every feature of every page is built by the database for each request
 * @param maxBytes memory the kept texts take at most; the features read least recently go first
 */
@ConfigurationProperties("spmap.feature-cache")
record FeatureCacheSettings(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxBytes) {
}
