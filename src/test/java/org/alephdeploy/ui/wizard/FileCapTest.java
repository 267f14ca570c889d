package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rehearsal's file size cap as typed in the review page. */
class FileCapTest {
    @Test
    void readsANumberWithABinaryUnit() {
        assertThat(FileCap.parse("100 MiB")).hasValue(100L * 1024 * 1024);
        assertThat(FileCap.parse(" 100mb ")).hasValue(100L * 1024 * 1024);
        assertThat(FileCap.parse("1.5 GiB")).hasValue(1536L * 1024 * 1024);
        assertThat(FileCap.parse("0,5 KiB")).hasValue(512);
        assertThat(FileCap.parse("2048")).hasValue(2048);
        assertThat(FileCap.parse("0 B")).hasValue(0);
        assertThat(FileCap.parse("2 GiB")).hasValue(FileCap.MAX);
    }

    @Test
    void refusesWhatIsNotASizeFromZeroToTwoGib() {
        assertThat(FileCap.parse("a lot")).isEmpty();
        assertThat(FileCap.parse("-1 MiB")).isEmpty();
        assertThat(FileCap.parse("3 GiB")).isEmpty();
        assertThat(FileCap.parse("10 TB")).isEmpty();
        assertThat(FileCap.parse("")).isEmpty();
        assertThat(FileCap.parse(null)).isEmpty();
    }

    @Test
    void writesTheLargestExactUnit() {
        assertThat(FileCap.format(100L * 1024 * 1024)).isEqualTo("100 MiB");
        assertThat(FileCap.format(1536L * 1024)).isEqualTo("1536 KiB");
        assertThat(FileCap.format(1000)).isEqualTo("1000 B");
        assertThat(FileCap.format(0)).isEqualTo("0 B");
        assertThat(FileCap.parse(FileCap.format(123_456_789))).hasValue(123_456_789);
    }
}
