package org.onevisit.notification;

/**
 * Sends a text message. The default implementation only logs (with the number masked); a deployment
 * provides a bean of this type that talks to its SMS provider.
 */
public interface SmsGateway {

    void send(String mobile, String text);
}
