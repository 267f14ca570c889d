package org.alephdeploy.ccn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;

/**
 * The filters of {@code GET /api/v0/messages.json} (P-5.2), without paging (the client adds
 * {@code page}, {@code pagination} or {@code cursor}). Values are sent exactly as given: the node
 * compares addresses as exact strings (P-2.3). Immutable; build with {@link #builder()}.
 */
public final class MessageFilter {
    /** The {@code sortBy} values. */
    public enum SortBy {
        TIME("time"), TX_TIME("tx-time");

        private final String wire;

        SortBy(String wire) {
            this.wire = wire;
        }
    }

    /** The {@code sortOrder} values: newest first is the node's default. */
    public enum SortOrder {
        NEWEST_FIRST("-1"), OLDEST_FIRST("1");

        private final String wire;

        SortOrder(String wire) {
            this.wire = wire;
        }
    }

    /** The {@code contentFormat} values. */
    public enum ContentFormat {
        FULL("full"), HEADERS("headers"), NONE("none");

        private final String wire;

        ContentFormat(String wire) {
            this.wire = wire;
        }
    }

    private final Map<String, String> query;
    private final boolean skeletons;

    private MessageFilter(Map<String, String> query, boolean skeletons) {
        this.query = query;
        this.skeletons = skeletons;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No filter: the node's defaults (processed and removing messages, newest first). */
    public static MessageFilter all() {
        return builder().build();
    }

    /** The query parameters, in a stable order. */
    public Map<String, String> toQuery() {
        return new LinkedHashMap<>(query);
    }

    /** True when the listing returns {@link ForgottenEntry} skeletons ({@code forgotten} or {@code removed} alone). */
    public boolean isSkeletonListing() {
        return skeletons;
    }

    @Override
    public String toString() {
        return query.toString();
    }

    /** Builds a {@link MessageFilter}; each list setter replaces the previous value. */
    public static final class Builder {
        private List<MessageType> msgTypes = List.of();
        private List<MessageStatus> msgStatuses = List.of();
        private final Map<String, List<String>> lists = new LinkedHashMap<>();
        private BigDecimal startDate;
        private BigDecimal endDate;
        private Long startBlock;
        private Long endBlock;
        private SortBy sortBy;
        private SortOrder sortOrder;
        private ContentFormat contentFormat;

        private Builder() {
        }

        public Builder msgTypes(MessageType... types) {
            msgTypes = List.of(types);
            return this;
        }

        public Builder msgStatuses(MessageStatus... statuses) {
            msgStatuses = List.of(statuses);
            return this;
        }

        /** Senders (exact strings). */
        public Builder addresses(String... values) {
            return list("addresses", values);
        }

        /** Owners: {@code content.address} (exact strings); includes messages posted by delegates. */
        public Builder owners(String... values) {
            return list("owners", values);
        }

        public Builder refs(String... values) {
            return list("refs", values);
        }

        public Builder contentHashes(String... values) {
            return list("contentHashes", values);
        }

        public Builder contentKeys(String... values) {
            return list("contentKeys", values);
        }

        public Builder contentTypes(String... values) {
            return list("contentTypes", values);
        }

        public Builder chains(String... values) {
            return list("chains", values);
        }

        public Builder channels(String... values) {
            return list("channels", values);
        }

        public Builder hashes(String... values) {
            return list("hashes", values);
        }

        public Builder tags(String... values) {
            return list("tags", values);
        }

        public Builder paymentTypes(String... values) {
            return list("paymentTypes", values);
        }

        /** Envelope time lower bound, inclusive, in seconds. */
        public Builder startDate(BigDecimal seconds) {
            startDate = seconds;
            return this;
        }

        public Builder startDate(Instant instant) {
            return startDate(seconds(instant));
        }

        /** Envelope time upper bound, exclusive, in seconds. */
        public Builder endDate(BigDecimal seconds) {
            endDate = seconds;
            return this;
        }

        public Builder endDate(Instant instant) {
            return endDate(seconds(instant));
        }

        public Builder startBlock(long height) {
            startBlock = height;
            return this;
        }

        public Builder endBlock(long height) {
            endBlock = height;
            return this;
        }

        public Builder sortBy(SortBy value) {
            sortBy = value;
            return this;
        }

        public Builder sortOrder(SortOrder value) {
            sortOrder = value;
            return this;
        }

        public Builder contentFormat(ContentFormat value) {
            contentFormat = value;
            return this;
        }

        public MessageFilter build() {
            boolean skeletons = msgStatuses.contains(MessageStatus.FORGOTTEN) || msgStatuses.contains(MessageStatus.REMOVED);
            if (skeletons && msgStatuses.size() > 1) {
                throw new IllegalArgumentException("the 'forgotten' and 'removed' statuses must be listed alone");
            }
            if (skeletons) {
                for (String key : List.of("refs", "contentTypes", "contentHashes", "contentKeys", "tags")) {
                    if (lists.containsKey(key)) {
                        throw new IllegalArgumentException(key + " cannot filter a listing of deleted messages");
                    }
                }
            }
            if (startDate != null && endDate != null && endDate.compareTo(startDate) < 0) {
                throw new IllegalArgumentException("endDate is before startDate");
            }
            Map<String, String> q = new LinkedHashMap<>();
            if (!msgTypes.isEmpty()) {
                q.put("msgTypes", join(msgTypes.stream().map(MessageType::wire).toList()));
            }
            if (!msgStatuses.isEmpty()) {
                q.put("msgStatuses", join(msgStatuses.stream().map(MessageStatus::wire).toList()));
            }
            lists.forEach((k, v) -> q.put(k, join(v)));
            if (startDate != null) {
                q.put("startDate", startDate.toPlainString());
            }
            if (endDate != null) {
                q.put("endDate", endDate.toPlainString());
            }
            if (startBlock != null) {
                q.put("startBlock", startBlock.toString());
            }
            if (endBlock != null) {
                q.put("endBlock", endBlock.toString());
            }
            if (sortBy != null) {
                q.put("sortBy", sortBy.wire);
            }
            if (sortOrder != null) {
                q.put("sortOrder", sortOrder.wire);
            }
            if (contentFormat != null) {
                q.put("contentFormat", contentFormat.wire);
            }
            return new MessageFilter(q, skeletons);
        }

        private Builder list(String key, String... values) {
            List<String> clean = new ArrayList<>();
            for (String v : Arrays.asList(values)) {
                if (v == null || v.isEmpty() || v.contains(",")) {
                    throw new IllegalArgumentException(key + " values must be non-empty and contain no comma");
                }
                clean.add(v);
            }
            if (clean.isEmpty()) {
                lists.remove(key);
            } else {
                lists.put(key, clean);
            }
            return this;
        }

        private static String join(List<String> values) {
            return String.join(",", values);
        }

        private static BigDecimal seconds(Instant i) {
            return BigDecimal.valueOf(i.getEpochSecond()).add(BigDecimal.valueOf(i.getNano(), 9)).stripTrailingZeros();
        }
    }
}
