/** Translations of the texts researchers write, into the atlas's other languages: drafted, reviewed and published on their own. */
package org.socialprotection.map.translation;
