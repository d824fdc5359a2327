// Package bench is kiln's benchmark harness. Each workload is measured side
// by side with its peer (OpenBLAS, ONNX Runtime, Hugging Face on the GPU
// machine) or the machine's measured limit in the same run, and reported
// as ratios in one JSON shape shared by every suite (Report): bench/cpu
// (`kiln bench --suite cpu`, llvm backend) and bench/gpu (`kiln bench
// --suite gpu`, xla backend); bench/tokenizers compares the tokenizers with
// Hugging Face tokenizers. Recorded runs are in bench/results.
package bench
