package org.onedoor.dossier;

import java.util.List;

/** A page of inbox rows and the total number of matching dossiers. */
public record InboxPage(List<InboxRow> rows, int page, int size, long total) {
}
