package vn.lienket.province.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienket.documents.read.DocumentReader;

/** The one reader every import of this service reads with, within the configured limits. */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    @Bean
    DocumentReader documentReader(DocumentsProperties properties) {
        return new DocumentReader(properties.limits());
    }
}
