#!/bin/sh
# Runs a test with a keychain of its own: GNOME Keyring's Secret Service on a private D-Bus
# session bus, its keyring in a temporary folder, unlocked with a throwaway password. Nothing of
# the user's own keychain is read or written.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -m 700 "$dir/run"
XDG_DATA_HOME=$dir/data XDG_RUNTIME_DIR=$dir/run XDG_CONFIG_HOME=$dir/config \
  dbus-run-session -- sh -c '
    eval "$(printf throwaway | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"' sh "$@"
