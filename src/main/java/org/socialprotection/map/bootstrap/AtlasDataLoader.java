package org.socialprotection.map.bootstrap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start: the boundaries into an empty database, then the demo atlas and its collections unless switched off. */
@Component
class AtlasDataLoader implements ApplicationRunner {

    private final BoundaryLoader boundaries;
    private final DemoAtlasLoader demo;
    private final DemoCollectionLoader collections;
    private final DataSettings settings;

    AtlasDataLoader(BoundaryLoader boundaries, DemoAtlasLoader demo, DemoCollectionLoader collections,
                    DataSettings settings) {
        this.boundaries = boundaries;
        this.demo = demo;
        this.collections = collections;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        boundaries.loadIfMissing();
        if (settings.demo()) {
            demo.loadIfMissing();
            collections.loadIfMissing();
        }
    }
}
