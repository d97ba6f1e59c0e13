/**
 * Training on an Apache Spark cluster, as the desktop app sees it: the master URL and executor settings checked as
 * Spark checks them, whether a driver can start here (the launcher has Spark, the master answers), and the seam
 * ({@link quatrain.app.spark.SparkLauncher}) through which the app starts {@code quatrain spark-train} as a process
 * of its own. No Spark classes here: the driver is another JVM, and the app follows it through its JSON events.
 */
package quatrain.app.spark;
