/** The shared vocabulary of the atlas: worker groups, languages, partial dates and sources. */
package org.socialprotection.map.atlas;
