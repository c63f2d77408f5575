/** Place-name lookup for placing an observation: an offline GeoNames gazetteer searched by name prefix. */
package org.socialprotection.map.gazetteer;
