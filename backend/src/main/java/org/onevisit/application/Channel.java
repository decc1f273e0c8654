package org.onevisit.application;

/** How an application came in: online, at a window (walk-in), or by post. */
public enum Channel { ONLINE, WINDOW, POST }
