package org.onevisit.application;

/** The answer first given to a request carrying an Idempotency-Key. */
public record IdempotencyRecord(int status, String body) {}
