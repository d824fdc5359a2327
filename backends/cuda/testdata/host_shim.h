// Host shim for checking the syntax and types of generated CUDA C with a
// C++ compiler (TestGeneratedCodeCompilesAsCXX): the CUDA keywords and
// built-ins the generated code uses, declared for the host. Inline PTX
// is dropped; nothing here is ever run.
#include <cmath>
#include <cstdint>
using std::isfinite;
using std::signbit;
#define __device__
#define __global__
#define __forceinline__ inline
#define __launch_bounds__(n)
#define __shared__ static
#define __restrict__ __restrict
#define asm(...) ((void)0)
struct kiln_dim3 { unsigned int x, y, z; };
static kiln_dim3 blockIdx, threadIdx, blockDim, gridDim;
float __int_as_float(int);
int __float_as_int(float);
float __uint_as_float(unsigned int);
double __longlong_as_double(long long);
float __double2float_rz(double);
template <typename T> T __shfl_xor_sync(unsigned int, T, int);
void __syncthreads();
inline long long min(long long a, long long b) { return a < b ? a : b; }
inline long long max(long long a, long long b) { return a > b ? a : b; }
