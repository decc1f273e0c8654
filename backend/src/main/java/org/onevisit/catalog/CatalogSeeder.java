package org.onevisit.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.onevisit.platform.OneVisitConfig;

/**
 * Loads the default catalogue (the bureau's 20 items of 2018, {@code catalog/items-2018.json}) into
 * an empty database at start. Every guide passes the guide validation first; a bad file stops the
 * start with the reasons, rather than publishing a half catalogue.
 */
@ApplicationScoped
public class CatalogSeeder {

    static final String DEFAULT_CATALOGUE = "catalog/items-2018.json";
    private static final Logger LOG = Logger.getLogger(CatalogSeeder.class);

    private final CatalogService catalog;
    private final ObjectMapper mapper;
    private final OneVisitConfig config;

    public CatalogSeeder(CatalogService catalog, ObjectMapper mapper, OneVisitConfig config) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!config.catalog().seed()) {
            return;
        }
        VertxContextSupport.subscribeAndAwait(() -> catalog.countItems().chain(count -> {
            if (count > 0) {
                LOG.infof("Catalogue present (%d items); default catalogue not loaded", count);
                return io.smallrye.mutiny.Uni.createFrom().voidItem();
            }
            List<Guide> guides = readDefaultCatalogue();
            return catalog.publishAll(guides, "system:default-catalogue")
                    .invoke(n -> LOG.infof("Loaded the default catalogue: %d service items", n))
                    .replaceWithVoid();
        }));
    }

    List<Guide> readDefaultCatalogue() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEFAULT_CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("The default catalogue " + DEFAULT_CATALOGUE + " is missing");
            }
            List<JsonNode> nodes = mapper.readValue(in, new TypeReference<List<JsonNode>>() {});
            List<Guide> guides = new ArrayList<>();
            for (JsonNode node : nodes) {
                guides.add(catalog.read(node.toString()));
            }
            return guides;
        } catch (IOException e) {
            throw new UncheckedIOException("The default catalogue " + DEFAULT_CATALOGUE + " cannot be read", e);
        }
    }
}
