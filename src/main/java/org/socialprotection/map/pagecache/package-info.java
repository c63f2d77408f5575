/**
 * Public pages kept rendered until the atlas changes: the home map, the country index and pages, observation pages.
 * A database trigger notes every committed change of a table readers see; a page is built once per change, language
 * and address, then served from memory to every anonymous reader (with a fresh CSP nonce) and revalidated by ETag.
 */
package org.socialprotection.map.pagecache;
