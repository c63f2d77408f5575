/** The web edge: error responses, query parameter parsing, languages and the home page. */
package org.socialprotection.map.web;
