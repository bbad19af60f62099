#!/usr/bin/env bash
# Installs the Debian 12 packages ServQA needs to build, run and test.
# Idempotent: when everything is installed already it only checks (about a second).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config
  # Qt 6.4 (Widgets, Sql, PrintSupport, Test, LinguistTools) and the SQLite driver
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 # the SVG image reader: the icons are drawn as PNGs from their SVGs at build time
  # call recordings in the evaluation editor: QtMultimedia and the GStreamer decoders it
  # uses (without them QMediaPlayer crashes or cannot decode WAV)
  qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  # the demo's call recordings: its transcripts voiced in Mandarin and English
  espeak-ng
  # statistics: Student's t quantiles for confidence intervals (Boost.Math, header-only)
  libboost-dev
  # mystery-shop evidence: the capture time of photos (EXIF)
  libexif-dev
  # imports bind their rows through SQLite's C API (the same library Qt's driver uses)
  libsqlite3-dev
  # charts
  libqcustomplot-dev libqcustomplot2.1-qt6
  # CJK font: without it Chinese is drawn as boxes and dropped from PDFs
  fonts-wqy-microhei
  # tests and screenshots: offscreen/X11 runs, PDF text checks, the sqlite3 baseline
  xvfb xauth poppler-utils sqlite3
  # team mode: Qt's PostgreSQL driver, and PostgreSQL 15 for the throwaway clusters the tests
  # start (docs/team-mode.md)
  libqt6sql6-psql postgresql-15
  # team mode: a server's password in the system keychain when the user ticks "Remember"
  # (QtKeychain); the tests run a keychain of their own (GNOME Keyring on a private D-Bus)
  qtkeychain-qt6-dev gnome-keyring dbus
)

# Optional groups, named as arguments: `setup-deps.sh fuzz` also installs these.
for group in "$@"; do
  case "$group" in
    fuzz)
      packages+=(
        # libFuzzer targets (fuzz/, scripts/fuzz.sh): clang 14 and its -fsanitize=fuzzer runtime
        clang-14 libfuzzer-14-dev
      )
      ;;
    *)
      echo "setup-deps: unknown group '$group' (known: fuzz)" >&2
      exit 2
      ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "setup-deps: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
