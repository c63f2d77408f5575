/** Countries and territories: ISO codes, names in three languages, boundaries, and which country a point is in. */
package org.socialprotection.map.country;
