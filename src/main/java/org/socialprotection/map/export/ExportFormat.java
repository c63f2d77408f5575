package org.socialprotection.map.export;

import org.socialprotection.map.atlas.Coded;

enum ExportFormat implements Coded {
    CSV("text/csv;charset=UTF-8", "csv"),
    GEOJSON("application/geo+json", "geojson"),
    GPKG("application/geopackage+sqlite3", "gpkg");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }
}
