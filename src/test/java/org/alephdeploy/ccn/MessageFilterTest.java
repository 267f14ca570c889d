package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;
import org.junit.jupiter.api.Test;

class MessageFilterTest {
    @Test
    void everyParameterHasItsWireName() {
        MessageFilter f = MessageFilter.builder()
                .msgTypes(MessageType.PROGRAM, MessageType.STORE)
                .msgStatuses(MessageStatus.PROCESSED, MessageStatus.REMOVING)
                .addresses("0xSender")
                .owners("0xOwnerA", "0xOwnerB")
                .refs("ref1")
                .contentHashes("a".repeat(64))
                .contentKeys("security")
                .contentTypes("vm-function")
                .chains("ETH")
                .channels("ALEPH-CLOUDSOLUTIONS")
                .hashes("b".repeat(64))
                .tags("mainnet")
                .paymentTypes("hold", "credit")
                .startDate(new BigDecimal("1700000000.5"))
                .endDate(Instant.ofEpochSecond(1800000000))
                .startBlock(10)
                .endBlock(20)
                .sortBy(MessageFilter.SortBy.TX_TIME)
                .sortOrder(MessageFilter.SortOrder.OLDEST_FIRST)
                .contentFormat(MessageFilter.ContentFormat.HEADERS)
                .build();
        Map<String, String> q = f.toQuery();
        assertThat(q).containsEntry("msgTypes", "PROGRAM,STORE")
                .containsEntry("msgStatuses", "processed,removing")
                .containsEntry("addresses", "0xSender")
                .containsEntry("owners", "0xOwnerA,0xOwnerB")
                .containsEntry("refs", "ref1")
                .containsEntry("contentHashes", "a".repeat(64))
                .containsEntry("contentKeys", "security")
                .containsEntry("contentTypes", "vm-function")
                .containsEntry("chains", "ETH")
                .containsEntry("channels", "ALEPH-CLOUDSOLUTIONS")
                .containsEntry("hashes", "b".repeat(64))
                .containsEntry("tags", "mainnet")
                .containsEntry("paymentTypes", "hold,credit")
                .containsEntry("startDate", "1700000000.5")
                .containsEntry("endDate", "1800000000")
                .containsEntry("startBlock", "10")
                .containsEntry("endBlock", "20")
                .containsEntry("sortBy", "tx-time")
                .containsEntry("sortOrder", "1")
                .containsEntry("contentFormat", "headers")
                .hasSize(20);
        assertThat(f.isSkeletonListing()).isFalse();
    }

    @Test
    void addressesKeepTheirCase() {
        assertThat(MessageFilter.builder().owners("0xAbCd").build().toQuery()).containsEntry("owners", "0xAbCd");
    }

    @Test
    void emptyFilterSendsNothing() {
        assertThat(MessageFilter.all().toQuery()).isEmpty();
    }

    @Test
    void deletedStatusesMustBeAloneAndSwitchToSkeletons() {
        assertThat(MessageFilter.builder().msgStatuses(MessageStatus.FORGOTTEN).build().isSkeletonListing()).isTrue();
        assertThatThrownBy(() -> MessageFilter.builder().msgStatuses(MessageStatus.FORGOTTEN, MessageStatus.PROCESSED).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageFilter.builder().msgStatuses(MessageStatus.REMOVED).refs("x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refs");
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThatThrownBy(() -> MessageFilter.builder().startDate(BigDecimal.TEN).endDate(BigDecimal.ONE).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesWithCommasAreRefused() {
        assertThatThrownBy(() -> MessageFilter.builder().owners("a,b")).isInstanceOf(IllegalArgumentException.class);
    }
}
