package org.onevisit.certificate;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.onevisit.platform.OneVisitConfig;

/**
 * The certificate PDF renderer, made once at start with the fonts of this machine. Production refuses
 * to start without a Chinese font (every certificate it issued could not be printed); demo mode starts
 * and says what to install, and PDF downloads answer 503 until then.
 */
@ApplicationScoped
public class CertificateRendering {

    private static final Logger LOG = Logger.getLogger(CertificateRendering.class);

    @Produces
    @Singleton
    @Startup
    CertificatePdf renderer(OneVisitConfig config, CertificateTypes types) throws java.io.IOException {
        CertificateFonts fonts = CertificateFonts.locate(config.certificates().cjkFont().map(Path::of),
                config.certificates().symbolFont().map(Path::of));
        if (!fonts.available()) {
            if (config.mode() != OneVisitConfig.Mode.DEMO) {
                throw new IllegalStateException(fonts.problem());
            }
            LOG.error(fonts.problem() + ". Certificates are issued, but their PDFs cannot be made until then.");
            return new CertificatePdf(fonts, types);
        }
        java.util.List<String> blank = fonts.blankGlyphs(CertificateFonts.SAMPLE);
        if (!blank.isEmpty()) {
            LOG.warnf("Certificate fonts %s and %s draw no glyph for %s: install fonts-dejavu-core or set "
                    + "ONEVISIT_CERTIFICATES_SYMBOL_FONT", fonts.cjkPath(), fonts.symbolPath().orElse(null), blank);
        }
        LOG.infof("Certificate fonts: %s, %s", fonts.cjkPath(), fonts.symbolPath().map(Path::toString).orElse("(no symbol font)"));
        return new CertificatePdf(fonts, types);
    }
}
