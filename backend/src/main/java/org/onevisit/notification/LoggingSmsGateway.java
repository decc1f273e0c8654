package org.onevisit.notification;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.onevisit.identity.Masking;

/** The default SMS gateway: writes the message to the log, the number masked. */
@DefaultBean
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String mobile, String text) {
        LOG.infof("SMS to %s: %s", Masking.mobile(mobile), text);
    }
}
