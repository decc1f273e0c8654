package org.onevisit.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditService;
import org.onevisit.platform.OneVisitConfig;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/**
 * The catalogue: reads come from an in-memory snapshot (the catalogue changes a few times a year),
 * rebuilt after a publication, when the day changes, or after the configured time to live.
 */
@ApplicationScoped
public class CatalogService {

    /** Calendar days (effective dates) are counted in the bureau's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CatalogRepository repository;
    private final Map<String, Guide> versions = new ConcurrentHashMap<>();
    private final AuditService audit;
    private final ObjectMapper mapper;
    private final ObjectReader strictReader;
    private final OneVisitConfig config;
    private final Clock clock;
    private final Synonyms synonyms;
    private volatile Catalog snapshot;

    public CatalogService(CatalogRepository repository, AuditService audit, ObjectMapper mapper, OneVisitConfig config) {
        this.repository = repository;
        this.audit = audit;
        this.mapper = mapper;
        // A guide with a misspelt or missing element must be rejected, not half-read.
        this.strictReader = mapper.readerFor(Guide.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        this.config = config;
        this.clock = Clock.system(ZONE);
        this.synonyms = Synonyms.load(config.catalog().synonymsFile().map(java.nio.file.Path::of));
    }

    /** The catalogue in effect today. */
    public Uni<Catalog> current() {
        Catalog cached = snapshot;
        LocalDate today = LocalDate.now(clock);
        if (cached != null && cached.day().equals(today)
                && cached.loadedAt().plus(config.catalog().cacheTtl()).isAfter(Instant.now(clock))) {
            return Uni.createFrom().item(cached);
        }
        return repository.currentVersions(today)
                .map(rows -> rows.stream().map(row -> parse(row.guide))
                        .filter(g -> g.status() != Guide.ItemStatus.CANCELLED)
                        .toList())
                .map(guides -> {
                    Catalog fresh = new Catalog(guides, today, Instant.now(clock), synonyms);
                    snapshot = fresh;
                    return fresh;
                });
    }

    public Uni<Guide> find(String code) {
        return current().map(c -> c.find(code).orElseThrow(() -> ProblemException.notFound("problem.not-found.item", code)));
    }

    /**
     * One published version of a guide, as a case made under it sees it (versions never change once
     * published, so they are cached for good).
     */
    public Uni<Guide> version(String code, int version) {
        Guide cached = versions.get(code + "@" + version);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return repository.findVersion(code, version).map(row -> {
            if (row == null) {
                throw ProblemException.notFound("problem.not-found.item", code);
            }
            Guide guide = parse(row.guide);
            versions.put(code + "@" + version, guide);
            return guide;
        });
    }

    public Uni<ItemPage> search(ItemQuery query) {
        return current().map(c -> c.search(query));
    }

    /**
     * Publishes a new version of a guide after validating it; the version must be higher than any
     * published one. The snapshot is dropped once the transaction has committed.
     */
    public Uni<Guide> publish(Guide guide, String publishedBy) {
        return Panache.withTransaction(() -> store(guide, publishedBy)
                .call(g -> audit.record(new AuditEntry(null, publishedBy, "CATALOG_PUBLISH", g.code() + " v" + g.version(),
                        null, AuditEntry.Result.SUCCESS, g.name()))))
                .invoke(this::invalidate);
    }

    /** Publishes many guides at once, all or none (used to load the default catalogue). */
    public Uni<Integer> publishAll(List<Guide> guides, String publishedBy) {
        return Panache.withTransaction(() -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Guide guide : guides) {
                chain = chain.chain(() -> store(guide, publishedBy).replaceWithVoid());
            }
            return chain.replaceWith(guides.size());
        }).invoke(this::invalidate);
    }

    public Uni<Long> countItems() {
        return repository.countItems();
    }

    /** Elements of a material added after the catalogue format was fixed: absent means "not retrievable". */
    static final List<String> OPTIONAL_MATERIAL_ELEMENTS = List.of("retrievableFrom", "registerItems");

    /** Reads a guide document strictly: unknown or missing elements fail (but for the optional ones above). */
    public Guide read(String json) throws IOException {
        com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(json);
        com.fasterxml.jackson.databind.JsonNode materials = tree == null ? null : tree.get("materials");
        if (materials != null && materials.isArray()) {
            for (com.fasterxml.jackson.databind.JsonNode m : materials) {
                if (m instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                    OPTIONAL_MATERIAL_ELEMENTS.forEach(key -> {
                        if (!o.has(key)) {
                            o.putNull(key);
                        }
                    });
                }
            }
        }
        return strictReader.readValue(tree);
    }

    public void invalidate() {
        snapshot = null;
    }

    private Uni<Guide> store(Guide guide, String publishedBy) {
        List<Violation> violations = GuideValidator.validate(guide);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-guide", violations));
        }
        return repository.latestVersion(guide.code()).chain(latest -> {
            if (latest.isPresent() && latest.get() >= guide.version()) {
                return Uni.createFrom().failure(new ProblemException(409, "version-conflict",
                        "problem.version-conflict.detail", List.of(latest.get()), List.of()));
            }
            CatalogItemVersion row = new CatalogItemVersion();
            row.code = guide.code();
            row.version = guide.version();
            row.name = guide.name();
            row.type = guide.type().name();
            row.status = guide.status().name();
            row.effectiveDate = guide.effectiveDate();
            row.guide = write(guide);
            row.publishedAt = java.time.OffsetDateTime.now(clock);
            row.publishedBy = publishedBy;
            return repository.persist(row).replaceWith(guide);
        });
    }

    private Guide parse(String json) {
        try {
            return mapper.readValue(json, Guide.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored guide could not be read", e);
        }
    }

    private String write(Guide guide) {
        try {
            return mapper.writeValueAsString(guide);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
