package org.socialprotection.map.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first admin, from SPMAP_ADMIN_USER and SPMAP_ADMIN_PASSWORD; without them a one-time password is made. */
@ConfigurationProperties("spmap.admin")
record AdminSettings(String user, String password) {
}
