/**
 * Training on an Apache Spark cluster with DL4J's own Spark module: the only package that imports
 * {@code org.apache.spark} or {@code org.deeplearning4j.spark}. Besides the training, it holds how a driver's executors
 * get our code and JVM settings ({@code ExecutorSetup}), the check that the Spark found is the one this build is for
 * ({@code SparkVersions}, from the versions the build recorded: {@code SparkBuild}), and a standalone cluster on this
 * machine made of Spark's own Master and Worker JVMs from the build's jars ({@code LocalCluster}; for users trying it,
 * {@code docs/spark/standalone-cluster.sh}, and for the tests).
 */
package quatrain.engine.spark;
