package org.alephdeploy.sandbox.store;

import java.util.List;

/**
 * The filters of a message listing (docs/PROTOCOL.md P-5.2); empty lists and nulls mean "no filter".
 * {@code limit} 0 means unlimited.
 *
 * <p>The sandbox's own copy of the listing filters, independent of the client's ccn.MessageFilter.
 */
public record MessageQuery(
        List<String> statuses,
        List<String> hashes,
        List<String> addresses,
        List<String> owners,
        List<String> refs,
        List<String> contentHashes,
        List<String> contentKeys,
        List<String> contentTypes,
        List<String> chains,
        List<String> channels,
        List<String> tags,
        List<String> paymentTypes,
        List<String> types,
        Double startDate,
        Double endDate,
        boolean descending,
        int limit,
        int offset,
        Double afterTime,
        String afterHash) {

    /** Only by status and types, unpaged, oldest first (used internally). */
    public static MessageQuery simple(List<String> statuses, List<String> types) {
        return new MessageQuery(statuses, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), types, null, null, false, 0, 0, null, null);
    }

    String where(List<Object> args) {
        StringBuilder w = new StringBuilder("1 = 1");
        in(w, args, "status", statuses);
        in(w, args, "item_hash", hashes);
        in(w, args, "sender", addresses);
        in(w, args, "owner", owners);
        in(w, args, "content_ref", refs);
        in(w, args, "content_item_hash", contentHashes);
        in(w, args, "content_key", contentKeys);
        in(w, args, "content_type", contentTypes);
        in(w, args, "chain", chains);
        in(w, args, "channel", channels);
        in(w, args, "COALESCE(payment_type, 'hold')", paymentTypes);
        in(w, args, "type", types);
        if (tags != null && !tags.isEmpty()) {
            w.append(" AND EXISTS (SELECT 1 FROM json_each(COALESCE(messages.tags, '[]')) WHERE value IN (")
                    .append("?, ".repeat(tags.size() - 1)).append("?))");
            args.addAll(tags);
        }
        if (startDate != null) {
            w.append(" AND time >= ?");
            args.add(startDate);
        }
        if (endDate != null) {
            w.append(" AND time < ?");
            args.add(endDate);
        }
        return w.toString();
    }

    private static void in(StringBuilder w, List<Object> args, String column, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        w.append(" AND ").append(column).append(" IN (").append("?, ".repeat(values.size() - 1)).append("?)");
        args.addAll(values);
    }
}
