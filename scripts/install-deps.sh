#!/usr/bin/env bash
# Installs what afq and its tests need on a fresh Debian machine and nothing when it is already there.
# The Swift toolchain and the Swift packages come with the machine; system packages come from apt.
set -euo pipefail

need=()
# libedit-dev: the interactive shell's line editor.
dpkg -s libedit-dev >/dev/null 2>&1 || need+=(libedit-dev)
# pkg-config: SwiftPM finds libedit through it.
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# libcurl4: live data loads libcurl.so.4 on first use (the live tests need it too).
/sbin/ldconfig -p 2>/dev/null | grep -qE 'libcurl(-gnutls)?\.so\.4 ' || need+=(libcurl4)

# For the tests only: the shells whose completion scripts are run (CompletionScriptTests) and groff,
# which formats the manual page (ManualPageTests). Without them those tests skip with a note, so
# failing to install them (no network, no apt) is a warning, not a failure.
for_tests=()
for shell in bash zsh fish; do command -v "$shell" >/dev/null 2>&1 || for_tests+=("$shell"); done
command -v groff >/dev/null 2>&1 || for_tests+=(groff-base)

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
if [ ${#need[@]} -gt 0 ] || [ ${#for_tests[@]} -gt 0 ]; then
  "${sudo_cmd[@]}" apt-get update -qq || [ ${#need[@]} -eq 0 ]
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ${#for_tests[@]} -gt 0 ]; then
  echo "installing for the tests: ${for_tests[*]}" >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${for_tests[@]}" \
    >/dev/null 2>&1 || echo "warning: could not install ${for_tests[*]}; the tests that need them will skip" >&2
fi

command -v swift >/dev/null 2>&1 || { echo "swift is not on PATH (expected Swift 6.3 at /opt/swift)" >&2; exit 1; }
