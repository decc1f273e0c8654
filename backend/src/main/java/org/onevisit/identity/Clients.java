package org.onevisit.identity;

import io.vertx.core.http.HttpServerRequest;
import org.onevisit.identity.AuthDtos.ClientInfo;

/** The caller's address: the socket peer, or the forwarded client when a trusted proxy is configured. */
public final class Clients {

    private Clients() {
    }

    public static ClientInfo of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return new ClientInfo("unknown");
        }
        return new ClientInfo(request.remoteAddress().hostAddress());
    }
}
