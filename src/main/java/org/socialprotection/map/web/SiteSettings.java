package org.socialprotection.map.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code spmap.public-url}: the address readers reach the site under, e.g. https://atlas.example.org (with a path
 * if the site lives under one); empty by default, see {@link PublicUrl}.
 */
@ConfigurationProperties("spmap")
record SiteSettings(String publicUrl) {
}
