package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alephdeploy.sandbox.store.AggregateTable;
import org.alephdeploy.sandbox.store.Balances;
import org.alephdeploy.sandbox.store.FileTable;

/** {@link CostRules} on the sandbox's data: the stored pricing aggregate and the sizes of the files references name. */
public final class MessageCosts {
    private MessageCosts() {
    }

    /** The merged pricing aggregate of its official owner, or null (the rules then use the defaults). */
    public static JsonNode pricingAggregate(Connection c) throws SQLException {
        return AggregateTable.get(c, PriceTable.OWNER, PriceTable.KEY).map(a -> (JsonNode) a.content()).orElse(null);
    }

    /** A STORE's file size in MiB, or null when the file is not on the node. */
    public static BigDecimal storeMib(Connection c, ObjectNode content) throws SQLException {
        return FileTable.file(c, content.path("item_hash").asText("")).map(f -> CostRules.mibOf(f.size())).orElse(null);
    }

    /** The cost of a message with this content; {@code estimate}: sizes may come from {@code estimated_size_mib}. */
    public static CostRules.Cost of(Connection c, String type, ObjectNode content, boolean estimate) throws SQLException {
        BigDecimal storeMib = type.equals("STORE") ? storeMib(c, content) : null;
        return CostRules.of(type, content, pricingAggregate(c), storeMib, sizes(c), estimate);
    }

    /** File sizes as the node resolves references: {@code use_latest} by the tag, otherwise by the STORE's own pin. */
    public static CostRules.Sizes sizes(Connection c) {
        return (ref, latest) -> {
            try {
                Optional<String> file = latest ? FileTable.tag(c, ref).map(FileTable.Tag::fileHash)
                        : FileTable.messagePin(c, ref).map(FileTable.Pin::fileHash);
                if (file.isEmpty()) {
                    return Optional.empty();
                }
                return FileTable.file(c, file.get()).map(f -> CostRules.mibOf(f.size()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The rows to keep for a processed message. */
    public static List<Balances.CostRow> rows(String itemHash, String owner, CostRules.Cost cost) {
        List<Balances.CostRow> rows = new ArrayList<>();
        for (CostRules.Detail d : cost.details()) {
            rows.add(new Balances.CostRow(itemHash, owner, cost.paymentType(), d.type(), d.name(), d.ref(), d.hold(), d.stream(),
                    d.credit(), d.sizeMib()));
        }
        return rows;
    }

    /** A stored message's cost from its rows. */
    public static CostRules.Cost fromRows(String paymentType, List<Balances.CostRow> rows) {
        List<CostRules.Detail> details = new ArrayList<>();
        for (Balances.CostRow r : rows) {
            details.add(new CostRules.Detail(r.type(), r.name(), r.ref(), r.hold(), r.stream(), r.credit(), r.sizeMib()));
        }
        return new CostRules.Cost(paymentType, details);
    }
}
