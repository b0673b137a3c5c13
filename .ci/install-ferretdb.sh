#!/usr/bin/env bash
# Builds FerretDB (MongoDB wire protocol over SQLite) for the MongoDB store tests into $(go env GOPATH)/bin.
# A plain `go install …@v1.24.2` builds a binary that panics at start: the module ships without
# build/version/version.txt (normally made by its own task runner). So: copy the module source
# from the Go module cache, add that file, and build from there.
set -euo pipefail
VERSION="${1:-v1.24.2}"
BIN="$(go env GOPATH)/bin"
if "$BIN/ferretdb" --version 2>/dev/null | grep -qi "version: ${VERSION}"; then
  exit 0
fi
echo "== building FerretDB ${VERSION} into ${BIN}"
DIR="$(go mod download -json "github.com/FerretDB/FerretDB@${VERSION}" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
[ -n "$DIR" ] || { echo "cannot download FerretDB ${VERSION}" >&2; exit 1; }
SRC="$(mktemp -d)"
trap 'rm -rf "$SRC"' EXIT
cp -r "$DIR/." "$SRC/"
chmod -R u+w "$SRC"
echo "${VERSION}" > "$SRC/build/version/version.txt"
mkdir -p "$BIN"
(cd "$SRC" && CGO_ENABLED=0 go build -trimpath -o "$BIN/ferretdb" ./cmd/ferretdb)
"$BIN/ferretdb" --version | head -n 1
