#!/usr/bin/env bash
# Times Quatrain Studio's models against the PyTorch peer (docs/bench/peer) in one run, alternating, with the
# same thread count; prints one JSON line per run, tagged with the side and round. See docs/BENCHMARKS.md.
#   docs/bench/compare-with-peer.sh [ROUNDS] [THREADS] [CASES...]   (cases: word-gru word-lstm char)
# Needs: mvn package (target/quatrain-studio.jar) and tinyshakespeare (TEXT=path; docs/bench/peer/README.md says
# where to get it). The peer (docs/bench/peer, PyTorch through DJL) is compiled here the first time.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-2}
THREADS=${2:-2}
shift 2 || true
CASES=${*:-word-gru word-lstm char}
PEER=${PEER:-docs/bench/peer}
TEXT=${TEXT:-../shared/corpora/tinyshakespeare.txt}
WORDS=$(mktemp --suffix=.txt)
trap 'rm -f "$WORDS"' EXIT
head -c 600000 "$TEXT" > "$WORDS"   # the ASCII text: 600,000 bytes = 600,000 characters
[ -f "$TEXT" ] || { echo "no corpus at $TEXT: set TEXT=path/to/tinyshakespeare.txt" >&2; exit 2; }
[ -f "$PEER/target/cp.txt" ] || mvn -B -q -f "$PEER/pom.xml" compile
export OMP_NUM_THREADS=$THREADS
peer() {
    java -Dai.djl.offline=true -cp "$PEER/target/classes:$(cat "$PEER/target/cp.txt")" peer.Peer "$@" \
        --threads "$THREADS" 2>/dev/null | tail -n 1
}
ours() {
    java -jar target/quatrain-studio.jar bench --recipe peer --threads "$THREADS" --json "$@" 2>/dev/null | tail -n 1
}
run() {
    local side=$1 round=$2 name=$3
    local line
    case "$side:$name" in
        peer:word-gru) line=$(peer word-gru "$WORDS" --epochs 3) ;;
        peer:word-lstm) line=$(peer word-lstm "$WORDS" --epochs 3) ;;
        peer:char) line=$(peer char "$TEXT" --epochs 3 --batches 200) ;;
        ours:word-gru) line=$(ours --case quatrains-gru --corpus "$WORDS" --epochs 3 \
            --set embeddingSize=300 --set dropout=0 --set l2=0) ;;
        ours:word-lstm) line=$(ours --case word-lstm --corpus "$WORDS" --epochs 3 \
            --set embeddingSize=300 --set dropout=0 --set l2=0) ;;
        ours:char) line=$(ours --case chars-lstm --corpus "$TEXT" --chars 600000 --epochs 3 --batches 200) ;;
    esac
    echo "{\"side\":\"$side\",\"round\":$round,\"model\":\"$name\",\"load\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"result\":$line}"
}
for round in $(seq "$ROUNDS"); do
    for name in $CASES; do
        # Alternate which side goes first from round to round.
        if (( round % 2 )); then order="peer ours"; else order="ours peer"; fi
        for side in $order; do run "$side" "$round" "$name"; done
    done
done
