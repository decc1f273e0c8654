package org.onevisit.platform.storage;

/** The kinds of file the portal accepts, as recognised by {@link ContentSniffer} from their first bytes. */
public enum ContentType {

    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    /** 版式文档 OFD (GB/T 33190): a ZIP package with {@code OFD.xml} at its root. */
    OFD("application/ofd", "ofd");

    private final String mimeType;
    private final String extension;

    ContentType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** The media type to answer with (Content-Type). */
    public String mimeType() {
        return mimeType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
