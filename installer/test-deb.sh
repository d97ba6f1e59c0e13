#!/usr/bin/env bash
# End-to-end check of the Linux installer: builds the .deb (Maven profile "installer"), installs it with dpkg,
# starts the INSTALLED app as a fresh user under Xvfb, checks that nothing was unpacked into hidden folders of
# that user's home, trains and generates with the installed command line, opens a model file through the
# desktop's file association, and removes the package. Exits non-zero at the first failure.
#
#   sudo installer/test-deb.sh                 build, install, check, remove (~10 minutes on 2 cores)
#   sudo installer/test-deb.sh --no-build      reuse target/installer/package/*.deb
#   sudo installer/test-deb.sh --docs          also copy the screenshot to docs/screenshots/installed.png
#
# Needs root (apt-get, dpkg, useradd). Writes its screenshots, timings and logs to target/installer/test/.
set -euo pipefail
cd "$(dirname "$0")/.."

PKG=quatrain-studio
APP=/opt/$PKG/bin/$PKG
MIME=application/x-quatrain-model
TEST_USER=quatrain-test
OUT=target/installer/test
BUILD=1
DOCS=0
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    --docs) DOCS=1 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (dpkg, useradd)"

# --- Prerequisites -------------------------------------------------------------------------------------------
step "Prerequisites"
export DEBIAN_FRONTEND=noninteractive
need=()
# xdg-utils: the package's post-install registers the menu entry and the file type with it.
# shared-mime-info, libglib2.0-bin (gio): map *.quatrain to its type and open it as a desktop does.
# xvfb, xdotool, imagemagick: a display to start the app on, waiting for its window, screenshots.
for p in xdg-utils shared-mime-info libglib2.0-bin xvfb xdotool imagemagick libgtk-3-0 curl bc; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
# On a system without a desktop, xdg-desktop-menu (run by the package's postinst) exits 3 without these.
mkdir -p /usr/share/desktop-directories /etc/xdg/menus

# --- Build ---------------------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  step "Building the .deb (mvn -Pinstaller)"
  mvn -B -q -Pinstaller -DskipTests package
fi
DEB=$(ls target/installer/package/${PKG}_*.deb 2>/dev/null | head -1)
[ -f "$DEB" ] || fail "no .deb in target/installer/package"
rm -rf "$OUT" && mkdir -p "$OUT"

# Everything started below is stopped on exit, by the process ids this script holds.
XVFB_PID=""; APP_PID=""; CREATED_USER=0
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  [ "$CREATED_USER" = 1 ] && userdel -r "$TEST_USER" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# --- Install -------------------------------------------------------------------------------------------------
step "Installing $DEB with dpkg"
dpkg -s "$PKG" >/dev/null 2>&1 && dpkg -P "$PKG" >/dev/null
# dpkg does not fetch dependencies: install the missing ones first (on a desktop they are all there).
missing=()
for dep in $(dpkg-deb -f "$DEB" Depends | tr -d ' ' | tr ',' ' '); do
  dpkg -s "$dep" >/dev/null 2>&1 || missing+=("$dep")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
