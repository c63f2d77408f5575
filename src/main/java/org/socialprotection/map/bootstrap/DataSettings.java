package org.socialprotection.map.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the atlas data is read from (the copy of data/ packaged in the jar by default) and whether the demo atlas
 * is loaded into an empty database. A production atlas sets {@code spmap.data.demo=false}.
 */
@ConfigurationProperties("spmap.data")
public record DataSettings(@DefaultValue("classpath:atlas-data/") String location,
                           @DefaultValue("true") boolean demo) {
}
