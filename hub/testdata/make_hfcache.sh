#!/bin/sh
# Builds hfcache/: a hub cache laid out exactly as Python's huggingface_hub
# writes it (hf_hub_download / snapshot_download), for the offline tests.
# Blobs are named by etag: the git blob id (sha1) of a regular file, the
# sha256 of an LFS file; snapshots hold relative symlinks into blobs; refs
# hold a commit id without a trailing newline; .no_exist records a file the
# Hub said does not exist. Run from this folder; the result is committed.
set -eu
rm -rf hfcache
mkdir -p hfcache
cd hfcache
printf 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by huggingface_hub.\n# For information about cache directory tags, see:\n#\thttps://bford.info/cachedir/\n' > CACHEDIR.TAG

A=3f1c7c5e0a9b2d4e6f8a1b3c5d7e9f0a2b4c6d8e   # main
B=9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d   # tag v1.0 and refs/pr/1
R=models--kiln-test--tiny-gpt2
mkdir -p $R/blobs $R/refs/refs/pr $R/snapshots/$A/onnx $R/snapshots/$B $R/.no_exist/$A

blob() { # blob <name-in-repo> <content-file> <lfs?> -> prints etag, stores blob
	if [ "$3" = lfs ]; then e=$(sha256sum "$2" | cut -d' ' -f1); else e=$(git hash-object "$2"); fi
	cp "$2" $R/blobs/$e
	echo $e
}
tmp=$(mktemp -d)
printf '{"model_type": "gpt2", "n_embd": 8, "n_layer": 1}\n' > $tmp/config.json
printf '{"model_type": "gpt2", "n_embd": 4, "n_layer": 1}\n' > $tmp/config_v1.json
printf '{"opset": 17}\n' > $tmp/onnx_config.json
printf '\066\000\000\000\000\000\000\000{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}\000\000\200\077\000\000\000\100' > $tmp/model.safetensors

c=$(blob config.json $tmp/config.json git)
c1=$(blob config.json $tmp/config_v1.json git)
o=$(blob onnx/config.json $tmp/onnx_config.json git)
m=$(blob model.safetensors $tmp/model.safetensors lfs)
ln -s ../../blobs/$c $R/snapshots/$A/config.json
ln -s ../../blobs/$m $R/snapshots/$A/model.safetensors
ln -s ../../../blobs/$o $R/snapshots/$A/onnx/config.json
ln -s ../../blobs/$c1 $R/snapshots/$B/config.json
ln -s ../../blobs/$m $R/snapshots/$B/model.safetensors
printf %s $A > $R/refs/main
printf %s $B > $R/refs/v1.0
printf %s $B > $R/refs/refs/pr/1
: > $R/.no_exist/$A/generation_config.json

# trees/<commit>.json: the tree listing recent huggingface_hub caches per
# commit (json.dump(indent=1), files sorted). Main's is complete; v1.0's also
# lists tokenizer.json, which was never downloaded: offline, that snapshot
# is incomplete unless patterns leave tokenizer.json out.
mkdir -p $R/trees
tree() { # tree <commit> <name size blob_id [lfs_sha256]>...
	commit=$1; shift
	out="{\n \"format_version\": 1,\n \"files\": {"
	sep=""
	while [ $# -gt 0 ]; do
		entry="\n  \"$1\": {\n   \"size\": $2,\n   \"blob_id\": \"$3\""
		shift 3
		if [ $# -gt 0 ] && [ ${#1} -eq 64 ]; then
			entry="$entry,\n   \"lfs_sha256\": \"$1\",\n   \"lfs_size\": $msize"
			shift
		fi
		out="$out$sep$entry\n  }"
		sep=","
	done
	printf "$out\n }\n}" > $R/trees/$commit.json
}
size() { wc -c < "$1" | tr -d ' '; }
msize=$(size $tmp/model.safetensors)
mptr=$(printf 'version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %s\n' $m $msize | git hash-object --stdin)
tree $A config.json $(size $tmp/config.json) $c model.safetensors $msize $mptr $m onnx/config.json $(size $tmp/onnx_config.json) $o
tree $B config.json $(size $tmp/config_v1.json) $c1 model.safetensors $msize $mptr $m tokenizer.json 2113 4f8e1ab2c3d4e5f60718293a4b5c6d7e8f901234

D=0123456789abcdef0123456789abcdef01234567
R=datasets--kiln-test--tiny-ds
mkdir -p $R/blobs $R/refs $R/snapshots/$D/data
printf 'text,label\nhello,1\n' > $tmp/train.csv
t=$(blob data/train.csv $tmp/train.csv git)
ln -s ../../../blobs/$t $R/snapshots/$D/data/train.csv
printf %s $D > $R/refs/main
rm -rf $tmp
