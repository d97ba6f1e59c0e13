package quatrain.engine.spark;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

import quatrain.core.QuatrainException;
import quatrain.core.corpus.CorpusException;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.DocumentPreparation;
import quatrain.core.text.Vocabulary;
import scala.Tuple2;

/**
 * A corpus prepared for training where it lies, in passes that keep the text on the executors: read and cut into
 * documents (kept in memory there, serialized, spilling to disk), numbered and split into training and validation
 * documents as core's {@link Split} does, counted into a vocabulary ({@code reduceByKey}, then the top tokens by
 * core's policy), and encoded into {@link TokenBlock}s that stay for the run. The driver sees a few numbers per
 * partition and the vocabulary's counts, never a document.
 */
final class DistributedCorpus implements AutoCloseable {
    private final JavaSparkContext jsc;
    private final CorpusSource source;
    private final ModelSpec spec;
    private final DocumentPreparation preparation;
    private final JavaRDD<DocumentBlock> blocks;
    private final List<BlockFacts> facts;
    private final long[] firstIndex;
    private final long documents;
    private final HeldOutDocuments held;
    private JavaRDD<TokenBlock> tokens;
    /** What the token blocks were made with: their lineage refers to them, so they live as long as the blocks. */
    private final List<Broadcast<?>> broadcasts = new ArrayList<>();

    private DistributedCorpus(JavaSparkContext jsc, CorpusSource source, ModelSpec spec, JavaRDD<DocumentBlock> blocks,
            List<BlockFacts> facts, TrainingSpec training) {
        this.jsc = jsc;
        this.source = source;
        this.spec = spec;
        this.preparation = new DocumentPreparation(spec);
        this.blocks = blocks;
        this.facts = facts;
        this.firstIndex = HeldOutDocuments.firstIndex(facts);
        this.documents = facts.stream().mapToLong(BlockFacts::kept).sum();
        this.held = HeldOutDocuments.decide(facts, training, this::largestReaching);
    }

    /** Reads and numbers the documents; refuses a binary or blank corpus as local training does. */
    static DistributedCorpus read(JavaSparkContext jsc, CorpusSource source, ModelSpec spec, TrainingSpec training) {
        JavaRDD<DocumentBlock> blocks = documentBlocks(jsc, source);
        blocks.persist(StorageLevel.MEMORY_AND_DISK_SER());
        DocumentPreparation preparation = new DocumentPreparation(spec);
        List<BlockFacts> facts = blocks.map(b -> BlockFacts.of(b, preparation)).collect();
        try {
            BlockFacts.refuseUnreadable(facts, source.name());
        } catch (RuntimeException e) {
            blocks.unpersist(false);
            throw e;
        }
        return new DistributedCorpus(jsc, source, spec, blocks, facts, training);
    }

    /** One {@link DocumentBlock} per input split, in file order. */
    private static JavaRDD<DocumentBlock> documentBlocks(JavaSparkContext jsc, CorpusSource source) {
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        if (source.delimiter() != null) {
            conf.set("textinputformat.record.delimiter", source.delimiter());
        }
        Job job;
        try {
            job = Job.getInstance(conf);
            FileInputFormat.setInputPaths(job, source.files().stream().map(Path::new).toArray(Path[]::new));
        } catch (java.io.IOException e) {
            throw new CorpusException("Cannot read \"" + source.uri() + "\": " + e.getMessage(), e);
        }
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> records = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
                job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
        return records.mapPartitionsWithInputSplit((split, it) -> {
            String file = ((FileSplit) split).getPath().getName();
            Iterator<DocumentReader.Record> recordsOfSplit = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public DocumentReader.Record next() {
                    Tuple2<LongWritable, Text> r = it.next();
                    return new DocumentReader.Record(r._1().get(), r._2().getBytes(), r._2().getLength());
                }
            };
            return List.of(DocumentReader.read(source, file, recordsOfSplit)).iterator();
        }, true);
    }

    /** The executors' search for where the text's last share starts ({@link LastShare}). */
    private long largestReaching(long[] after, long total, double fraction) {
        long[] first = firstIndex;
        DocumentPreparation prep = preparation;
        return blocks.mapPartitionsWithIndex((p, it) -> List.of(LastShare.largestReaching(it.next().documents(),
                prep, first[p], after[p], total, fraction)).iterator(), true).reduce(Math::max);
    }

    /** Documents that take part in training, training and validation together. */
    long documents() {
        return documents;
    }

    long trainingDocuments() {
        return documents - held.count(documents);
    }

    /** Every non-blank document, as local training counts a corpus's documents. */
    long allDocuments() {
        return facts.stream().mapToLong(BlockFacts::documents).sum();
    }

    /** Characters read through the windows-1252 fallback. */
    long replacedCharacters() {
        return facts.stream().mapToLong(BlockFacts::replaced).sum();
    }

    /** The vocabulary of the training documents, counted on the executors, chosen by core's policy. */
    Vocabulary countVocabulary() {
        Broadcast<HeldOutDocuments> heldOut = jsc.broadcast(held);
        long[] first = firstIndex;
        DocumentPreparation prep = preparation;
        var counts = blocks.mapPartitionsWithIndex((p, it) -> VocabularyCount.tokens(it.next().documents(), first[p],
                heldOut.value(), prep), true).mapToPair(e -> new Tuple2<>(e.getKey(), e.getValue()))
                .reduceByKey(Long::sum);
        counts.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            long total = counts.values().fold(0L, Long::sum);
            int minCount = spec.minCount();
            List<Map.Entry<String, Long>> top = counts
                    .filter(t -> Vocabulary.isCandidate(t._1(), t._2(), minCount))
                    .map(t -> (Map.Entry<String, Long>) new AbstractMap.SimpleImmutableEntry<>(t._1(), t._2()))
                    .takeOrdered(spec.maxVocabulary() - 3, Vocabulary.ORDER);
            return Vocabulary.select(new ArrayList<>(top), total, trainingDocuments(), spec.maxVocabulary());
        } finally {
            counts.unpersist(false);
            heldOut.destroy();
        }
    }

    /**
     * Encodes every partition with {@code vocabulary} into token blocks kept for the run (the documents' text is
     * dropped then), and returns what each holds.
     */
    List<TokenBlock.TokenFacts> encode(Vocabulary vocabulary, int batchSize) {
        if (tokens != null) {
            throw new IllegalStateException("already encoded");
        }
        Broadcast<HeldOutDocuments> heldOut = jsc.broadcast(held);
        Broadcast<Vocabulary> vocab = jsc.broadcast(vocabulary);
        broadcasts.add(heldOut);
        broadcasts.add(vocab);
        long[] first = firstIndex;
        DocumentPreparation prep = preparation;
        ModelSpec model = spec;
        tokens = blocks.mapPartitionsWithIndex((p, it) -> List.of(TokenBlock.encode(it.next().documents(), first[p],
                heldOut.value(), prep, vocab.value())).iterator(), true);
        tokens.persist(StorageLevel.MEMORY_AND_DISK());
        List<TokenBlock.TokenFacts> out = tokens.map(t -> t.facts(model, batchSize)).collect();
        blocks.unpersist(false);
        return out;
    }

    /** The encoded partitions, once {@link #encode} has run. */
    JavaRDD<TokenBlock> tokens() {
        if (tokens == null) {
            throw new QuatrainException("the corpus is not encoded yet");
        }
        return tokens;
    }

    CorpusSource source() {
        return source;
    }

    @Override
    public void close() {
        blocks.unpersist(false);
        if (tokens != null) {
            tokens.unpersist(false);
        }
        broadcasts.forEach(b -> b.destroy(false));
    }
}
