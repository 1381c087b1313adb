package org.onedoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle exists in Vietnamese (the base file), English and Indonesian with the same keys and no
 * empty values, so no page ever shows a raw key or falls back to another language.
 */
class I18nBundlesTest {

    static Stream<String> bundles() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        Set<String> names = new TreeSet<>();
        for (Resource r : resources) {
            String file = r.getFilename();
            if (file != null && !file.contains("_")) {
                names.add(file.substring(0, file.length() - ".properties".length()));
            }
        }
        assertThat(names).contains("messages");
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishAndIndonesianHaveExactlyTheVietnameseKeys(String bundle) throws IOException {
        Properties vi = load(bundle + ".properties");
        for (String lang : List.of("en", "id")) {
            Properties other = load(bundle + "_" + lang + ".properties");
            assertThat(new TreeSet<>(other.stringPropertyNames()))
                    .as("keys of %s_%s.properties", bundle, lang)
                    .isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noValueIsBlank(String bundle) throws IOException {
        List<String> blank = new ArrayList<>();
        for (String suffix : List.of("", "_en", "_id")) {
            Properties p = load(bundle + suffix + ".properties");
            p.forEach((k, v) -> {
                if (v.toString().isBlank()) {
                    blank.add(bundle + suffix + ":" + k);
                }
            });
        }
        assertThat(blank).isEmpty();
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as("bundle file %s", file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
