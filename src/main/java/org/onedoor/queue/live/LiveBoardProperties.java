package org.onedoor.queue.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The waiting-room board's live stream ({@code onedoor.queue.board.*}).
 *
 * @param buffer        messages waiting for one board before it counts as too slow and is dropped (it reconnects and
 *                      resynchronises)
 * @param replay        messages kept per centre to replay to a board that reconnects with its Last-Event-ID; older
 *                      gaps get a full snapshot instead
 * @param heartbeat     how often an idle stream gets a comment line, so that proxies keep it open
 * @param countsEvery   how often changed waiting counts and estimated waits are pushed (one query per centre, not
 *                      per board)
 * @param streamTimeout the server ends a stream after this long; the browser reconnects at once with its
 *                      Last-Event-ID (keeps long-lived connections from piling up behind dead clients)
 * @param senderThreads threads writing to the boards' connections; the caller of "call next" never writes
 * @param recentCalls   calls in the board's history list
 */
@ConfigurationProperties("onedoor.queue.board")
public record LiveBoardProperties(@DefaultValue("64") int buffer,
                                  @DefaultValue("512") int replay,
                                  @DefaultValue("15s") Duration heartbeat,
                                  @DefaultValue("1s") Duration countsEvery,
                                  @DefaultValue("10m") Duration streamTimeout,
                                  @DefaultValue("4") int senderThreads,
                                  @DefaultValue("8") int recentCalls) {
}
