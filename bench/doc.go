// Package bench is kiln's benchmark harness. Each workload is measured side
// by side with its peers (OpenBLAS, BLIS, oneDNN, ONNX Runtime, Hugging
// Face on the GPU machine) or the machine's measured limit in the same
// run, and reported as ratios in one JSON shape shared by every suite
// (Report; a figure above a ceiling marks the limit broken): bench/cpu
// (`kiln bench --suite cpu`, llvm backend) and bench/gpu (`kiln bench
// --suite gpu`, xla backend); bench/tokenizers compares the tokenizers with
// Hugging Face tokenizers. Recorded runs are in bench/results.
package bench
