/**
 * Platform: what every deployment needs before any capability runs. The data directory, the database
 * (embedded PostgreSQL by default, any external PostgreSQL by configuration), per-module schema migrations,
 * locale handling, the RFC 9457 error format and the page layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onedoor.platform;
