/** Loads data/ (country boundaries, then the demo atlas) into an empty database at first start. */
package org.socialprotection.map.bootstrap;
