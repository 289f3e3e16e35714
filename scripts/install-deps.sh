#!/usr/bin/env bash
# Installs what afq needs on a fresh Debian machine and nothing when it is already there.
# The Swift toolchain and the Swift packages come with the machine; system packages come from apt.
set -euo pipefail

need=()
# libedit-dev: the interactive shell's line editor.
dpkg -s libedit-dev >/dev/null 2>&1 || need+=(libedit-dev)
# pkg-config: SwiftPM finds libedit through it.
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# libcurl4: live data loads libcurl.so.4 on first use (the live tests need it too).
/sbin/ldconfig -p 2>/dev/null | grep -qE 'libcurl(-gnutls)?\.so\.4 ' || need+=(libcurl4)

if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi

command -v swift >/dev/null 2>&1 || { echo "swift is not on PATH (expected Swift 6.3 at /opt/swift)" >&2; exit 1; }
