/**
 * File storage behind an interface: content-addressed (SHA-256) files under the data directory by default;
 * an S3-compatible store can replace it without touching callers. API: {@link org.onedoor.storage.FileStore}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File storage")
package org.onedoor.storage;
