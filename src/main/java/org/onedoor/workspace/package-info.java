/** Officer workspace: inboxes per step, dossier detail, actions, counter intake, printing of forms. */
@org.springframework.modulith.ApplicationModule(displayName = "Officer workspace")
package org.onedoor.workspace;
