/** The public profile pages of a country and of a scheme, which draw on every feature of the atlas. */
package org.socialprotection.map.profile;
