package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesAndHashesTest {
    @Test
    void isoOmitsZeroFractions() {
        assertThat(Times.iso(new BigDecimal("1767225600.0"))).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(Times.iso(new BigDecimal("1767225600"))).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(Times.iso(new BigDecimal("1665054954.517756"))).isEqualTo("2022-10-06T11:15:54.517756Z");
        assertThat(Times.iso(new BigDecimal("1767225610.5"))).isEqualTo("2026-01-01T00:00:10.500000Z");
    }

    @Test
    void isoDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(Times.iso(new BigDecimal("1767225610.5"))).isEqualTo("2026-01-01T00:00:10.500000Z");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2022-10-06T11:15:54.517756Z|1665054954.517756",
        "2022-10-06T11:15:54.517756|1665054954.517756",
        "2022-10-06T11:15:54.517756+00:00|1665054954.517756",
        "2022-10-06T13:15:54.517756+02:00|1665054954.517756",
        "2022-10-06T11:15:54.517756+0000|1665054954.517756",
        "2022-10-06T06:15:54.517756-05:00|1665054954.517756",
        "2022-10-06 11:15:54.517756+00:00|1665054954.517756",
        "2024-11-20T16:02:43.214390+00:00|1732118563.21439",
        "2026-01-01T00:00:00Z|1767225600.0",
        "2026-01-01T00:00:00+00:00|1767225600.0",
        "2026-01-01T00:00:00|1767225600.0",
        "2026-01-01T00:00:10.5z|1767225610.5"})
    void parseIsoReadsEveryFormNodesPrint(String text, String seconds) {
        BigDecimal parsed = Times.parseIso(text);

        assertThat(parsed).isEqualTo(new BigDecimal(seconds));
        assertThat(parsed.scale()).isPositive();
        assertThat(parsed.toString()).doesNotContain("E");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "1767225600", "2026-13-01T00:00:00Z", "2026-01-01"})
    void parseIsoReturnsNullForOtherText(String text) {
        assertThat(Times.parseIso(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z",
        "2026-01-01T00:00:00.1234567890Z", "2026-01-01T00:00:0aZ", "2026-01-01X00:00:00Z",
        "2026-01-01T00:00:00.12x4Z", "+2026-01-01T00:00:00Z"})
    void parseIsoRefusesAlmostTimes(String text) {
        assertThat(Times.parseIso(text)).isNull();
    }

    @Test
    void parseIsoReadsRandomTimesInEveryUtcShape() {
        Random random = new Random(15);
        for (int i = 0; i < 2_000; i++) {
            long second = random.nextInt(2_000_000_000);
            int digits = random.nextInt(10);
            int nanos = digits == 0 ? 0 : random.nextInt(1_000_000_000) / (int) Math.pow(10, 9 - digits) * (int) Math.pow(10, 9 - digits);
            String base = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC));
            if (base.length() == 16) {
                base += ":00";
            }
            String fraction = digits == 0 ? "" : "." + String.format(Locale.ROOT, "%09d", nanos).substring(0, digits);
            String zone = new String[] {"", "Z", "+00:00", "+0000", "z"}[random.nextInt(5)];
            String text = (random.nextBoolean() ? base : base.replace('T', ' ')) + fraction + zone;
            BigDecimal expected = BigDecimal.valueOf(second).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros();
            assertThat(Times.parseIso(text)).as(text).isEqualByComparingTo(expected);
            assertThat(Times.parseIso(text).scale()).as(text).isPositive();
        }
    }

    @Test
    void isoAndParseIsoRoundTrip() {
        for (String s : new String[] {"1767225600.0", "1665054954.517756", "1.5", "1732118563.21439"}) {
            assertThat(Times.parseIso(Times.iso(new BigDecimal(s)))).isEqualTo(new BigDecimal(s));
        }
    }

    @Test
    void ofMillisKeepsOneFractionDigitAtLeast() {
        assertThat(Times.ofMillis(1767225600000L)).hasToString("1767225600.0");
        assertThat(Times.ofMillis(1767225600120L)).hasToString("1767225600.12");
        assertThat(Times.ofMillis(1767225600123L)).hasToString("1767225600.123");
        assertThat(Times.now().scale()).isBetween(1, 3);
    }

    @Test
    void itemHashOfContentIsSha256OfUtf8() {
        assertThat(ItemHashes.ofContent("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ItemHashes.ofContent("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ItemHashes.ofContent("é")).isEqualTo(ItemHashes.sha256Hex(new byte[] {(byte) 0xc3, (byte) 0xa9}));
    }

    private static final String HEX = "c5afc5cf5a0153daac34c991a23f67975b9a1b3f1af5582300aa093b5ddfec0c";
    private static final String CID0 = "QmYULJoNGPDmoRq4WNWTDTUvJGJv1hosox8H6vVd1kCsY8";
    private static final String CID1 = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    @Test
    void strictShapes() {
        assertThat(CID1).hasSize(59);
        assertThat(ItemHashes.strictShape(HEX)).contains(ItemType.STORAGE);
        assertThat(ItemHashes.strictShape(CID0)).contains(ItemType.IPFS);
        assertThat(ItemHashes.strictShape(CID1)).contains(ItemType.IPFS);
        assertThat(ItemHashes.strictShape(HEX.toUpperCase(Locale.ROOT))).isEmpty();
        assertThat(ItemHashes.strictShape("Qm" + "0".repeat(44))).as("0 is not base58").isEmpty();
        assertThat(ItemHashes.strictShape("Qm" + "O".repeat(44))).as("O is not base58").isEmpty();
        assertThat(ItemHashes.strictShape(CID0.substring(0, 43))).as("too short").isEmpty();
        assertThat(ItemHashes.strictShape(CID0 + "a")).as("47 chars").isEmpty();
        assertThat(ItemHashes.strictShape("bafy" + "B".repeat(55))).as("base32 is lowercase").isEmpty();
        assertThat(ItemHashes.strictShape("bafy" + "1".repeat(55))).as("1 is not base32").isEmpty();
        assertThat(ItemHashes.strictShape(HEX + "\n")).isEmpty();
        assertThat(ItemHashes.strictShape("security")).isEmpty();
        assertThat(ItemHashes.strictShape(null)).isEmpty();
        assertThat(ItemHashes.isItemHash(CID0)).isTrue();
        assertThat(ItemHashes.isSha256Hex(HEX)).isTrue();
        assertThat(ItemHashes.isSha256Hex(CID0)).isFalse();
        assertThat(ItemHashes.isSha256Hex("0123456789abcdef".repeat(4))).isTrue();
        for (char outside : new char[] {'/', ':', '`', 'g', 'A', 'F', ' '}) {
            assertThat(ItemHashes.isSha256Hex(HEX.substring(0, 63) + outside)).as("ends with %s", outside).isFalse();
            assertThat(ItemHashes.isSha256Hex(outside + HEX.substring(1))).as("starts with %s", outside).isFalse();
        }
        assertThat(ItemHashes.isSha256Hex(HEX.substring(1))).as("63 chars").isFalse();
        assertThat(ItemHashes.isSha256Hex(HEX + "a")).as("65 chars").isFalse();
        assertThat(ItemHashes.isSha256Hex(null)).isFalse();
    }

    @Test
    void aCidIsTheIpfsShapeOnly() {
        assertThat(ItemHashes.isCid(CID0)).isTrue();
        assertThat(ItemHashes.isCid(CID1)).isTrue();
        assertThat(ItemHashes.isCid(CID0.substring(0, 44))).as("the node takes 44..46 characters").isTrue();
        assertThat(ItemHashes.isCid(HEX)).as("a storage hash is no CID").isFalse();
        assertThat(ItemHashes.isCid("bafk" + CID1.substring(4))).as("only bafy CIDv1").isFalse();
        assertThat(ItemHashes.isCid(CID1 + "a")).isFalse();
        assertThat(ItemHashes.isCid(null)).isFalse();
    }

    @Test
    void lenientShapesOnlyLookAtPrefixAndLength() {
        assertThat(ItemHashes.lenientShape(HEX.toUpperCase(Locale.ROOT))).contains(ItemType.STORAGE);
        assertThat(ItemHashes.lenientShape("x".repeat(64))).contains(ItemType.STORAGE);
        assertThat(ItemHashes.lenientShape("Qm" + "0".repeat(42))).contains(ItemType.IPFS);
        assertThat(ItemHashes.lenientShape("Qm" + "0".repeat(44))).contains(ItemType.IPFS);
        assertThat(ItemHashes.lenientShape("Qm" + "0".repeat(45))).isEmpty();
        assertThat(ItemHashes.lenientShape("bafy" + "B".repeat(55))).contains(ItemType.IPFS);
        assertThat(ItemHashes.lenientShape("bafy" + "b".repeat(56))).isEmpty();
        assertThat(ItemHashes.lenientShape("fake-hash")).isEmpty();
        assertThat(ItemHashes.lenientShape(null)).isEmpty();
    }
}
