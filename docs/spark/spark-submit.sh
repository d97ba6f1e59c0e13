#!/usr/bin/env bash
# Spark's own spark-submit (org.apache.spark.deploy.SparkSubmit) from this project's build, for a machine without a
# Spark installation: Spark 3.5 from target/spark/jars with the JVM flags it needs on Java 17 (a real installation's
# bin/spark-submit adds them itself). The arguments are spark-submit's, e.g.
#   docs/spark/spark-submit.sh --master spark://127.0.0.1:PORT target/quatrain-studio-job.jar spark-train ...
# Needs `mvn -B package -DskipTests` (and, for its logging setup, a `standalone-cluster.sh start` once).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
target=$root/target
build=$target/classes/quatrain/engine/spark/build.properties
if [ ! -f "$build" ] || [ ! -d "$target/spark/jars" ]; then
  echo "no build in $target: run mvn -B package -DskipTests first" >&2
  exit 1
fi
flags=$(sed -n 's/^java17.flags=//p' "$build")
home=$target/spark-cluster
conf=$home/conf
[ -d "$conf" ] || conf=$target/spark/logging   # no log4j2.properties yet: Spark's defaults
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# shellcheck disable=SC2086 # the flags are separate words
SPARK_HOME=$home SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1} exec "$java" $flags \
  -cp "$conf/:$target/spark/jars/*:$target/spark/logging/*" org.apache.spark.deploy.SparkSubmit "$@"
