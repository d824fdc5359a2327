# Stands in for hf_lora_baseline.py in TestLoRABenchOnInterp (run by /bin/sh):
# checks the arguments RunLoRABench passes and answers as the script does —
# one JSON line for --mode eager, {"error": ...} and exit 1 for any other mode.
mode= cfg= batch= seq= base=
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) mode=$2; shift ;;
    --config) cfg=$2; shift ;;
    --batch) batch=$2; shift ;;
    --seq) seq=$2; shift ;;
    --base-dtype) base=$2; shift ;;
  esac
  shift
done
grep -q '"num_hidden_layers":2' "$cfg" 2>/dev/null || { echo '{"error": "no config.json of the test model"}'; exit 1; }
if [ "$mode" = eager ]; then
  echo "loading (a log line before the JSON)"
  echo "{\"mode\": \"eager\", \"batch\": $batch, \"seq\": $seq, \"base_dtype\": \"$base\", \"tokens_per_s\": 100, \"smi_peak_mib\": 1000, \"max_memory_allocated_mib\": 500}"
else
  echo "{\"mode\": \"$mode\", \"error\": \"torch.compile failed\"}"
  exit 1
fi
