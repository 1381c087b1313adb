/** Public portal: procedure search and detail, online submission, receipt, public tracking. */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.onedoor.portal;
