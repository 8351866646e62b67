package org.attache.spark;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The analysed items of a Spark job's partitions, handed to the driver's consumer in partition order as soon as each
 * partition's task has finished, while the others still run: the consumer (the cross-article step) works beside the
 * analysis, as {@code ingest}'s storing thread works beside its workers, instead of after it.
 *
 * <p>Partitions that finish before the consumer reaches them wait here; once they hold more than a memory budget, the
 * next ones wait in files of a spill folder on the driver, read back and deleted when their turn comes, so the driver
 * holds a bounded backlog whatever the number of executors.
 *
 * <p>{@link #arrived} and {@link #failed} are called by Spark's scheduler thread, the iterator by the consumer.
 */
final class PartitionFeed implements Iterator<Tuple2<Long, byte[]>>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionFeed.class);

    /** One partition's items as its task returns them: keys and encoded outcomes, in the partition's order. */
    record Shipment(long[] keys, byte[][] outcomes) implements Serializable {
        Shipment {
            if (keys.length != outcomes.length) {
                throw new IllegalArgumentException("one outcome per key");
            }
        }

        long bytes() {
            long n = 8L * keys.length;
            for (byte[] o : outcomes) {
                n += o.length;
            }
            return n;
        }
    }

    private final int partitions;
    private final Path spill;
    private final long memoryBudget;
    private final Map<Integer, Shipment> held = new HashMap<>();
    private final Map<Integer, Path> spilled = new HashMap<>();
    private long heldBytes;
    private long shippedBytes;
    private long shippedItems;
    private int spills;
    private Throwable failure;
    private int arrivedCount;

    private int next; // the partition the consumer reads
    private Shipment current;
    private int index;
    private long waitedNanos;

    /**
     * @param partitions   the number of partitions the job computes
     * @param spill        a folder (created on first need) for partitions beyond the memory budget
     * @param memoryBudget bytes of waiting partitions held in memory before they go to files
     */
    PartitionFeed(int partitions, Path spill, long memoryBudget) {
        this.partitions = partitions;
        this.spill = spill;
        this.memoryBudget = memoryBudget;
    }

    /** A task's partition is done: kept for the consumer. */
    synchronized void arrived(int partition, Shipment shipment) {
        if (held.containsKey(partition) || spilled.containsKey(partition) || partition < next) {
            return; // a speculative or retried task's second result
        }
        long bytes = shipment.bytes();
        shippedBytes += bytes;
        shippedItems += shipment.keys().length;
        arrivedCount++;
        if (partition != next && heldBytes + bytes > memoryBudget) {
            try {
                spilled.put(partition, write(partition, shipment));
                spills++;
            } catch (IOException | UncheckedIOException e) {
                failure = e;
            }
        } else {
            held.put(partition, shipment);
            heldBytes += bytes;
        }
        notifyAll();
    }

    /** The job failed or was cancelled: the consumer gets the cause. */
    synchronized void failed(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
        notifyAll();
    }

    @Override
    public boolean hasNext() {
        while (current == null || index >= current.keys().length) {
            current = take();
            if (current == null) {
                return false;
            }
            index = 0;
        }
        return true;
    }

    @Override
    public Tuple2<Long, byte[]> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Tuple2<Long, byte[]> item = new Tuple2<>(current.keys()[index], current.outcomes()[index]);
        current.outcomes()[index++] = null; // the consumer decodes it once: let it go
        return item;
    }

    /** The next partition in order, waiting for it; null after the last. */
    private Shipment take() {
        Path file;
        int partition;
        synchronized (this) {
            if (next >= partitions) {
                return null;
            }
            partition = next;
            long started = System.nanoTime();
            try {
                while (!held.containsKey(partition) && !spilled.containsKey(partition)) {
                    if (failure != null) {
                        throw new IllegalStateException("the analysis job failed: " + failure.getMessage(), failure);
                    }
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for partition " + partition, e);
            } finally {
                waitedNanos += System.nanoTime() - started;
            }
            next++;
            Shipment s = held.remove(partition);
            if (s != null) {
                heldBytes -= s.bytes();
                return s;
            }
            file = spilled.remove(partition);
        }
        try { // read outside the lock: Spark's scheduler thread hands over the next partitions meanwhile
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back spilled partition " + partition, e);
        }
    }

    private Path write(int partition, Shipment s) throws IOException {
        Files.createDirectories(spill);
        Path file = spill.resolve("partition-" + partition);
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(s.keys().length);
            for (int i = 0; i < s.keys().length; i++) {
                out.writeLong(s.keys()[i]);
                out.writeInt(s.outcomes()[i].length);
                out.write(s.outcomes()[i]);
            }
        }
        return file;
    }

    private static Shipment read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file),
                1 << 16))) {
            int n = in.readInt();
            long[] keys = new long[n];
            byte[][] outcomes = new byte[n][];
            for (int i = 0; i < n; i++) {
                keys[i] = in.readLong();
                outcomes[i] = in.readNBytes(in.readInt());
            }
            return new Shipment(keys, outcomes);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Seconds the consumer spent waiting for partitions not yet analysed. */
    synchronized double waitedSeconds() {
        return Math.round(waitedNanos / 1e8) / 10.0;
    }

    /** Bytes of encoded outcomes (and keys) the tasks shipped to the driver. */
    synchronized long shippedBytes() {
        return shippedBytes;
    }

    /** Items the tasks shipped to the driver. */
    synchronized long shippedItems() {
        return shippedItems;
    }

    /** Partitions arrived so far. */
    synchronized int arrived() {
        return arrivedCount;
    }

    /** Partitions that waited in a file rather than in memory. */
    synchronized int spills() {
        return spills;
    }

    @Override
    public synchronized void close() {
        for (Path file : spilled.values()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("cannot delete {}: {}", file, e.getMessage());
            }
        }
        spilled.clear();
        held.clear();
        try {
            if (Files.isDirectory(spill)) {
                Files.deleteIfExists(spill);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", spill, e.getMessage());
        }
    }
}
