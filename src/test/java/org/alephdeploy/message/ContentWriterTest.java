package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.ArrayList;

class ContentWriterTest {
    private static final String A = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private static final String CODE = "a35eb3f8d8e9379cb06929ce1b26f24579c86c82a55f63028ed0ceb69749f303";
    private static final String RUNTIME = "314385a8141b683aff5178b9c6430c047f4cbd9a2de2505622a8173234353a93";
    private static final String DATA = "003db74fa12c3bf86bb041f4340aa01bf1100f54f73f611bc1215355dba7d2cb";

    /** The node-minimal PROGRAM of P-3.10. */
    private static final String NODE_MINIMAL = "{\"address\":\"" + A + "\",\"time\":1767225610.0,\"type\":\"vm-function\","
            + "\"allow_amend\":false,\"code\":{\"encoding\":\"zip\",\"entrypoint\":\"main:app\",\"ref\":\"" + CODE + "\"},"
            + "\"on\":{\"http\":true},\"environment\":{},\"resources\":{},\"runtime\":{\"ref\":\"" + RUNTIME + "\",\"comment\":\"\"}}";

    private static String canonical(String content) {
        return CanonicalJson.write(ContentWriter.canonicalProgram(Json.parseObject(content)));
    }

    private static String synthetic(String file) throws IOException {
        return Message.parse(Files.readString(Fixtures.dir().resolve("synthetic").resolve(file))).itemContent();
    }

    @Test
    void nodeMinimalProgramBecomesCanonical() {
        assertThat(canonical(NODE_MINIMAL)).isEqualTo("{\"address\":\"" + A + "\",\"time\":1767225610.0,\"allow_amend\":false,"
                + "\"environment\":{\"reproducible\":false,\"internet\":false,\"aleph_api\":false,\"shared_cache\":false},"
                + "\"resources\":{\"vcpus\":1,\"memory\":128,\"seconds\":1},\"volumes\":[],\"type\":\"vm-function\","
                + "\"code\":{\"encoding\":\"zip\",\"entrypoint\":\"main:app\",\"ref\":\"" + CODE + "\",\"use_latest\":false},"
                + "\"runtime\":{\"ref\":\"" + RUNTIME + "\",\"use_latest\":true,\"comment\":\"\"},\"on\":{\"http\":true}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-04-program.json", "synthetic-06-program-amend.json", "synthetic-08-program-sender-b-address-a.json"})
    void canonicalProgramsStayByteForByte(String file) throws IOException {
        String itemContent = synthetic(file);

        assertThat(canonical(itemContent)).isEqualTo(itemContent);
    }

    @Test
    void everyNonNullDefaultIsFilled() {
        ObjectNode in = Json.parseObject("{\"address\":\"" + A + "\",\"time\":1.0,\"allow_amend\":true,"
                + "\"code\":{\"encoding\":\"zip\",\"entrypoint\":\"main:app\",\"ref\":\"" + CODE + "\"},"
                + "\"runtime\":{\"ref\":\"" + RUNTIME + "\"},\"on\":{\"http\":true},"
                + "\"data\":{\"encoding\":\"zip\",\"mount\":\"/data\",\"ref\":\"" + DATA + "\"},"
                + "\"resources\":{\"published_ports\":[{\"port\":8080}]},"
                + "\"volumes\":[{\"ref\":\"" + DATA + "\",\"mount\":\"/opt\"},"
                + "{\"mount\":\"/cache\",\"size_mib\":5},"
                + "{\"mount\":\"/state\",\"name\":\"state\",\"persistence\":\"host\",\"size_mib\":100,\"parent\":{\"ref\":\"" + DATA + "\"}}]}");

        ObjectNode out = ContentWriter.canonicalProgram(in);

        assertThat(out.at("/environment").toString())
                .isEqualTo("{\"reproducible\":false,\"internet\":false,\"aleph_api\":false,\"shared_cache\":false}");
        assertThat(CanonicalJson.write(out.get("resources")))
                .isEqualTo("{\"vcpus\":1,\"memory\":128,\"seconds\":1,\"published_ports\":[{\"protocol\":\"tcp\",\"port\":8080}]}");
        assertThat(out.at("/code/use_latest").booleanValue()).isFalse();
        assertThat(out.at("/runtime/use_latest").booleanValue()).isTrue();
        assertThat(out.at("/runtime/comment").textValue()).isEmpty();
        assertThat(out.at("/data/use_latest").booleanValue()).isFalse();
        assertThat(CanonicalJson.write(out.at("/volumes/0")))
                .isEqualTo("{\"mount\":\"/opt\",\"ref\":\"" + DATA + "\",\"use_latest\":true}");
        assertThat(CanonicalJson.write(out.at("/volumes/1"))).isEqualTo("{\"mount\":\"/cache\",\"ephemeral\":true,\"size_mib\":5}");
        assertThat(CanonicalJson.write(out.at("/volumes/2"))).isEqualTo("{\"mount\":\"/state\",\"parent\":{\"ref\":\"" + DATA
                + "\",\"use_latest\":true},\"persistence\":\"host\",\"name\":\"state\",\"size_mib\":100}");
        assertThat(out.get("type").textValue()).isEqualTo("vm-function");
        assertThat(in.at("/code").has("use_latest")).as("input untouched").isFalse();
    }

