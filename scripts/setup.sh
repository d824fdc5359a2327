#!/usr/bin/env bash
# Sets up what kiln and its tests need on a fresh Debian machine of the
# project's kind (Go 1.26 preinstalled): Go modules, and the LLVM 14 tools
# and C compiler the CPU backend compiles with. The CPU benchmark's peers
# (OpenBLAS, BLIS, oneDNN, ONNX Runtime) are not needed by kiln or its
# tests: scripts/setup-bench.sh installs them on request. Safe to run
# again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_go="1.26"
if ! command -v go >/dev/null 2>&1; then
	echo "setup: Go $need_go or newer is required (https://go.dev/dl/)" >&2
	exit 1
fi
have_go=$(go env GOVERSION | sed 's/^go//')
if [ "$(printf '%s\n%s\n' "$need_go" "$have_go" | sort -V | head -1)" != "$need_go" ]; then
	echo "setup: Go $need_go or newer is required, found $have_go" >&2
	exit 1
fi

go mod download

# llc and a C compiler for the LLVM CPU backend (kiln falls back to the
# pure-Go interpreter without them, with a notice).
if ! command -v llc >/dev/null 2>&1 && ! command -v llc-14 >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		apt-get update -qq && apt-get install -y -qq llvm-14 >/dev/null
	else
		echo "setup: llc not found; install LLVM (Debian: apt-get install llvm-14) for the compiled CPU backend" >&2
	fi
fi
if ! command -v cc >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		apt-get update -qq && apt-get install -y -qq gcc >/dev/null
	else
		echo "setup: no C compiler found; install gcc" >&2
	fi
fi
echo "setup: ok ($(go version | cut -d' ' -f3)); scripts/setup-bench.sh installs the CPU benchmark's peers"
