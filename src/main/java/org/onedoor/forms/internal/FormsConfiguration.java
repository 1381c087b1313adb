package org.onedoor.forms.internal;

import org.onedoor.forms.OfficialForms;
import org.onedoor.platform.OneDoorProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

    @Bean
    OfficialForms officialForms(MessageSource messageSource, OneDoorProperties properties) {
        return new PdfOfficialForms(messageSource, properties.publicUrl());
    }
}
