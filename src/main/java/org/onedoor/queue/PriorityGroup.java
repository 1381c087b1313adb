package org.onedoor.queue;

/** Citizens served with priority (interleaved, never an absolute jump: decision 0400). */
public enum PriorityGroup { ELDERLY, DISABLED, PREGNANT, INFANT }
