package org.onedoor.workflow;

/**
 * The engine's answer to an allowed action.
 *
 * @param from     step before
 * @param to       step after
 * @param status   resulting status name, or null to keep the current status
 * @param joined   a consultation joined with this action
 */
public record Move(String from, String to, String status, boolean joined) {

    public boolean staysInStep() {
        return from.equals(to);
    }
}
