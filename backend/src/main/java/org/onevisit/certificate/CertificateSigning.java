package org.onevisit.certificate;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.onevisit.platform.OneVisitConfig;

/**
 * The bureau's certificate signer, made once at start: configured keys (required in production), or
 * demo keys generated into the data directory in demo mode. Another bean of type
 * {@link CertificateSigner} (an SM2 signer, a signing service) replaces it.
 */
@ApplicationScoped
public class CertificateSigning {

    @Produces
    @Singleton
    @Startup
    CertificateSigner signer(OneVisitConfig config) {
        boolean demo = config.mode() == OneVisitConfig.Mode.DEMO;
        return EcdsaCertificateSigner.fromConfiguration(
                config.certificates().privateKey().map(CertificateSigning::path).orElse(null),
                config.certificates().publicKey().map(CertificateSigning::path).orElse(null),
                demo, Path.of(config.dataDir(), "keys"));
    }

    private static Path path(String location) {
        return Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
    }
}
