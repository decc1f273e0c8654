package org.onevisit.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the application (prefix {@code onevisit}); environment variables ONEVISIT_*. */
@ConfigMapping(prefix = "onevisit")
public interface OneVisitConfig {

    /** Where the embedded database and generated files live. */
    @WithDefault("data")
    String dataDir();

    /** {@code demo} (the default run: demo accounts, generated keys) or {@code production}. */
    @WithDefault("demo")
    Mode mode();

    Db db();

    Catalog catalog();

    Auth auth();

    Jwt jwt();

    Demo demo();

    /** Where the portal is reached from outside (ONEVISIT_PUBLIC_URL): certificates' QR codes link here. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Certificates certificates();

    Applications applications();

    Metrics metrics();

    enum Mode { DEMO, PRODUCTION }

    interface Db {
        /** JDBC or reactive URL of an external PostgreSQL; empty means the embedded server. */
        Optional<String> url();

        Optional<String> user();

        Optional<String> password();

        /** Port of the embedded server; derived from the data directory when empty. */
        Optional<Integer> port();
    }

    interface Metrics {
        /** Bearer token of the operator's scraper for /q/metrics (ONEVISIT_METRICS_TOKEN); empty: metrics answer 404. */
        Optional<String> token();
    }

    interface Auth {
        /** Failed logins in a row that lock an account. */
        @WithDefault("5")
        int maxFailedLogins();

        @WithDefault("PT15M")
        Duration lockout();

        @WithDefault("PT15M")
        Duration accessTokenLifespan();

        @WithDefault("P7D")
        Duration refreshTokenLifespan();

        /** Login attempts per client address per minute. */
        @WithDefault("30")
        int loginsPerMinute();

        /** Registrations per client address per minute. */
        @WithDefault("10")
        int registrationsPerMinute();

        /** Failed logins from one client address (any accounts) that block it for the lockout time. */
        @WithDefault("20")
        int maxFailuresPerAddress();
    }

    interface Jwt {
        @WithDefault("https://onevisit.example.org")
        String issuer();

        @WithDefault("onevisit")
        String audience();

        /** PEM location of the signing key (required in production). */
        Optional<String> privateKey();

        /** PEM location of the verification key (required in production). */
        Optional<String> publicKey();
    }

    interface Certificates {
        /** PEM (PKCS#8) EC P-256 key that signs certificates (ONEVISIT_CERTIFICATES_PRIVATE_KEY); required in production. */
        Optional<String> privateKey();

        /** The matching PEM public key (ONEVISIT_CERTIFICATES_PUBLIC_KEY); required in production. */
        Optional<String> publicKey();

        /** Verifications per client address per minute (against enumerating the register). */
        @WithDefault("30")
        int verificationsPerMinute();

        /**
         * The Chinese font certificates are drawn with (ONEVISIT_CERTIFICATES_CJK_FONT): a WenQuanYi Micro Hei
         * .ttc or .ttf; by default the one the operating system's fonts-wqy-microhei package installs.
         */
        Optional<String> cjkFont();

        /** The font for Latin letters and symbols (ONEVISIT_CERTIFICATES_SYMBOL_FONT); by default the system's DejaVu Sans. */
        Optional<String> symbolFont();

        /** Days before a certificate's end on which its holder is reminded. */
        @WithDefault("60,30")
        java.util.List<Integer> reminderDays();

        /** How long before its end a certificate may be renewed (ONEVISIT_CERTIFICATES_RENEWAL_WINDOW, ISO-8601). */
        @WithDefault("P90D")
        java.time.Period renewalWindow();

        /**
         * A JSON file that replaces the shipped definitions of what each item's result prints and how it is
         * numbered (ONEVISIT_CERTIFICATES_TYPES_FILE; format of {@code certificate/types.json}).
         */
        Optional<String> typesFile();
    }

    interface Applications {
        /**
         * How long an answer stays stored under its Idempotency-Key (ONEVISIT_APPLICATIONS_IDEMPOTENCY_RETENTION):
         * a retry within it gets the first answer; afterwards the key is forgotten and may be used again.
         */
        @WithDefault("P1D")
        Duration idempotencyRetention();

        /** Public progress lookups (办件查询) per client address per minute (against guessing check codes). */
        @WithDefault("30")
        int lookupsPerMinute();
    }

    interface Demo {
        /** Password of the demo accounts (demo mode only). */
        @WithDefault("OneVisit-2018!")
        String password();
    }

    interface Catalog {
        /** How long a cached catalogue is trusted before it is re-read (other instances may have edited it). */
        @WithDefault("PT5M")
        Duration cacheTtl();

        /** Load the default 20-item catalogue into an empty database at start. */
        @WithDefault("true")
        boolean seed();

        /** A synonyms file (same format as the shipped catalog/synonyms.txt) whose groups are added to the shipped ones. */
        Optional<String> synonymsFile();
    }
}
