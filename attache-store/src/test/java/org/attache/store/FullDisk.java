package org.attache.store;

import java.io.IOException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory whose disk can be made full at will: every write (or only a merge's, with {@link #mergesOnly})
 * then fails with the IOException a full disk gives, "No space left on device". Test helper.
 */
final class FullDisk extends FilterDirectory {
    private volatile boolean full;
    private volatile boolean mergesOnly;

    FullDisk(Directory in) {
        super(in);
    }

    /** From now on, every write fails. */
    void fill() {
        full = true;
    }

    /** From now on, the writes of background merges fail (and only those). */
    void fillForMerges() {
        mergesOnly = true;
    }

    private void check(IOContext context) throws IOException {
        if (full || mergesOnly && context.context() == IOContext.Context.MERGE) {
            throw new IOException("No space left on device");
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        check(context);
        return new Output(in.createOutput(name, context), context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        check(context);
        return new Output(in.createTempOutput(prefix, suffix, context), context);
    }

    @Override
    public void sync(java.util.Collection<String> names) throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
        super.sync(names);
    }

    /** An output that fails once the disk is full. */
    private final class Output extends IndexOutput {
        private final IndexOutput out;
        private final IOContext context;

        Output(IndexOutput out, IOContext context) {
            super(out.toString(), out.getName());
            this.out = out;
            this.context = context;
        }

        @Override
        public void writeByte(byte b) throws IOException {
            check(context);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            check(context);
            out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
