package quatrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.core.storage.Persistable;
import org.deeplearning4j.ui.model.storage.BaseCollectionStatsStorage;
import org.deeplearning4j.ui.model.storage.mapdb.MapDBStatsStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import quatrain.testing.RecordedRuns;
import quatrain.testing.SerialCanary;
import quatrain.testing.SerialPayloads;

class SerialFilterTest {
    @TempDir
    Path dir;

    @Test
    void installsItselfOnceAsTheProcessWideFilter() {
        assertThat(SerialFilter.install()).isTrue();
        assertThat(SerialFilter.install()).isTrue();
        assertThat(ObjectInputFilter.Config.getSerialFilter()).isSameAs(SerialFilter.filter());
    }

    @Test
    void aForeignClassIsRefusedBeforeItsStaticInitializerRuns() {
        assertThatThrownBy(() -> read(SerialPayloads.canary())).isInstanceOf(InvalidClassException.class)
                .hasMessageContaining("REJECTED");
        assertThat(System.getProperty(SerialCanary.PROPERTY)).isNull();
    }

    @Test
    @Timeout(5)
    void nestedSetsAreRefusedAtOnce() {
        assertThatThrownBy(() -> read(SerialPayloads.nestedSets())).isInstanceOf(InvalidClassException.class);
    }

    @Test
    void theTrainingUisRunFileKeysAreAllowed() throws Exception {
        var id = new BaseCollectionStatsStorage.SessionTypeId("session", "type");
        var workerId = new BaseCollectionStatsStorage.SessionTypeWorkerId("session", "type", "worker");
        assertThat(read(write(id))).isEqualTo(id);
        assertThat(read(write(workerId))).isEqualTo(workerId);
    }

    @Test
    void arraysAndDeepGraphsAreRefused() throws Exception {
        assertThatThrownBy(() -> read(write(new byte[4]))).isInstanceOf(InvalidClassException.class);
        assertThatThrownBy(() -> read(write(List.of("a", "b")))).isInstanceOf(InvalidClassException.class);
    }

    /** What the app reads with Java serialization: a run recorded by training, opened as the training UI opens it. */
    @Test
    void aRecordedRunReadsUnderTheProcessWideFilter() {
        SerialFilter.install();
        Path run = RecordedRuns.copyInto(dir);
        MapDBStatsStorage storage = new MapDBStatsStorage.Builder().file(run.toFile()).build();
        try {
            List<String> sessions = storage.listSessionIDs();
            assertThat(sessions).isNotEmpty();
            String session = sessions.get(0);
            assertThat(storage.listTypeIDsForSession(session)).isNotEmpty();
            String type = storage.listTypeIDsForSession(session).get(0);
            assertThat(storage.getStorageMetaData(session, type)).isNotNull();
            List<String> workers = storage.listWorkerIDsForSession(session);
            assertThat(workers).isNotEmpty();
            Persistable info = storage.getStaticInfo(session, type, workers.get(0));
            assertThat(info).isNotNull();
            assertThat(storage.getAllUpdatesAfter(session, type, workers.get(0), 0)).isNotEmpty();
        } finally {
            storage.close();
        }
    }

    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(SerialFilter.filter());
            return in.readObject();
        }
    }

    private static byte[] write(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
