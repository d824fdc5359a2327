#!/usr/bin/env bash
# Installs the peers of `kiln bench --suite cpu` on a Debian machine of
# the project's kind, on request (scripts/setup.sh installs what kiln and
# its tests need; the suite skips any peer that is missing and says how
# to install it):
#   OpenBLAS  libopenblas0-pthread   SGEMM peer
#   BLIS      libblis4-pthread       SGEMM peer
#   oneDNN    libdnnl2               SGEMM peer (dnnl_sgemm)
#   ONNX Runtime 1.30 (npm onnxruntime-node)   BERT peer
# Safe to run again; it only installs what is missing. Without root or
# apt-get it prints the commands instead.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib 'libopenblas\.so' || missing+=(libopenblas0-pthread)
[ -e /usr/lib/x86_64-linux-gnu/blis-pthread/libblis.so.4 ] || have_lib 'libblis\.so' || missing+=(libblis4-pthread)
have_lib 'libdnnl\.so' || missing+=(libdnnl2)
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		(apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null) ||
			echo "setup-bench: could not install ${missing[*]} (the suite runs without them)" >&2
	else
		echo "setup-bench: install the SGEMM peers with: sudo apt-get install ${missing[*]}" >&2
	fi
fi

# ONNX Runtime 1.30 (libonnxruntime.so.1 of the npm package onnxruntime-node):
# the BERT peer. It goes under the user cache dir, where kiln looks
# ($KILN_ONNXRUNTIME overrides). --ignore-scripts: the package's postinstall
# only fetches GPU providers.
ort_dir="${XDG_CACHE_HOME:-$HOME/.cache}/kiln/ort"
if [ -z "${KILN_ONNXRUNTIME:-}" ] && [ ! -f "$ort_dir/node_modules/onnxruntime-node/package.json" ]; then
	if command -v npm >/dev/null 2>&1; then
		(mkdir -p "$ort_dir" && cd "$ort_dir" &&
			npm install --silent --no-audit --no-fund --ignore-scripts --prefix . onnxruntime-node@1.30.0 >/dev/null) ||
			echo "setup-bench: could not install onnxruntime-node (the suite runs without the BERT peer)" >&2
	else
		echo "setup-bench: npm not found; the BERT peer needs it: npm install --ignore-scripts --prefix $ort_dir onnxruntime-node@1.30.0" >&2
	fi
fi
echo "setup-bench: ok (run: go run ./cmd/kiln bench --suite cpu)"
