package org.onevisit.certificate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onevisit.platform.OneVisitConfig;

/**
 * What each item's result prints, as data ({@code certificate/types.json}, or the file
 * ONEVISIT_CERTIFICATES_TYPES_FILE names): title, number style and fields with their labels and sources.
 */
@ApplicationScoped
public class CertificateTypes {

    static final String RESOURCE = "/certificate/types.json";
    private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d+))?}");

    /** Where a field's value comes from: PREVIOUS dates are the previous certificate's (a change keeps them). */
    public enum Validity { GUIDE, PREVIOUS }

    public record FieldDefinition(String key, String label, List<String> from, boolean required, boolean scope, String suffix) {
        /** The form field that supplies the value, if any: where the window corrects a missing value. */
        public Optional<String> formKey() {
            return from.stream().filter(s -> s.startsWith("form:")).map(s -> s.substring(5)).findFirst();
        }
    }

    public record Definition(List<String> items, String title, String series, String number, String holderLabel,
                             Validity validity, Map<String, Validity> validityByItem, List<FieldDefinition> fields) {

        public Validity validityOf(String itemCode) {
            return validityByItem == null ? validity : validityByItem.getOrDefault(itemCode, validity);
        }

        /** The certificate number in the issuing body's style, e.g. 浙慈安经（乙）字〔2026〕000001. */
        public String format(int year, long seq) {
            Matcher m = SEQ.matcher(number.replace("{year}", String.valueOf(year)));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String digits = m.group(1) == null ? String.valueOf(seq) : String.format("%0" + m.group(1) + "d", seq);
                m.appendReplacement(out, Matcher.quoteReplacement(digits));
            }
            return m.appendTail(out).toString();
        }
    }

    record File(List<Definition> types) {}

    private final Map<String, Definition> byItem = new HashMap<>();
    private final List<Definition> all;

    @jakarta.inject.Inject
    public CertificateTypes(OneVisitConfig config) {
        this(read(config.certificates().typesFile()));
    }

    CertificateTypes(List<Definition> definitions) {
        this.all = List.copyOf(definitions);
        Map<String, String> seriesOfStyle = new HashMap<>();
        for (Definition d : definitions) {
            if (d.title() == null || d.series() == null || d.series().length() > 8 || d.number() == null
                    || !d.number().contains("{seq") || d.fields() == null) {
                throw new IllegalStateException("Certificate type " + d.title() + ": title, series (≤ 8), number with {seq} and fields are required");
            }
            // one style, one counter: two series printing the same style would give the same number twice
            String earlier = seriesOfStyle.putIfAbsent(d.number(), d.series());
            if (earlier != null && !earlier.equals(d.series())) {
                throw new IllegalStateException("Number style " + d.number() + " is used by series " + earlier + " and " + d.series());
            }
            for (String item : d.items()) {
                if (byItem.put(item, d) != null) {
                    throw new IllegalStateException("Item " + item + " has two certificate types");
                }
            }
            if (d.fields().stream().filter(FieldDefinition::scope).count() != 1) {
                throw new IllegalStateException("Certificate type " + d.title() + " needs exactly one scope field");
            }
        }
    }

    public Optional<Definition> forItem(String itemCode) {
        return Optional.ofNullable(byItem.get(itemCode));
    }

    public List<Definition> all() {
        return all;
    }

    private static List<Definition> read(Optional<String> file) {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = file.isPresent() ? Files.newInputStream(Path.of(file.get()))
                : CertificateTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return mapper.readValue(in, File.class).types();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the certificate types " + file.orElse(RESOURCE), e);
        }
    }

    /** The shipped definitions, for tests and tools that run without the container. */
    static CertificateTypes shipped() {
        return new CertificateTypes(read(Optional.empty()));
    }
}
