package org.onevisit.platform.storage;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file really is from its first bytes (magic numbers), never from its name or from the
 * type the browser claimed. Reads the file: call it on a worker thread, never on the event loop.
 */
public final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final int HEAD = 8;

    /** An OFD package names {@code OFD.xml} among its first entries; a ZIP is not read further than this. */
    static final int MAX_ZIP_ENTRIES = 64;
    /** Bytes inflated while skipping entries before giving up (a small ZIP may inflate to gigabytes). */
    static final long MAX_ZIP_INFLATED_BYTES = 64L * 1024 * 1024;
    private static final String OFD_ROOT = "OFD.xml";

    private ContentSniffer() {
    }

    /**
     * The type of the file, or empty when it is none of the accepted ones (an empty file, text, a ZIP
     * that is not an OFD package, a GIF, …).
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Optional<ContentType> sniff(Path file) {
        byte[] head = new byte[HEAD];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.getFileName(), e);
        }
        head = Arrays.copyOf(head, read);
        if (startsWith(head, PDF)) {
            return Optional.of(ContentType.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(ContentType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(ContentType.PNG);
        }
        if (startsWith(head, ZIP) && isOfdPackage(file)) {
            return Optional.of(ContentType.OFD);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** A ZIP whose first {@value #MAX_ZIP_ENTRIES} entries include {@code OFD.xml} at the root. */
    private static boolean isOfdPackage(Path file) {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)),
                // OFD.xml is ASCII; a single-byte charset never fails on the other (e.g. GBK) names
                StandardCharsets.ISO_8859_1)) {
            byte[] skip = new byte[8192];
            long inflated = 0;
            for (int i = 0; i < MAX_ZIP_ENTRIES; i++) {
                ZipEntry entry = zip.getNextEntry();
                if (entry == null) {
                    return false;
                }
                if (!entry.isDirectory() && OFD_ROOT.equals(entry.getName())) {
                    return true;
                }
                // Read the entry ourselves rather than let getNextEntry skip it, so that the work is bounded.
                int n;
                while ((n = zip.read(skip)) != -1) {
                    inflated += n;
                    if (inflated > MAX_ZIP_INFLATED_BYTES) {
                        return false;
                    }
                }
            }
            return false;
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            return false; // a malformed or truncated ZIP: not an OFD package
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.getFileName(), e);
        }
    }
}
