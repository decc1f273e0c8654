package org.onevisit.platform;

import java.util.regex.Pattern;

/**
 * How the paths outside the API are served: the single-page app's index page (every app route) must be
 * revalidated on each visit, so that a new release is picked up at once, while the hashed bundles under
 * {@code /assets/} never change under their name and may be kept for a year. A path that names a file
 * (has an extension) is a file or nothing: never the app's page.
 */
public final class SpaPaths {

    public static final String INDEX = "no-cache";
    public static final String HASHED_ASSET = "public, max-age=31536000, immutable";
    /** The last segment ends in a dot and letters or digits, as files do (app routes never do). */
    private static final Pattern FILE = Pattern.compile(".*/[^/]*\\.[A-Za-z0-9]{1,10}");

    private SpaPaths() {
    }

    /** Paths the app does not serve: the REST API and the Quarkus endpoints (they set their own caching). */
    public static boolean isBackend(String path) {
        return under(path, "/api") || under(path, "/q");
    }

    public static boolean isHashedAsset(String path) {
        return path.startsWith("/assets/");
    }

    public static boolean namesAFile(String path) {
        return isHashedAsset(path) || FILE.matcher(path).matches();
    }

    /** The Cache-Control of a successful answer on this path, or null where the backend decides. */
    public static String cacheControl(String path) {
        if (isBackend(path)) {
            return null;
        }
        return isHashedAsset(path) ? HASHED_ASSET : INDEX;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
