package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * Partitions handed to the driver as their tasks finish, in any order, come out in partition order, whether they
 * waited in memory or in a file; a failed job reaches the consumer as an exception instead of a hang.
 */
class PartitionFeedTest {
    @TempDir
    Path dir;

    private static PartitionFeed.Shipment shipment(int partition, int items) {
        long[] keys = new long[items];
        byte[][] outcomes = new byte[items][];
        for (int i = 0; i < items; i++) {
            keys[i] = partition * 100L + i;
            outcomes[i] = ("item " + partition + "." + i).getBytes(StandardCharsets.UTF_8);
        }
        return new PartitionFeed.Shipment(keys, outcomes);
    }

    private static List<String> drain(PartitionFeed feed) {
        List<String> out = new ArrayList<>();
        while (feed.hasNext()) {
            Tuple2<Long, byte[]> item = feed.next();
            out.add(item._1() + "=" + new String(item._2(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void partitionsComeOutInOrderWhileOthersAreStillRunning() throws InterruptedException {
        Path spill = dir.resolve("pending");
        try (PartitionFeed feed = new PartitionFeed(4, spill, 1 << 20)) {
            feed.arrived(2, shipment(2, 2));
            feed.arrived(0, shipment(0, 1));
            Thread late = new Thread(() -> {
                sleep(200);
                feed.arrived(3, shipment(3, 0)); // an empty partition (a split without a line)
                sleep(200);
                feed.arrived(1, shipment(1, 3));
            });
            late.start();

            List<String> items = drain(feed);
            late.join();

            assertThat(items).containsExactly("0=item 0.0", "100=item 1.0", "101=item 1.1", "102=item 1.2",
                    "200=item 2.0", "201=item 2.1");
            assertThat(feed.waitedSeconds()).isGreaterThan(0.1);
            assertThat(feed.spills()).isZero();
            assertThat(feed.shippedItems()).isEqualTo(6);
        }
    }

    @Test
    void partitionsBeyondTheMemoryBudgetWaitInFilesAndAreDeleted() throws Exception {
        Path spill = dir.resolve("pending");
        try (PartitionFeed feed = new PartitionFeed(5, spill, shipment(4, 2).bytes())) {
            for (int p = 4; p >= 1; p--) {
                feed.arrived(p, shipment(p, 2));
            }
            assertThat(feed.spills()).as("one partition is held, the later ones go to files").isEqualTo(3);
            try (var files = Files.list(spill)) {
                assertThat(files.count()).isEqualTo(3);
            }
            feed.arrived(0, shipment(0, 2)); // the one the consumer needs first: always in memory

            List<String> items = drain(feed);

            assertThat(items).extracting(s -> s.substring(0, s.indexOf('=')))
                    .containsExactly("0", "1", "100", "101", "200", "201", "300", "301", "400", "401");
            assertThat(items.get(9)).isEqualTo("401=item 4.1");
            try (var files = Files.list(spill)) {
                assertThat(files.count()).isZero();
            }
        }
        assertThat(spill).doesNotExist();
    }

    @Test
    void aSecondResultOfAPartitionIsIgnored() {
        try (PartitionFeed feed = new PartitionFeed(2, dir.resolve("pending"), 1 << 20)) {
            feed.arrived(0, shipment(0, 1));
            feed.arrived(1, shipment(1, 1));
            feed.arrived(1, shipment(1, 1)); // a speculative copy of the task
            assertThat(drain(feed)).hasSize(2);
            feed.arrived(0, shipment(0, 1)); // after it was consumed
            assertThat(feed.hasNext()).isFalse();
            assertThat(feed.shippedItems()).isEqualTo(2);
        }
    }

    @Test
    void aFailedJobEndsTheWaitWithItsCause() {
        try (PartitionFeed feed = new PartitionFeed(3, dir.resolve("pending"), 1 << 20)) {
            feed.arrived(0, shipment(0, 1));
            new Thread(() -> {
                sleep(100);
                feed.failed(new IllegalStateException("executor lost"));
            }).start();

            assertThat(feed.next()._1()).isZero();
            assertThatThrownBy(feed::hasNext).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("executor lost");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
