package org.onevisit.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts a certificate is drawn with, taken from the operating system rather than shipped (a CJK
 * font is several megabytes): WenQuanYi Micro Hei (Debian/Ubuntu {@code fonts-wqy-microhei}, Fedora
 * {@code wqy-microhei-fonts}) for Chinese, and DejaVu Sans ({@code fonts-dejavu-core}, present wherever
 * fontconfig is) for Latin letters and symbols. DejaVu comes first because WenQuanYi maps ℃, ℉, the
 * pinyin tone letters, Roman numerals and ∼ to empty outlines: in front, DejaVu draws those, and
 * everything it lacks (all Chinese) falls through to WenQuanYi. Both are embedded, as subsets, in
 * every PDF, so the document does not depend on the reader's fonts.
 *
 * <p>The bytes are read once; each render parses them afresh ({@link #openCjk()}), because a parsed
 * TrueType font reads its tables lazily and is not safe to share between threads.
 */
public final class CertificateFonts {

    static final String CJK_FAMILY = "WenQuanYi Micro Hei";
    static final String SYMBOL_FAMILY = "DejaVu Sans";
    /** The face of the WenQuanYi collection to use (the other is its monospaced twin). */
    static final String CJK_FACE = "WenQuanYiMicroHei";

    static final List<Path> CJK_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"));
    static final List<Path> SYMBOL_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"));

    /** What a certificate is likely to hold besides names: units, brackets, list marks, pinyin, Roman numerals. */
    static final String SAMPLE = "℃℉≤≥±×÷‰°％（）【】〔〕《》「」、。，：；！？—…·ǎǐǒǔǘǚǜüéÅⅤⅩ∼"
            + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_/:.?&=#%*[]()";

    private final Path cjkPath;
    private final byte[] cjk;
    private final Path symbolPath;
    private final byte[] symbols;
    private final String problem;

    private CertificateFonts(Path cjkPath, byte[] cjk, Path symbolPath, byte[] symbols, String problem) {
        this.cjkPath = cjkPath;
        this.cjk = cjk;
        this.symbolPath = symbolPath;
        this.symbols = symbols;
        this.problem = problem;
    }

    /**
     * The configured fonts, or the first installed of the usual places. A configured path that does not
     * exist is an error; no CJK font at all leaves the fonts {@linkplain #available() unavailable}.
     */
    public static CertificateFonts locate(Optional<Path> cjkFont, Optional<Path> symbolFont) {
        return locate(cjkFont, symbolFont, CJK_CANDIDATES, SYMBOL_CANDIDATES);
    }

    static CertificateFonts locate(Optional<Path> cjkFont, Optional<Path> symbolFont, List<Path> cjkCandidates,
                                   List<Path> symbolCandidates) {
        Path cjkPath = cjkFont.map(CertificateFonts::required).orElseGet(() -> firstExisting(cjkCandidates));
        Path symbolPath = symbolFont.map(CertificateFonts::required).orElseGet(() -> firstExisting(symbolCandidates));
        if (cjkPath == null) {
            return new CertificateFonts(null, null, null, null, "No Chinese font for certificates: install the package "
                    + "fonts-wqy-microhei, or set ONEVISIT_CERTIFICATES_CJK_FONT to a WenQuanYi Micro Hei .ttc or .ttf file "
                    + "(looked in " + cjkCandidates + ")");
        }
        CertificateFonts fonts = new CertificateFonts(cjkPath, read(cjkPath), symbolPath,
                symbolPath == null ? null : read(symbolPath), null);
        try (TrueTypeFont probe = fonts.openCjk()) {
            if (probe == null) {
                throw new IllegalStateException(cjkPath + " holds no face named " + CJK_FACE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificate font " + cjkPath, e);
        }
        return fonts;
    }

    /** Whether certificates can be drawn; if not, {@link #problem()} says what to install. */
    public boolean available() {
        return cjk != null;
    }

    public String problem() {
        return problem;
    }

    public Path cjkPath() {
        return cjkPath;
    }

    public Optional<Path> symbolPath() {
        return Optional.ofNullable(symbolPath);
    }

    /** The WenQuanYi face, freshly parsed; the caller closes it once the document is saved. */
    TrueTypeFont openCjk() throws IOException {
        requireAvailable();
        if (isCollection(cjk)) {
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(cjk));
            TrueTypeFont face = collection.getFontByName(CJK_FACE);
            if (face == null) {
                collection.close();
            }
            return face;
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(cjk));
    }

    /** The symbol font's bytes, if one is installed. */
    Optional<byte[]> symbolBytes() {
        return Optional.ofNullable(symbols);
    }

    /**
     * The characters of {@code text} that would print blank or as a box: for each, the first font of
     * the chain (DejaVu, then WenQuanYi) that maps it must draw a visible outline. Whitespace is skipped.
     */
    public List<String> blankGlyphs(String text) throws IOException {
        requireAvailable();
        try (TrueTypeFont cjkFont = openCjk();
             TrueTypeFont symbolFont = symbols == null ? null : new TTFParser().parse(new RandomAccessReadBuffer(symbols))) {
            List<TrueTypeFont> chain = Stream.of(symbolFont, cjkFont).filter(f -> f != null).toList();
            List<String> blank = new ArrayList<>();
            for (int cp : text.codePoints().distinct().filter(cp -> !Character.isWhitespace(cp)).toArray()) {
                if (!drawn(chain, cp)) {
                    blank.add(new String(Character.toChars(cp)) + String.format("(U+%04X)", cp));
                }
            }
            return blank;
        }
    }

    private static boolean drawn(List<TrueTypeFont> chain, int codePoint) throws IOException {
        for (TrueTypeFont font : chain) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            int gid = cmap == null ? 0 : cmap.getGlyphId(codePoint);
            if (gid != 0) {
                GlyphData glyph = font.getGlyph().getGlyph(gid);
                return glyph != null && !glyph.getPath().getBounds2D().isEmpty();
            }
        }
        return false;
    }

    private void requireAvailable() {
        if (!available()) {
            throw new IllegalStateException(problem);
        }
    }

    private static boolean isCollection(byte[] font) {
        return font.length > 4 && font[0] == 't' && font[1] == 't' && font[2] == 'c' && font[3] == 'f';
    }

    private static Path required(Path path) {
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("The configured certificate font " + path + " does not exist or cannot be read");
        }
        return path;
    }

    private static Path firstExisting(List<Path> candidates) {
        return candidates.stream().filter(Files::isReadable).findFirst().orElse(null);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificate font " + path, e);
        }
    }
}
