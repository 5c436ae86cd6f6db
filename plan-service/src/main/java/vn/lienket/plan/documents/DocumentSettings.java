package vn.lienket.plan.documents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.lienket.documents.read.DocumentLimits;
import vn.lienket.documents.read.DocumentReader;

/**
 * What one import may take, from {@code lienket.documents.*}; each unset value is
 * {@link DocumentLimits#defaults()}'s. The multipart limits
 * ({@code spring.servlet.multipart.max-file-size}) sit a little above {@code max-bytes}, so that the
 * reader's refusal, which says more, is the one a caller usually gets.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentSettings.Properties.class)
class DocumentSettings {

    @ConfigurationProperties("lienket.documents")
    record Properties(DataSize maxBytes, Integer maxPages, DataSize maxUnzippedBytes, Integer maxCompressionRatio,
                      Duration timeBudget) {

        DocumentLimits limits() {
            DocumentLimits d = DocumentLimits.defaults();
            return new DocumentLimits(maxBytes == null ? d.maxBytes() : maxBytes.toBytes(),
                    maxPages == null ? d.maxPages() : maxPages,
                    maxUnzippedBytes == null ? d.maxUnzippedBytes() : maxUnzippedBytes.toBytes(),
                    maxCompressionRatio == null ? d.maxCompressionRatio() : maxCompressionRatio,
                    timeBudget == null ? d.timeBudget() : timeBudget);
        }
    }

    @Bean
    DocumentReader documentReader(Properties properties) {
        return new DocumentReader(properties.limits());
    }
}
