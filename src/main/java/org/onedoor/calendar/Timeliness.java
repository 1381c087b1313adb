package org.onedoor.calendar;

/** How a finished dossier or step compares with its due date (Circular 01/2018, Decision 766). */
public enum Timeliness { EARLY, ON_TIME, LATE }
