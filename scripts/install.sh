#!/usr/bin/env bash
# `make install`, `make uninstall` and `make dist` (README, "Installing"): the one list of what an
# installation of afq holds, so uninstall removes exactly what install wrote.
#
#   scripts/install.sh install    BINARY, PREFIX (default /usr/local), DESTDIR (default none)
#   scripts/install.sh uninstall  PREFIX, DESTDIR
#   scripts/install.sh dist       BINARY, DIST_DIR (default .build/dist): a tarball whose one
#                                 folder is a prefix (bin/, share/), to unpack with
#                                 `tar -xzf FILE -C PREFIX --strip-components=1`
#
# The manual page and the completion scripts are written by the binary being installed
# (`afq --man`, `afq --completions SHELL`), from the option table it parses with.
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:?usage: scripts/install.sh install|uninstall|dist}
BINARY=${BINARY:-.build/release/afq}
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
DIST_DIR=${DIST_DIR:-.build/dist}
SAMPLE=Sources/AFQSources/Resources/sample.json

# Every file an installation holds, relative to the prefix. share/afq/sample.json is the bundled
# sample, which afq looks for at ../share/afq beside its binary.
files=(
  bin/afq
  share/afq/sample.json
  share/man/man1/afq.1
  share/bash-completion/completions/afq
  share/zsh/site-functions/_afq
  share/fish/vendor_completions.d/afq.fish
  share/doc/afq/README.md
  share/doc/afq/LICENSE
)
# Folders that are afq's own, removed by uninstall when empty.
own_folders=(share/afq share/doc/afq)

# Writes the installation's files under the folder $1 (a prefix), from $BINARY.
populate() {
  local root=$1
  [ -x "$BINARY" ] || { echo "scripts/install.sh: no binary at $BINARY (make release builds it)" >&2; exit 1; }
  install -d "$root/bin" "$root/share/afq" "$root/share/man/man1" "$root/share/bash-completion/completions" \
    "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d" "$root/share/doc/afq"
  install -m 0755 "$BINARY" "$root/bin/afq"
  install -m 0644 "$SAMPLE" "$root/share/afq/sample.json"
  "$BINARY" --man >"$root/share/man/man1/afq.1"
  "$BINARY" --completions bash >"$root/share/bash-completion/completions/afq"
  "$BINARY" --completions zsh >"$root/share/zsh/site-functions/_afq"
  "$BINARY" --completions fish >"$root/share/fish/vendor_completions.d/afq.fish"
  install -m 0644 README.md "$root/share/doc/afq/README.md"
  # The project states no licence yet; a LICENSE file, once there is one, is installed too.
  if [ -f LICENSE ]; then install -m 0644 LICENSE "$root/share/doc/afq/LICENSE"; fi
  chmod 0644 "$root/share/man/man1/afq.1" "$root/share/bash-completion/completions/afq" \
    "$root/share/zsh/site-functions/_afq" "$root/share/fish/vendor_completions.d/afq.fish"
}

case "$action" in
  install)
    populate "$DESTDIR$PREFIX"
    echo "installed afq in $DESTDIR$PREFIX"
    ;;
  uninstall)
    for file in "${files[@]}"; do rm -f "$DESTDIR$PREFIX/$file"; done
    for folder in "${own_folders[@]}"; do rmdir "$DESTDIR$PREFIX/$folder" 2>/dev/null || true; done
    echo "removed afq from $DESTDIR$PREFIX"
    ;;
  dist)
    version=$("$BINARY" --version)
    name="afq-$version-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
    staging=$(mktemp -d)
    trap 'rm -rf "$staging"' EXIT
    populate "$staging/$name"
    mkdir -p "$DIST_DIR"
    tar -czf "$DIST_DIR/$name.tar.gz" -C "$staging" --owner=0 --group=0 --numeric-owner "$name"
    echo "$DIST_DIR/$name.tar.gz"
    ;;
  *)
    echo "scripts/install.sh: unknown action '$action' (install, uninstall or dist)" >&2
    exit 2
    ;;
esac
