package org.onedoor.queue.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveBoardProperties.class)
class LiveBoardConfiguration {
}
