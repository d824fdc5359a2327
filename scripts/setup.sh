#!/usr/bin/env bash
# Sets up everything kiln needs on a fresh Debian machine of the project's
# kind (Go 1.26 preinstalled): Go modules, the LLVM 14 tools the CPU
# backend compiles with, and the CPU benchmark's peers (OpenBLAS, ONNX
# Runtime). Safe to run again; it only installs what is missing.
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
# OpenBLAS: the SGEMM peer of `kiln bench --suite cpu` (the suite skips it when absent).
if ! ldconfig -p 2>/dev/null | grep -q 'libopenblas\.so'; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		(apt-get update -qq && apt-get install -y -qq libopenblas0-pthread >/dev/null) ||
			echo "setup: could not install libopenblas0-pthread (only the CPU benchmark's peer needs it)" >&2
	else
		echo "setup: OpenBLAS not found; install libopenblas0-pthread for the CPU benchmark's peer" >&2
	fi
fi
# ONNX Runtime 1.30 (libonnxruntime.so.1 of the npm package onnxruntime-node):
# the BERT peer of `kiln bench --suite cpu` (the suite skips it when absent).
# It goes under the user cache dir, where kiln looks ($KILN_ONNXRUNTIME overrides).
# --ignore-scripts: the package's postinstall only fetches GPU providers.
ort_dir="${XDG_CACHE_HOME:-$HOME/.cache}/kiln/ort"
if [ -z "${KILN_ONNXRUNTIME:-}" ] && [ ! -f "$ort_dir/node_modules/onnxruntime-node/package.json" ]; then
	if command -v npm >/dev/null 2>&1; then
		(mkdir -p "$ort_dir" && cd "$ort_dir" &&
			npm install --silent --no-audit --no-fund --ignore-scripts --prefix . onnxruntime-node@1.30.0 >/dev/null) ||
			echo "setup: could not install onnxruntime-node (only the CPU benchmark's BERT peer needs it)" >&2
	else
		echo "setup: npm not found; the CPU benchmark's ONNX Runtime peer needs it (npm install onnxruntime-node@1.30.0 into $ort_dir)" >&2
	fi
fi
echo "setup: ok ($(go version | cut -d' ' -f3))"
