// Host shim: the CUDA keywords and built-ins the generated code uses,
// implemented for the host, so that a C++20 compiler can check the
// generated code (TestGeneratedCodeCompilesAsCXX) and run it
// (TestEmulatedConformance): kiln_launch runs a kernel's blocks one after
// another, each block's threads as coroutines (ucontext) on the calling
// thread, taken in turn: thread 0 runs until its __syncthreads, then
// thread 1, ..., so a barrier is one round over the block and warp
// shuffles are exchanged through memory. The order is deterministic and a
// thread always runs ahead of the higher-numbered ones between barriers,
// so a missing barrier shows as a wrong result, not as a rare race. A
// block whose threads do not all reach the same __syncthreads (some exit
// while others wait) aborts with a message instead of hanging. Slow and
// only for tests; nothing here is used on a GPU.
#define KILN_HOST 1
// The coroutines switch with _setjmp/_longjmp between their own stacks,
// which glibc's fortified longjmp would take for stack corruption.
#undef _FORTIFY_SOURCE
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <csetjmp>
#include <ucontext.h>
#include <vector>
using std::isfinite;
using std::signbit;
#define __device__
#define __global__
#define __forceinline__ inline
#define __launch_bounds__(n)
#define __shared__ static
#define __restrict__ __restrict
struct kiln_dim3 { unsigned int x, y, z; };
// The running emulated thread's indices, set by kiln_launch before it
// switches to the thread.
static kiln_dim3 blockIdx, threadIdx;
static kiln_dim3 blockDim, gridDim;

template <typename To, typename From> static inline To kiln_bits(From f) { To t; std::memcpy(&t, &f, sizeof t); return t; }
inline float __int_as_float(int x) { return kiln_bits<float>(x); }
inline int __float_as_int(float x) { return kiln_bits<int>(x); }
inline float __uint_as_float(unsigned int x) { return kiln_bits<float>(x); }
// Emulated without contraction (-ffp-contract=off), as __fmul_rn on the GPU.
inline float __fmul_rn(float a, float b) { return a * b; }
inline double __longlong_as_double(long long x) { return kiln_bits<double>(x); }
inline float __double2float_rz(double x) {
  float r = (float)x;
  if (std::fabs((double)r) > std::fabs(x)) r = std::nextafterf(r, 0.0f);
  return r;
}
inline long long min(long long a, long long b) { return a < b ? a : b; }
inline long long max(long long a, long long b) { return a > b ? a : b; }

inline float kiln_h2f(unsigned short h) { return (float)kiln_bits<_Float16>(h); }
inline unsigned short kiln_f2h(float f) { return kiln_bits<unsigned short>((_Float16)f); }
inline unsigned short kiln_d2h(double d) { return kiln_bits<unsigned short>((_Float16)d); }
inline unsigned short kiln_f2bf(float f) {
  unsigned int b = kiln_bits<unsigned int>(f);
  if (f != f) return (unsigned short)((b >> 16) | 0x40);
  return (unsigned short)((b + 0x7fffu + ((b >> 16) & 1u)) >> 16);
}

// One emulated thread: its stack, where it stands, and where it resumes.
// A thread starts with setcontext on its makecontext'd stack; after that
// the switches are _setjmp/_longjmp (no signal-mask system calls).
enum kiln_state { kiln_ready, kiln_at_barrier, kiln_exited };
struct kiln_thread { ucontext_t start; jmp_buf resume; kiln_state state; bool started; };
static jmp_buf kiln_scheduler;
static kiln_thread* kiln_threads;
static int kiln_current;

// __syncthreads suspends the running thread until every thread of the
// block has reached it (kiln_launch resumes them all in the next round).
static inline void __syncthreads() {
  kiln_thread& t = kiln_threads[kiln_current];
  t.state = kiln_at_barrier;
  if (!_setjmp(t.resume)) _longjmp(kiln_scheduler, 1);
}
template <typename T> T __shfl_xor_sync(unsigned int, T v, int lane_mask) {
  static T slots[1024];
  __syncthreads();
  slots[threadIdx.x] = v;
  __syncthreads();
  T r = slots[threadIdx.x ^ (unsigned)lane_mask];
  __syncthreads();
  return r;
}

typedef void* kiln_p;
#define KILN_CALL(n, ...) case n: ((void (*)(__VA_ARGS__))kiln_fn)
static void* kiln_fn;
static int kiln_nargs;
static void** kiln_args;

