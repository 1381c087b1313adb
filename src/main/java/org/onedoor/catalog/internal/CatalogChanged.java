package org.onedoor.catalog.internal;

/** Published inside the catalogue module after an import changed procedures (cached versions are dropped). */
record CatalogChanged() {
}
