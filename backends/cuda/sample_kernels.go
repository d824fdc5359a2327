package cuda

// samplerSource is the module of the device sampler (sampler.go): one
// kernel per logits dtype, one block per sequence. Parameters are all
// pointers, as for generated kernels: the logits, the scalar parameters
// (sampleParams, 16 long longs), the history ids (rows x L, -1 padding),
// float scratch (rows x V) and the chosen ids (rows long longs).
//
// Per row, on the last position's logits (row b's are at (b*T + T-1)*V):
//  1. scratch = logits in float; the repetition penalty (HF's
//     RepetitionPenaltyLogitsProcessor, float32 arithmetic as the host's:
//     x < 0 ? x*p : x/p) on every history id, computed from the logit
//     itself, so duplicate ids write the same value;
//  2. greedy: the first index of the largest score (a NaN wins, as
//     torch.argmax and the op table's arg_max);
//  3. sampling: scores / temperature (float32, as TemperatureWarper);
//     the top-k threshold Tk = the largest key with at least k scores at
//     or above it (the k-th largest score: ties kept, as TopKWarper); the
//     top-p threshold Tp = the largest key whose mass (softmax over the
//     scores kept by top-k) at or above it is at least p — HF's sorted
//     prefix sums (a token is kept while the mass strictly above it is
//     below p) found by a bitwise search over the order-preserving 32-bit
//     keys of the float scores, one block reduction per bit, ties at the
//     cut kept; then a draw u in [0, 1) from the counter-based generator
//     (kiln_uniform: seed, step, row) walks the kept scores' exponentials
//     in vocabulary order, as the host's Categorical: the first index
//     whose running sum exceeds u * total.
//
// Every block reduction is in a fixed order (kiln_block_reduce, and one
// thread combining per-thread partials), so a run is deterministic.
const samplerSource = prelude + `
// Order-preserving key of a float: a < b <=> key(a) < key(b) (-0 < +0;
// a positive NaN above +inf).
__device__ __forceinline__ unsigned int kiln_key(float f) {
  const unsigned int b = (unsigned int)__float_as_int(f);
  return (b & 0x80000000u) ? ~b : (b | 0x80000000u);
}
// SplitMix64's finalizer.
__device__ __forceinline__ unsigned long long kiln_mix64(unsigned long long z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
// kiln_uniform is the draw of (seed, step, row): a double in [0, 1) with
// 53 random bits. A counter-based generator: no state on the device.
__device__ __forceinline__ double kiln_uniform(unsigned long long seed, unsigned long long step, unsigned long long row) {
  unsigned long long h = kiln_mix64(seed + 0x9E3779B97F4A7C15ull);
  h = kiln_mix64(h ^ (step * 0xD1B54A32D192ED03ull));
  h = kiln_mix64(h ^ (row * 0xAEF17502108EF2D9ull + 1ull));
  return (double)(h >> 11) * (1.0 / 9007199254740992.0);
}
template <int D> __device__ __forceinline__ float kiln_logit(const void* p, long long i) {
  if (D == 0) return ((const float*)p)[i];
  if (D == 1) return kiln_h2f(((const unsigned short*)p)[i]);
  return kiln_bf2f(((const unsigned short*)p)[i]);
}
// kiln_better: (a, i) ranks before (b, j) for arg-max: NaN first, then
// the larger value, then the smaller index.
__device__ __forceinline__ bool kiln_better(float a, long long i, float b, long long j) {
  if (a != a || b != b) return (a != a) && (b == b || i < j);
  return a > b || (a == b && i < j);
}
template <int D> __device__ void kiln_sample(const void* logits, const long long* prm, const long long* hist, float* scratch, long long* out) {
  __shared__ float best_v[256];
  __shared__ long long best_i[256];
  __shared__ double part[256];
  const long long B = prm[0], T = prm[1], V = prm[2], L = prm[3];
  const bool greedy = prm[4] != 0;
  const long long topk = prm[5];
  const unsigned long long seed = (unsigned long long)prm[6], step = (unsigned long long)prm[7];
  const float temp = (float)__longlong_as_double(prm[8]);
  const double topp = __longlong_as_double(prm[9]);
  const float pen = (float)__longlong_as_double(prm[10]);
  const long long tid = threadIdx.x, nt = blockDim.x;
  for (long long b = blockIdx.x; b < B; b += gridDim.x) {
    const long long base = (b * T + T - 1) * V;
    float* s = scratch + b * V;
    for (long long i = tid; i < V; i += nt) s[i] = kiln_logit<D>(logits, base + i);
    __syncthreads();
    if (pen != 1.0f) {
      for (long long j = tid; j < L; j += nt) {
        const long long id = hist[b * L + j];
        if (id < 0 || id >= V) continue;
        const float x = kiln_logit<D>(logits, base + id);
        s[id] = x < 0.0f ? x * pen : x / pen;
      }
      __syncthreads();
    }
    if (greedy) {
      float bv = 0.0f;
      long long bi = -1;
      for (long long i = tid; i < V; i += nt) {
        if (bi < 0 || kiln_better(s[i], i, bv, bi)) { bv = s[i]; bi = i; }
      }
      best_v[tid] = bv;
      best_i[tid] = bi;
      __syncthreads();
      if (tid == 0) {
        for (long long t = 1; t < nt; ++t) {
          if (best_i[t] >= 0 && (bi < 0 || kiln_better(best_v[t], best_i[t], bv, bi))) { bv = best_v[t]; bi = best_i[t]; }
        }
        out[b] = bi < 0 ? 0 : bi;
      }
      __syncthreads();
      continue;
    }
    if (temp != 1.0f) {
      for (long long i = tid; i < V; i += nt) s[i] = s[i] / temp;
      __syncthreads();
    }
    // Top-k: the largest key with at least topk scores at or above it.
    unsigned int tk = 0u;
    if (topk > 0 && topk < V) {
      for (int bit = 31; bit >= 0; --bit) {
        const unsigned int cand = tk | (1u << bit);
        long long n = 0;
        for (long long i = tid; i < V; i += nt) n += kiln_key(s[i]) >= cand ? 1 : 0;
        if (kiln_block_reduce(n, kiln_isum()) >= topk) tk = cand;
      }
    }
    double m = (double)-__int_as_float(0x7f800000);
    for (long long i = tid; i < V; i += nt) {
      if (kiln_key(s[i]) >= tk && (double)s[i] > m) m = (double)s[i];
    }
    m = kiln_block_reduce(m, kiln_fmaxop());
    // Top-p over the scores top-k kept: the largest key whose mass at or
    // above it is at least topp of theirs.
    unsigned int cut = tk;
    if (topp < 1.0) {
      double z = 0.0;
      for (long long i = tid; i < V; i += nt) {
        if (kiln_key(s[i]) >= tk) z += exp((double)s[i] - m);
      }
      const double need = topp * kiln_block_reduce(z, kiln_fsum());
      unsigned int tp = 0u;
      for (int bit = 31; bit >= 0; --bit) {
        const unsigned int cand = tp | (1u << bit);
        double mass = 0.0;
        for (long long i = tid; i < V; i += nt) {
          const unsigned int k = kiln_key(s[i]);
          if (k >= cand && k >= tk) mass += exp((double)s[i] - m);
        }
        if (kiln_block_reduce(mass, kiln_fsum()) >= need) tp = cand;
      }
      cut = tp > tk ? tp : tk;
    }
    // The draw: thread t sums its contiguous chunk; thread 0 finds the
    // chunk and the index where the running sum passes u * total.
    const long long chunk = (V + nt - 1) / nt;
    const long long lo = tid * chunk, hi = lo + chunk < V ? lo + chunk : V;
    double c = 0.0;
    for (long long i = lo; i < hi; ++i) {
      if (kiln_key(s[i]) >= cut) c += exp((double)s[i] - m);
    }
    part[tid] = c;
    __syncthreads();
    if (tid == 0) {
      double total = 0.0;
      for (long long t = 0; t < nt; ++t) total += part[t];
      const double u = kiln_uniform(seed, step, (unsigned long long)b) * total;
      long long pick = -1, last = -1;
      double run = 0.0;
      for (long long t = 0; t < nt && pick < 0; ++t) {
        if (part[t] <= 0.0) continue;
        const long long l = t * chunk, h = l + chunk < V ? l + chunk : V;
        if (run + part[t] <= u && t + 1 < nt) { run += part[t]; continue; }
        for (long long i = l; i < h; ++i) {
          if (kiln_key(s[i]) < cut) continue;
          const double e = exp((double)s[i] - m);
          if (e <= 0.0) continue;
          last = i;
          run += e;
          if (u < run) { pick = i; break; }
        }
      }
      if (pick < 0) {  // rounding at the end of the range: the last kept
        for (long long i = V - 1; i >= 0 && last < 0; --i) {
          if (kiln_key(s[i]) >= cut && exp((double)s[i] - m) > 0.0) last = i;
        }
        pick = last < 0 ? 0 : last;
      }
      out[b] = pick;
    }
    __syncthreads();
  }
}
extern "C" __global__ void __launch_bounds__(256) k0_sample_f32(const float* lg, const long long* prm, const long long* hist, float* scratch, long long* out) { kiln_sample<0>(lg, prm, hist, scratch, out); }
extern "C" __global__ void __launch_bounds__(256) k1_sample_f16(const unsigned short* lg, const long long* prm, const long long* hist, float* scratch, long long* out) { kiln_sample<1>(lg, prm, hist, scratch, out); }
extern "C" __global__ void __launch_bounds__(256) k2_sample_bf16(const unsigned short* lg, const long long* prm, const long long* hist, float* scratch, long long* out) { kiln_sample<2>(lg, prm, hist, scratch, out); }
`
