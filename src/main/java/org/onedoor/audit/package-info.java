/**
 * Audit trail: an append-only, hash-chained record of every change and every read of personal data,
 * so that tampering with the trail itself shows. API: {@link org.onedoor.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.onedoor.audit;
