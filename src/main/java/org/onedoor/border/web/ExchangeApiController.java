package org.onedoor.border.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import org.onedoor.border.BorderExchange;
import org.onedoor.border.WatchListUpdate;
import org.onedoor.common.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Watch-list updates pushed by the national border-gate system, authenticated by a shared secret
 * ({@code onedoor.border.exchange.inbound-secret}; closed while blank). Each update applies once by its id.
 */
@RestController
@Tag(name = "Border gate: exchange")
class ExchangeApiController {

    private final BorderExchange exchange;
    private final String secret;

    ExchangeApiController(BorderExchange exchange,
                          @Value("${onedoor.border.exchange.inbound-secret:}") String secret) {
        this.exchange = exchange;
        this.secret = secret;
    }

    @PostMapping("/api/v1/public/border/exchange/watch-list")
    @Operation(summary = "Apply watch-list updates from the national border-gate system (shared secret)")
    Map<String, Integer> updates(@RequestHeader(name = "X-Exchange-Secret", required = false) String given,
                                 @RequestBody List<WatchListUpdate> updates) {
        if (secret.isBlank() || given == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "border.ops.error.exchangeSecret");
        }
        int applied = 0;
        for (WatchListUpdate u : updates) {
            applied += exchange.apply(u) ? 1 : 0;
        }
        return Map.of("received", updates.size(), "applied", applied);
    }
}