    @Test
    void givenValuesWinOverDefaults() {
        ObjectNode in = Json.parseObject(NODE_MINIMAL);
        in.withObject("/code").put("use_latest", true);
        in.withObject("/resources").put("seconds", 30);
        in.withObject("/environment").put("internet", true);
        in.putArray("volumes").addObject().put("ref", DATA).put("use_latest", false);

        ObjectNode out = ContentWriter.canonicalProgram(in);

        assertThat(out.at("/code/use_latest").booleanValue()).isTrue();
        assertThat(out.at("/resources/seconds").intValue()).isEqualTo(30);
        assertThat(out.at("/environment/internet").booleanValue()).isTrue();
        assertThat(out.at("/volumes/0/use_latest").booleanValue()).isFalse();
    }

    @Test
    void nullsAreDroppedExceptInsideFreeFormMaps() {
        ObjectNode in = Json.parseObject(NODE_MINIMAL);
        in.putNull("replaces");
        in.putNull("payment");
        in.withObject("/code").putNull("interface");
        in.withObject("/metadata").putNull("kept");
        in.withObject("/variables").put("A", "1");

        ObjectNode out = ContentWriter.canonicalProgram(in);

        assertThat(out.has("replaces")).isFalse();
        assertThat(out.has("payment")).isFalse();
        assertThat(out.at("/code").has("interface")).isFalse();
        assertThat(out.at("/metadata").has("kept")).isTrue();
        assertThat(out.at("/metadata/kept").isNull()).isTrue();
    }

    @Test
    void unknownFieldsAreKeptAfterTheKnownOnes() {
        ObjectNode in = Json.parseObject("{\"x_first\":1," + NODE_MINIMAL.substring(1));
        in.withObject("/code").put("x_code", "kept");

        ObjectNode out = ContentWriter.canonicalProgram(in);

        List<String> keys = new ArrayList<>();
        out.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).endsWith("on", "x_first");
        assertThat(out.at("/code/x_code").textValue()).isEqualTo("kept");
    }

    @Test
    void canonicalIsIdempotent() {
        String once = canonical(NODE_MINIMAL);

        assertThat(canonical(once)).isEqualTo(once);
    }

    @Test
    void builtStoreForgetAndAggregateMatchTheSyntheticMessages() throws IOException {
        Payment eth = new Payment("ETH", null, Payment.HOLD);
        ObjectNode store = ContentWriter.store(A, new BigDecimal("1767225600.0"), ItemType.STORAGE,
                "c5afc5cf5a0153daac34c991a23f67975b9a1b3f1af5582300aa093b5ddfec0c", null, null, eth);
        ObjectNode revision = ContentWriter.store(A, new BigDecimal("1767225620.0"), ItemType.STORAGE,
                "24c7dd7659539d7497163fb58d614f8ae087cad05831aea0fe0be9172bab4f05", CODE, Json.object(), eth);
        ObjectNode forget = ContentWriter.forget(A, new BigDecimal("1767225660.0"),
                List.of("6c69b3c8783f857e0aa636ccd6a3aa914ed83aae7065ba9a78f93d75702e55b5",
                        "358c3773c7c8ec041420573c19bf5733ef6e0e7532a57d01d99d0af713aef9f5"), "User deletion");
        ObjectNode security = Json.parseObject("{\"authorizations\":[{\"address\":\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\","
                + "\"types\":[\"STORE\",\"PROGRAM\"],\"channels\":[\"TEST\"]}]}");
        ObjectNode aggregate = ContentWriter.aggregate(A, new BigDecimal("1767225650.0"), "security", security);

        assertThat(CanonicalJson.write(store)).isEqualTo(synthetic("synthetic-01-store-code-v1.json"));
        assertThat(CanonicalJson.write(revision)).isEqualTo(synthetic("synthetic-05-store-code-v2-update.json"));
        assertThat(CanonicalJson.write(forget)).isEqualTo(synthetic("synthetic-10-forget-programs.json"));
        assertThat(CanonicalJson.write(aggregate)).isEqualTo(synthetic("synthetic-09-aggregate-security.json"));
    }

    @Test
    void postContent() {
        ObjectNode post = ContentWriter.post(A, new BigDecimal("2.0"), "amend", Json.parseObject("{\"body\":\"edited\"}"), CODE);

        assertThat(CanonicalJson.write(post)).isEqualTo("{\"address\":\"" + A + "\",\"time\":2.0,\"type\":\"amend\","
                + "\"content\":{\"body\":\"edited\"},\"ref\":\"" + CODE + "\"}");
    }
}
