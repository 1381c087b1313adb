/**
 * Shared kernel: small value types (time limits, Vietnam time), error types and i18n helpers that every module may use.
 * Keep it small: anything with behaviour of its own belongs in a capability module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onedoor.common;
