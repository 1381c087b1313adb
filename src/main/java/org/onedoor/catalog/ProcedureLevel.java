package org.onedoor.catalog;

/** Level of the online public service (Decree 42/2022): full-process online or partly online. */
public enum ProcedureLevel { FULL_ONLINE, PARTLY_ONLINE, INFORMATION_ONLY }
