/**
 * The waiting-room board's live stream (decision 0410): ticket events fanned out after commit to the boards
 * connected per centre over server-sent events, with a replay ring for reconnecting boards and snapshots to
 * resynchronise.
 */
package org.onedoor.queue.live;