dpkg -i "$DEB"
[ -x "$APP" ] || fail "$APP is missing"
[ -L /opt/$PKG/lib/app/native/libopenblas_nolapack.so.0 ] || fail "postinst did not link libopenblas_nolapack.so.0"
DESKTOP=$(grep -l "^Exec=.*$APP" /usr/share/applications/*.desktop | head -1)
[ -n "$DESKTOP" ] || fail "no menu entry in /usr/share/applications"
echo "menu entry: $DESKTOP"
# The menu entry's command as the desktop runs it, without the file argument (%F).
read -r -a ENTRY <<<"$(sed -n 's/^Exec=//p' "$DESKTOP" | sed 's/ %F$//')"
echo "it runs: ${ENTRY[*]}"

# --- Natives: one copy each, only this platform's --------------------------------------------------------------
step "Native libraries in the installed app"
# JavaCPP's and JavaFX's libraries must not also sit inside the jars; other jars may keep Linux x86-64 ones only.
foreign=$(for j in /opt/$PKG/lib/app/lib/*.jar; do
  unzip -Z1 "$j" | grep -E '\.(so(\.[0-9]+)*|dll|dylib|jnilib|a)$' | sed "s|^|$(basename "$j"): |"
done | grep -vE 'com/sun/jna/linux-x86-64/|org/sqlite/native/Linux/x86_64/|: linux/amd64/' || true)
[ -z "$foreign" ] || fail "native libraries left in jars: $foreign"
ls /opt/$PKG/lib/app/lib | grep -q '^javafx-' && fail "JavaFX jars on the class path (they are in the runtime)"
ls /opt/$PKG/lib/runtime/lib/libglassgtk3.so >/dev/null || fail "JavaFX natives missing from the runtime"
echo "ok: natives only in app/native and the runtime"

# --- A fresh user and a display ------------------------------------------------------------------------------
# Java takes user.home from the password database, not $HOME: a real user gives a real, empty home.
step "Fresh user $TEST_USER and an Xvfb display"
if id "$TEST_USER" >/dev/null 2>&1; then
  userdel -r "$TEST_USER" >/dev/null 2>&1 || true
fi
useradd -m -s /bin/bash "$TEST_USER"
CREATED_USER=1
HOME_DIR=$(getent passwd "$TEST_USER" | cut -d: -f6)
# A display number nobody uses (other people's Xvfb may run on this machine).
for n in $(seq 90 199); do
  [ -e /tmp/.X$n-lock ] || [ -e /tmp/.X11-unix/X$n ] || { DISPLAY_NUM=:$n; break; }
done
Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ] && break; sleep 0.1; done
export DISPLAY=$DISPLAY_NUM
echo "display $DISPLAY"

# Runs a command as the test user, in its home, with a clean login-like environment: `as_user CMD` waits for it,
# `start_as_user CMD &` does not. The latter replaces its own (background) shell with the command, through
# setpriv and env, which exec too, so $! is the command's process id and `kill $!` stops it.
start_as_user() {
  cd "$HOME_DIR" && exec setpriv --reuid "$TEST_USER" --regid "$TEST_USER" --init-groups \
    env -i HOME="$HOME_DIR" USER="$TEST_USER" LOGNAME="$TEST_USER" PATH=/usr/local/bin:/usr/bin:/bin \
    DISPLAY="$DISPLAY" GSETTINGS_BACKEND=memory "$@"
}
as_user() { (start_as_user "$@"); }
now() { date +%s.%N; }
# Waits for a visible window with this title; prints the seconds since $1. Polls every 50 ms (xdotool's own
# --sync waits in steps of half a second, too coarse for a start-up time).
wait_window() {
  local deadline=$(( $(date +%s) + 120 ))
  until xdotool search --onlyvisible --name "Quatrain Studio" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "no window within 120 s"
    sleep 0.05
  done
  echo "$(now) - $1" | bc
}
# The process id of the app's window (GTK records it on the window).
window_pid() {
  xdotool getwindowpid "$(xdotool search --onlyvisible --name "Quatrain Studio" | head -1)"
}
stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  # The next run waits for a window of this title: make sure the X server has dropped this one.
  for _ in $(seq 50); do xdotool search --onlyvisible --name "Quatrain Studio" >/dev/null || return 0; sleep 0.1; done
  fail "a window of the stopped app is still there"
}

# --- First start: time to window, nothing unpacked into the home -----------------------------------------------
step "Starting the installed app from its menu entry (1 + 5 runs, time to first window)"
for run in 0 1 2 3 4 5; do
  t0=$(now)
  start_as_user "${ENTRY[@]}" >"$OUT/app-run$run.log" 2>&1 &
  APP_PID=$!
  secs=$(wait_window "$t0")
  echo "run $run: window after $secs s" | tee -a "$OUT/timings.txt"
  [ "$run" = 0 ] || echo "$secs" >>"$OUT/first-window.txt"
  if [ "$run" = 0 ]; then
    sleep 10 # let device detection load ND4J's natives, so that the check below sees their effect
    import -window root "$OUT/first-start.png"
  fi
  stop_app
done
# A figure, not a check (docs/BENCHMARKS.md records it): the first start above is the warm-up, as in bench.
echo "first window, median of runs 1-5: $(sort -n "$OUT/first-window.txt" | sed -n 3p) s" | tee -a "$OUT/timings.txt"

step "Nothing unpacked under $HOME_DIR"
for hidden in .javacpp .openjfx; do
  if [ -e "$HOME_DIR/$hidden" ] && [ -n "$(ls -A "$HOME_DIR/$hidden")" ]; then
    fail "$HOME_DIR/$hidden is not empty: $(du -sh "$HOME_DIR/$hidden")"
  fi
done
# The app's own cache may hold JavaCPP's lock file and symbolic links to /opt, but no library data.
# (The starter model, 3.6 MB, is copied into the models folder at the first start on purpose: it is the user's
# model file from then on. README, "The starter model".)
big=$(find "$HOME_DIR" -type f -size +2M -not -path '*/models/starter-*.quatrain' -printf '%s %p\n')
[ -z "$big" ] || fail "large files in the home folder: $big"
find "$HOME_DIR" -mindepth 1 \( -type f -o -type l \) -printf '%y %6s %p\n' | sort -k3 >"$OUT/home-after-start.txt"
echo "ok: no ~/.javacpp, no ~/.openjfx, no file over 2 MB (listing in $OUT/home-after-start.txt)"

# --- The installed command line: train and generate (loads ND4J and OpenBLAS) ----------------------------------
step "Training with the installed command line"
CORPUS=$HOME_DIR/tiny.txt
head -200 assets/sample/prophecies.txt >"$CORPUS" && chown "$TEST_USER:" "$CORPUS"
as_user "$APP" train --corpus "$CORPUS" --preset quatrains-gru --epochs 1 --no-stats --out "$HOME_DIR/gru.quatrain" \
  2>"$OUT/train-gru.log" || fail "neural training failed (see $OUT/train-gru.log)"
as_user "$APP" generate --model "$HOME_DIR/gru.quatrain" -n 1 --seed 7 >"$OUT/generated.txt" \
  || fail "generation failed"
as_user "$APP" train --preset markov --out "$HOME_DIR/x.quatrain" 2>"$OUT/train-markov.log" \
  || fail "markov training failed"
[ -s "$HOME_DIR/x.quatrain" ] || fail "no model written"
[ -e "$HOME_DIR/.javacpp" ] && fail "training created $HOME_DIR/.javacpp"
echo "ok: trained gru.quatrain and x.quatrain, generated:"; cat "$OUT/generated.txt"

# --- The training UI (Vert.x) from the installed command line --------------------------------------------------
step "Training UI served by the installed app"
as_user "$APP" train --corpus "$CORPUS" --preset quatrains-gru --epochs 1 --out "$HOME_DIR/stats.quatrain" \
  2>>"$OUT/train-gru.log" || fail "training with statistics failed"
start_as_user "$APP" ui >"$OUT/ui.log" 2>&1 &
UI_PID=$!
url=""
for _ in $(seq 60); do url=$(grep -o 'http://127.0.0.1:[0-9]*' "$OUT/ui.log" | head -1 || true); [ -n "$url" ] && break; sleep 1; done
[ -n "$url" ] || { kill "$UI_PID"; fail "the training UI did not start (see $OUT/ui.log)"; }
for page in /train/overview /train/model /train/system /train/overview/data; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url$page")
  [ "$code" = 200 ] || { kill "$UI_PID"; fail "$url$page answered $code"; }
done
kill "$UI_PID"; wait "$UI_PID" 2>/dev/null || true
# Netty reads the system's DNS servers through JNDI (module jdk.naming.dns), else warns and uses Google's.
grep -q 'Default DNS servers' "$OUT/ui.log" && fail "Netty could not read the system's DNS servers"
echo "ok: $url/train/overview, model, system and data pages answer 200"

# --- Double-click: open the model through the file association -------------------------------------------------
step "Opening x.quatrain through the desktop's file association"
# The type as desktops see it (GIO reads the shared MIME database; xdg-mime without a desktop asks `file`,
# which only sees a zip archive).
type=$(as_user gio info -a standard::content-type "$HOME_DIR/x.quatrain" | sed -n 's/.*content-type: //p')
[ "$type" = "$MIME" ] || fail "x.quatrain has the type '$type', not $MIME"
handler=$(as_user xdg-mime query default "$MIME")
[ "$handler" = "$(basename "$DESKTOP")" ] || fail "the default for $MIME is '$handler', not $(basename "$DESKTOP")"
echo "$MIME opens with $handler"
# What a double-click does on a GNOME-like desktop: xdg-open hands the file to `gio open`, which runs the menu
# entry's Exec line with the file's path.
as_user env XDG_CURRENT_DESKTOP=GNOME xdg-open "$HOME_DIR/x.quatrain" >"$OUT/xdg-open.log" 2>&1 \
  || fail "xdg-open failed: $(cat "$OUT/xdg-open.log")"
wait_window "$(now)" >/dev/null
APP_PID=$(window_pid)
tr '\0' ' ' <"/proc/$APP_PID/cmdline" | grep -q " $HOME_DIR/x.quatrain" || fail "the app did not get the file as its argument"
LOG=$HOME_DIR/.local/state/$PKG/quatrain.log
for _ in $(seq 60); do grep -q "Opened model $HOME_DIR/x.quatrain" "$LOG" 2>/dev/null && break; sleep 1; done
grep -q "Opened model $HOME_DIR/x.quatrain" "$LOG" || fail "the app did not log opening the model ($LOG)"
sleep 2 # let the Generate pane draw the model
import -window root "$OUT/installed.png"
echo "ok: $(grep "Opened model" "$LOG" | tail -1)"
if [ "$DOCS" = 1 ]; then
  cp "$OUT/installed.png" docs/screenshots/installed.png
fi
# gio open detached the app from us, so `wait` does not apply; stop it by its id and wait for it to go.
kill "$APP_PID"
for _ in $(seq 30); do [ -e "/proc/$APP_PID" ] || break; sleep 0.5; done
APP_PID=""

# --- Remove --------------------------------------------------------------------------------------------------
step "Removing the package"
dpkg -P "$PKG"
[ ! -e /opt/$PKG ] || fail "/opt/$PKG is still there: $(find /opt/$PKG | head)"
[ ! -e "$DESKTOP" ] || fail "$DESKTOP is still there"
ls /usr/share/mime/packages | grep -q "$PKG" && fail "the MIME type is still registered"
echo "ok: /opt/$PKG and the menu entry are gone"

step "PASS"
du -b "$DEB" | awk '{printf "package: %.1f MB\n", $1 / 1e6}' | tee -a "$OUT/timings.txt"
cat "$OUT/timings.txt"
