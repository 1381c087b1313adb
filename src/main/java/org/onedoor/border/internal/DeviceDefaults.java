package org.onedoor.border.internal;

import java.util.Optional;

import org.onedoor.border.FaceCamera;
import org.onedoor.border.FingerprintReader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** No devices by default: an installation with a fingerprint reader or face camera provides its own bean. */
@Configuration(proxyBeanMethods = false)
class DeviceDefaults {

    @Bean
    @ConditionalOnMissingBean
    FingerprintReader noFingerprintReader() {
        return (gate, document) -> Optional.empty();
    }

    @Bean
    @ConditionalOnMissingBean
    FaceCamera noFaceCamera() {
        return (gate, document) -> Optional.empty();
    }
}
