/**
 * Workflows: declarative, versioned process definitions (steps, roles, time budgets, allowed actions, parallel
 * consultation), shared templates, validation at start, and the state machine that applies actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflows")
package org.onedoor.workflow;
