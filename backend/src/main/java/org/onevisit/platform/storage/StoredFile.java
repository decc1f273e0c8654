package org.onevisit.platform.storage;

/**
 * A file in the store: its generated key (a UUID, never the user's file name), its size in bytes and
 * the SHA-256 of its content (lower-case hex), to be recorded in the database.
 */
public record StoredFile(String key, long size, String sha256) {
}