// kiln_thread_main runs the kernel as the current emulated thread, then
// goes back to the scheduler for good.
static void kiln_thread_main() {
  void* fn = kiln_fn;
  void** a = kiln_args;
  (void)fn;
  typedef kiln_p P;
  switch (kiln_nargs) {
    KILN_CALL(1, P)(a[0]); break;
    KILN_CALL(2, P, P)(a[0], a[1]); break;
    KILN_CALL(3, P, P, P)(a[0], a[1], a[2]); break;
    KILN_CALL(4, P, P, P, P)(a[0], a[1], a[2], a[3]); break;
    KILN_CALL(5, P, P, P, P, P)(a[0], a[1], a[2], a[3], a[4]); break;
    KILN_CALL(6, P, P, P, P, P, P)(a[0], a[1], a[2], a[3], a[4], a[5]); break;
    KILN_CALL(7, P, P, P, P, P, P, P)(a[0], a[1], a[2], a[3], a[4], a[5], a[6]); break;
    KILN_CALL(8, P, P, P, P, P, P, P, P)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]); break;
    KILN_CALL(9, P, P, P, P, P, P, P, P, P)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]); break;
    KILN_CALL(10, P, P, P, P, P, P, P, P, P, P)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]); break;
    KILN_CALL(11, P, P, P, P, P, P, P, P, P, P, P)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]); break;
    KILN_CALL(12, P, P, P, P, P, P, P, P, P, P, P, P)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]); break;
    default: std::abort();
  }
  kiln_threads[kiln_current].state = kiln_exited;
  _longjmp(kiln_scheduler, 1);
}

// kiln_resume runs thread th until its next __syncthreads or its end.
static __attribute__((noinline)) void kiln_resume(kiln_thread& th) {
  th.state = kiln_ready;
  if (_setjmp(kiln_scheduler)) return;  // the thread came back
  if (th.started) _longjmp(th.resume, 1);
  th.started = true;
  setcontext(&th.start);
}

// kiln_launch runs kernel fn (whose parameters are nargs pointers) on
// grid x block emulated threads. Not reentrant: one launch at a time.
extern "C" void kiln_launch(void* fn, int nargs, void** a, int grid, int block) {
  // The stacks are malloc'd, not zeroed: only the pages a thread uses
  // are ever touched.
  enum { stack_bytes = 256 << 10 };
  static char* stacks;
  static int stacks_for;
  if (stacks_for < block) {
    std::free(stacks);
    stacks = (char*)std::malloc((size_t)block * stack_bytes);
    if (!stacks) std::abort();
    stacks_for = block;
  }
  std::vector<kiln_thread> threads(block);
  kiln_threads = threads.data();
  kiln_fn = fn;
  kiln_nargs = nargs;
  kiln_args = a;
  blockDim = {(unsigned)block, 1, 1};
  gridDim = {(unsigned)grid, 1, 1};
  for (int b = 0; b < grid; ++b) {
    blockIdx = {(unsigned)b, 0, 0};
    for (int t = 0; t < block; ++t) {
      kiln_thread& th = threads[t];
      getcontext(&th.start);
      th.start.uc_stack.ss_sp = stacks + (size_t)t * stack_bytes;
      th.start.uc_stack.ss_size = stack_bytes;
      th.start.uc_link = nullptr;
      makecontext(&th.start, kiln_thread_main, 0);
      th.state = kiln_ready;
      th.started = false;
    }
    // Rounds: each live thread runs until its next barrier or its end.
    for (;;) {
      int waiting = 0, exited = 0;
      for (int t = 0; t < block; ++t) {
        if (threads[t].state == kiln_exited) continue;
        kiln_current = t;
        threadIdx = {(unsigned)t, 0, 0};
        kiln_resume(threads[t]);
      }
      for (int t = 0; t < block; ++t) {
        if (threads[t].state == kiln_exited) exited++;
        else waiting++;
      }
      if (waiting == 0) break;
      if (exited > 0) {
        std::fprintf(stderr, "kiln host shim: block %d: %d threads wait at __syncthreads, %d have exited\n", b, waiting, exited);
        std::abort();
      }
    }
  }
  kiln_threads = nullptr;
}

#include <atomic>
inline double atomicAdd(double* p, double v) { return std::atomic_ref<double>(*p).fetch_add(v); }
inline unsigned long long atomicAdd(unsigned long long* p, unsigned long long v) { return std::atomic_ref<unsigned long long>(*p).fetch_add(v); }
inline unsigned long long atomicOr(unsigned long long* p, unsigned long long v) { return std::atomic_ref<unsigned long long>(*p).fetch_or(v); }
