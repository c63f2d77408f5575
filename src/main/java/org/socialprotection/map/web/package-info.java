/** The web edge: error responses, languages, the page layout, security headers and the site's public address. */
package org.socialprotection.map.web;
