/**
 * Training on an Apache Spark cluster with DL4J's own parameter averaging ({@code SparkDl4jMultiLayer},
 * {@code ParameterAveragingTrainingMaster}): the only package that imports Spark, Hadoop and DL4J's Spark module.
 * The corpus stays where it is: executors read it from its URI, cut it into documents and tokens with core's rules,
 * count the vocabulary, hold the validation documents out, cut the windows and build the minibatches; the driver
 * gets the vocabulary counts and the averaged network, validates on the executors, samples, and writes the model
 * file after every epoch as local training does. Besides the training: how a driver's executors get our code and
 * JVM settings ({@code ExecutorSetup}), the check that the Spark found is the one this build is for
 * ({@code SparkVersions}, from the versions the build recorded: {@code SparkBuild}), and a standalone cluster on this
 * machine made of Spark's own Master and Worker JVMs from the build's jars ({@code LocalCluster}; for users trying
 * it, {@code docs/spark/standalone-cluster.sh}, and for the tests).
 */
package quatrain.engine.spark;
