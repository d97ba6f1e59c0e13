package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.DB;
import org.mapdb.DBMaker;

import quatrain.testing.RecordedRuns;

class RunFileCheckTest {
    @TempDir
    Path dir;

    @Test
    void aRunRecordedByDl4jsListenerPasses() {
        Path run = RecordedRuns.copyInto(dir);
        assertThatCode(() -> RunFileCheck.check(run, RecordedRuns.RUN_ID)).doesNotThrowAnyException();
    }

    @Test
    void aRunWhoseWriterHasNotCommittedYetPasses() {
        Path fresh = dir.resolve("fresh.dl4j");
        DB db = DBMaker.fileDB(fresh.toFile()).transactionEnable().make();
        db.close();
        assertThatCode(() -> RunFileCheck.check(fresh, "fresh")).doesNotThrowAnyException();
    }

    @Test
    void aClassTableNamingAnotherClassIsRefusedWithoutMakingOne() {
        Path run = HostileRuns.namingClass(dir, "hostile", CanaryRecord.class.getName());
        int before = CanaryRecord.MADE.get();
        assertThatThrownBy(() -> RunFileCheck.check(run, "hostile")).isInstanceOf(RunRefusedException.class)
                .hasMessage("The run hostile is not shown: its class table names " + CanaryRecord.class.getName()
                        + ", which is not a record of DL4J's statistics listener.");
        assertThat(CanaryRecord.MADE.get()).isEqualTo(before);
        Path jdk = HostileRuns.namingClass(dir, "jdk", "java.util.ArrayList");
        assertThatThrownBy(() -> RunFileCheck.check(jdk, "jdk")).hasMessageContaining("names java.util.ArrayList");
    }

    @Test
    void aCatalogNamingMapDbsObjectSerializersIsRefused() {
        for (String serializer : new String[] {"org.mapdb.Serializer#ELSA", "org.mapdb.Serializer#JAVA",
                "org.mapdb.Serializer#CLASS"}) {
            String id = serializer.substring(serializer.indexOf('#') + 1);
            Path run = HostileRuns.withCatalogEntries(dir, id, "staticInfo#valueSerializer", serializer);
            assertThatThrownBy(() -> RunFileCheck.check(run, id)).isInstanceOf(RunRefusedException.class)
                    .hasMessageContaining("staticInfo has valueSerializer = " + serializer);
        }
    }

    @Test
    void collectionsAndSizesDl4jDoesNotWriteAreRefused() {
        Path extra = HostileRuns.withCatalogEntries(dir, "extra", "payload#type", "AtomicInteger",
                "payload#recid", "70");
        assertThatThrownBy(() -> RunFileCheck.check(extra, "extra")).isInstanceOf(RunRefusedException.class)
                .hasMessageContaining("a collection DL4J does not write: payload");
        Path huge = HostileRuns.withCatalogEntries(dir, "huge", "integerToClass#concShift", "30");
        assertThatThrownBy(() -> RunFileCheck.check(huge, "huge")).hasMessageContaining("concShift = 30");
    }

    @Test
    void aFileThatIsNotMapDbsIsRefused() throws Exception {
        Path junk = Files.write(dir.resolve("junk.dl4j"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        assertThatThrownBy(() -> RunFileCheck.check(junk, "junk")).isInstanceOf(RunRefusedException.class)
                .hasMessageStartingWith("The run junk is not shown: MapDB cannot open it");
    }
}
