// Host shim: the CUDA keywords and built-ins the generated code uses,
// implemented for the host, so that a C++20 compiler can check the
// generated code (TestGeneratedCodeCompilesAsCXX) and run it
// (TestEmulatedConformance): kiln_launch runs a kernel's blocks one after
// another, each block's threads as OS threads, with __syncthreads a
// barrier and warp shuffles exchanged through memory. Slow and only for
// tests; nothing here is used on a GPU.
#define KILN_HOST 1
#include <barrier>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <thread>
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
static thread_local kiln_dim3 blockIdx, threadIdx;
static kiln_dim3 blockDim, gridDim;
static std::barrier<>* kiln_barrier;

template <typename To, typename From> static inline To kiln_bits(From f) { To t; std::memcpy(&t, &f, sizeof t); return t; }
inline float __int_as_float(int x) { return kiln_bits<float>(x); }
inline int __float_as_int(float x) { return kiln_bits<int>(x); }
inline float __uint_as_float(unsigned int x) { return kiln_bits<float>(x); }
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

inline void __syncthreads() { kiln_barrier->arrive_and_wait(); }
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
#define KILN_CALL(n, ...) case n: ((void (*)(__VA_ARGS__))fn)
// kiln_launch runs kernel fn (whose parameters are nargs pointers) on
// grid x block emulated threads.
extern "C" void kiln_launch(void* fn, int nargs, void** a, int grid, int block) {
  blockDim = {(unsigned)block, 1, 1};
  gridDim = {(unsigned)grid, 1, 1};
  std::barrier<> bar(block);
  kiln_barrier = &bar;
  for (int b = 0; b < grid; ++b) {
    std::vector<std::thread> ts;
    for (int t = 0; t < block; ++t) {
      ts.emplace_back([=] {
        blockIdx = {(unsigned)b, 0, 0};
        threadIdx = {(unsigned)t, 0, 0};
        typedef kiln_p P;
        switch (nargs) {
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
      });
    }
    for (auto& th : ts) th.join();
  }
  kiln_barrier = nullptr;
}

#include <atomic>
inline double atomicAdd(double* p, double v) { return std::atomic_ref<double>(*p).fetch_add(v); }
inline unsigned long long atomicAdd(unsigned long long* p, unsigned long long v) { return std::atomic_ref<unsigned long long>(*p).fetch_add(v); }
inline unsigned long long atomicOr(unsigned long long* p, unsigned long long v) { return std::atomic_ref<unsigned long long>(*p).fetch_or(v); }
