package org.onevisit.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type of a file comes from its first bytes, never from its name. */
class ContentSnifferTest {

    @TempDir
    Path dir;

    @Test
    void recognisesPdf() throws IOException {
        Path file = write("a.bin", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Optional.of(ContentType.PDF), ContentSniffer.sniff(file));
    }

    @Test
    void recognisesJpeg() throws IOException {
        Path file = write("photo", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00));
        assertEquals(Optional.of(ContentType.JPEG), ContentSniffer.sniff(file));
    }

    @Test
    void recognisesPng() throws IOException {
        Path file = write("scan.pdf", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'));
        assertEquals(Optional.of(ContentType.PNG), ContentSniffer.sniff(file));
    }

    @Test
    void recognisesOfdWhateverTheOrderOfItsEntries() throws IOException {
        Path first = zip("first.zip", "OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml");
        Path later = zip("later.ofd", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml", "OFD.xml");
        assertEquals(Optional.of(ContentType.OFD), ContentSniffer.sniff(first));
        assertEquals(Optional.of(ContentType.OFD), ContentSniffer.sniff(later));
    }

    @Test
    void aZipWithoutOfdXmlAtItsRootIsNotOfd() throws IOException {
        assertEquals(Optional.empty(), ContentSniffer.sniff(zip("doc.ofd", "[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.empty(), ContentSniffer.sniff(zip("nested.ofd", "Doc_0/OFD.xml", "ofd.xml")));
        assertEquals(Optional.empty(), ContentSniffer.sniff(zip("empty.zip")));
    }

    @Test
    void onlyTheFirst64EntriesAreLookedAt() throws IOException {
        String[] names = new String[ContentSniffer.MAX_ZIP_ENTRIES + 1];
        for (int i = 0; i < ContentSniffer.MAX_ZIP_ENTRIES; i++) {
            names[i] = "Res/" + i + ".xml";
        }
        names[ContentSniffer.MAX_ZIP_ENTRIES] = "OFD.xml";
        assertEquals(Optional.empty(), ContentSniffer.sniff(zip("deep.ofd", names)));

        String[] within = java.util.Arrays.copyOfRange(names, 1, names.length); // OFD.xml is the 64th entry
        assertEquals(Optional.of(ContentType.OFD), ContentSniffer.sniff(zip("within.ofd", within)));
    }

    @Test
    void aHugelyInflatingEntryBeforeOfdXmlIsNotInflatedToTheEnd() throws IOException {
        Path file = dir.resolve("bomb.ofd");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("Res/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= ContentSniffer.MAX_ZIP_INFLATED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals(Optional.empty(), ContentSniffer.sniff(file));
    }

    @Test
    void aTruncatedZipIsNothing() throws IOException {
        byte[] whole = Files.readAllBytes(zip("whole.ofd", "Doc_0/Document.xml", "OFD.xml"));
        Path cut = write("cut.ofd", java.util.Arrays.copyOf(whole, 40));
        assertEquals(Optional.empty(), ContentSniffer.sniff(cut));
        assertEquals(Optional.empty(), ContentSniffer.sniff(write("pk.ofd", bytes('P', 'K', 3, 4))));
    }

    @Test
    void otherContentIsNothing() throws IOException {
        assertEquals(Optional.empty(), ContentSniffer.sniff(write("empty.pdf", new byte[0])));
        assertEquals(Optional.empty(), ContentSniffer.sniff(write("letter.pdf", "申请书：本公司……".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.empty(), ContentSniffer.sniff(write("short.pdf", "%PD".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(Optional.empty(), ContentSniffer.sniff(write("later.pdf", " %PDF-1.7".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(Optional.empty(), ContentSniffer.sniff(write("anim.gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(Optional.empty(), ContentSniffer.sniff(write("half.jpg", bytes(0xFF, 0xD8))));
    }

    @Test
    void anUnreadableFileIsAnError() {
        assertThrows(UncheckedIOException.class, () -> ContentSniffer.sniff(dir.resolve("missing.pdf")));
    }

    @Test
    void eachTypeKnowsItsMediaTypeAndExtension() {
        assertEquals("application/pdf", ContentType.PDF.mimeType());
        assertEquals("pdf", ContentType.PDF.extension());
        assertEquals("image/jpeg", ContentType.JPEG.mimeType());
        assertEquals("jpg", ContentType.JPEG.extension());
        assertEquals("image/png", ContentType.PNG.mimeType());
        assertEquals("png", ContentType.PNG.extension());
        assertEquals("application/ofd", ContentType.OFD.mimeType());
        assertEquals("ofd", ContentType.OFD.extension());
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<xml name=\"" + entry + "\"/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
