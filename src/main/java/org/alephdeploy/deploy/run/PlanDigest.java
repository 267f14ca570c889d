package org.alephdeploy.deploy.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.message.CanonicalJson;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import java.util.Locale;

/**
 * What a plan will sign, as one SHA-256: the network, the owner, the signer and every step with
 * its exact content templates. The only fields left free are those the runner fills at signing
 * (each content's {@code time} and the hashes of uploads and earlier steps, recorded as the step
 * they come from). The same plan made again on the same state has the same digest; a plan made
 * on another state (an amended program, another account or network) does not.
 */
public final class PlanDigest {
    private PlanDigest() {
    }

    public static String of(Plan plan, String network, String owner, String signer) {
        ObjectNode o = Json.object();
        o.put("network", network);
        o.put("owner", owner == null ? null : owner.toLowerCase(Locale.ROOT));
        o.put("signer", signer == null ? null : signer.toLowerCase(Locale.ROOT));
        o.set("intent", PlanCodec.encodeIntent(plan.intent()));
        ArrayNode steps = o.putArray("steps");
        for (JsonNode s : PlanCodec.encode(plan).path("steps")) {
            ObjectNode step = (ObjectNode) s.deepCopy();
            step.remove("words");
            if (step.path("template").path("content").isObject()) {
                ((ObjectNode) step.get("template").get("content")).remove("time");
            }
            steps.add(step);
        }
        return ItemHashes.sha256Hex(CanonicalJson.write(o).getBytes(StandardCharsets.UTF_8));
    }
}
