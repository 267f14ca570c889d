package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.rules.CostRules;
import org.alephdeploy.sandbox.rules.MessageCosts;
import org.alephdeploy.sandbox.store.Balances;

/** The answers of {@code /api/v0/price/…} and {@code /api/v0/costs}, shaped as the reference node's. */
final class PriceViews {
    private PriceViews() {
    }

    static ObjectNode price(CostRules.Cost cost, String chargedAddress, boolean withSize) {
        BigDecimal total = cost.total();
        ObjectNode o = Json.object();
        o.put("required_tokens", total.doubleValue());
        o.put("payment_type", cost.paymentType());
        o.put("cost", CostRules.text(total));
        ArrayNode detail = o.putArray("detail");
        cost.details().forEach(d -> detail.add(d.toJson(withSize)));
        o.put("charged_address", chargedAddress);
        return o;
    }

    static ObjectNode costs(Connection c, List<Balances.MessageCost> all, String address, String itemHash, String paymentType,
            long consumedCredits, int details, int page, int pagination) throws SQLException {
        BigDecimal hold = BigDecimal.ZERO;
        BigDecimal stream = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (Balances.MessageCost m : all) {
            hold = hold.add(m.hold());
            stream = stream.add(m.stream());
            credit = credit.add(m.credit());
        }
        ObjectNode o = Json.object();
        ObjectNode summary = o.putObject("summary");
        summary.put("total_consumed_credits", consumedCredits);
        summary.put("total_cost_hold", CostRules.text(hold));
        summary.put("total_cost_stream", CostRules.text(stream));
        summary.put("total_cost_credit", CostRules.text(credit));
        summary.put("resource_count", all.size());
        ObjectNode filters = o.putObject("filters");
        filters.put("address", address);
        filters.put("item_hash", itemHash);
        filters.put("payment_type", paymentType);
        if (details == 0) {
            o.putNull("resources");
            o.putNull("pagination_page");
            o.putNull("pagination_total");
            o.putNull("pagination_per_page");
            o.putNull("pagination_item");
            return o;
        }
        ArrayNode resources = o.putArray("resources");
        int from = Math.min(all.size(), (page - 1) * pagination);
        for (Balances.MessageCost m : all.subList(from, Math.min(all.size(), from + pagination))) {
            ObjectNode r = resources.addObject();
            r.put("item_hash", m.itemHash());
            r.put("owner", m.owner());
            r.put("payment_type", m.paymentType());
            // the sandbox keeps what an address has spent, not what each resource has
            r.put("consumed_credits", 0);
            r.put("cost_hold", CostRules.text(m.hold()));
            r.put("cost_stream", CostRules.text(m.stream()));
            r.put("cost_credit", CostRules.text(m.credit()));
            if (details == 2) {
                ArrayNode d = r.putArray("detail");
                MessageCosts.fromRows(m.paymentType(), Balances.costRows(c, m.itemHash())).details().forEach(x -> d.add(x.toJson(false)));
            } else {
                r.putNull("detail");
            }
        }
        o.put("pagination_page", page);
        o.put("pagination_total", all.size());
        o.put("pagination_per_page", pagination);
        o.put("pagination_item", "resources");
        return o;
    }
}
