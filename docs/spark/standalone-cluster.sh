#!/usr/bin/env bash
# A Spark standalone cluster on this machine, from this project's build (docs/spark/README.md):
#   docs/spark/standalone-cluster.sh start N [--cores C] [--memory 1g] [--port P] [--webui-port P]
#                                                  prints the master URL (spark://127.0.0.1:PORT)
#   docs/spark/standalone-cluster.sh stop | status
# Spark's own Master and N Workers run as separate JVMs bound to 127.0.0.1, over a SPARK_HOME in
# target/spark-cluster (logs in logs/, executors' folders in work/, PIDs in run/). The work is done by
# quatrain.engine.spark.LocalClusterMain; this script only finds the build. Needs `mvn -B package -DskipTests`.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
target=$root/target
if [ ! -d "$target/classes/quatrain" ] || [ ! -d "$target/lib" ] || [ ! -d "$target/spark/jars" ]; then
  echo "no build in $target: run mvn -B package -DskipTests first" >&2
  exit 1
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command=${1:-}
case "$command" in
  start)
    shift
    exec "$java" -cp "$target/classes:$target/lib/*" quatrain.engine.spark.LocalClusterMain start "$@" \
      --home "$target/spark-cluster" --jars "$target/spark/jars" --jars "$target/spark/logging" ;;
  stop|status)
    exec "$java" -cp "$target/classes:$target/lib/*" quatrain.engine.spark.LocalClusterMain "$command" \
      --home "$target/spark-cluster" ;;
  *)
    echo "usage: $0 start N [--cores C] [--memory 1g] [--port P] [--webui-port P] | stop | status" >&2
    exit 2 ;;
esac
