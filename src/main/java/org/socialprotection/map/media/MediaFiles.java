package org.socialprotection.map.media;

import org.springframework.data.jpa.repository.JpaRepository;

interface MediaFiles extends JpaRepository<MediaFile, String> {
}
