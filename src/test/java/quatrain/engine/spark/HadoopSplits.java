package quatrain.engine.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;

/**
 * A corpus read as Spark's executors read it, without Spark (a test JVM cannot run Spark: it filters Java
 * deserialization): Hadoop's own {@link TextInputFormat} cuts the files into input splits of at most
 * {@code maxSplitBytes} and reads each split's records, which {@link DocumentReader} turns into a block, as
 * {@code DistributedCorpus} does in each partition.
 */
final class HadoopSplits {
    private HadoopSplits() {
    }

    static List<DocumentBlock> read(CorpusSource source, long maxSplitBytes) {
        try {
            Configuration conf = new Configuration();
            if (source.delimiter() != null) {
                conf.set("textinputformat.record.delimiter", source.delimiter());
            }
            conf.setLong("mapreduce.input.fileinputformat.split.maxsize", maxSplitBytes);
            Job job = Job.getInstance(conf);
            FileInputFormat.setInputPaths(job, source.files().stream().map(Path::new).toArray(Path[]::new));
            TextInputFormat format = new TextInputFormat();
            List<DocumentBlock> blocks = new ArrayList<>();
            for (InputSplit split : format.getSplits(job)) {
                TaskAttemptContext context = new TaskAttemptContextImpl(job.getConfiguration(), new TaskAttemptID());
                try (RecordReader<LongWritable, Text> reader = format.createRecordReader(split, context)) {
                    reader.initialize(split, context);
                    blocks.add(DocumentReader.read(source, ((FileSplit) split).getPath().getName(), records(reader)));
                }
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Iterator<DocumentReader.Record> records(RecordReader<LongWritable, Text> reader) {
        return new Iterator<>() {
            private Boolean ready;

            @Override
            public boolean hasNext() {
                if (ready == null) {
                    try {
                        ready = reader.nextKeyValue();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return ready;
            }

            @Override
            public DocumentReader.Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = null;
                try {
                    Text value = reader.getCurrentValue();
                    return new DocumentReader.Record(reader.getCurrentKey().get(), value.getBytes(), value.getLength());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
