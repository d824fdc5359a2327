// A fake CUDA for TestFakeCUDA: the driver, NVRTC and cuBLASLt entry
// points the backend binds, implemented on the host, so that the
// backend's own code — loading, purego bindings, buffers, the module
// cache, launches, GEMM descriptors, Run — runs end to end without a GPU.
// Built into libcuda.so.1, libnvrtc.so.13 and libcublasLt.so.13 (one copy
// each). "Device" memory is host memory; NVRTC "compiles" with the host
// C++ compiler and testdata/host_shim.h ($KILN_FAKE_CXX, $KILN_FAKE_SHIM,
// building under $KILN_FAKE_TMP)
// and its "cubin" is the path of the shared library it built; launches
// run the shim's kiln_launch. The signatures follow cuda.h, nvrtc.h and
// cublasLt.h; the numerics of the GEMM are cuBLASLt's (float32
// accumulation, column-major). Only what kiln calls is implemented.
#include <dlfcn.h>
#include <unistd.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

typedef int CUresult;
typedef unsigned long long CUdeviceptr;
extern "C" {
CUresult cuInit(unsigned) { return 0; }
CUresult cuDriverGetVersion(int* v) { *v = 13000; return 0; }
CUresult cuDeviceGetCount(int* n) { *n = 1; return 0; }
CUresult cuDeviceGet(int* d, int) { *d = 0; return 0; }
CUresult cuDeviceGetName(char* s, int n, int) { snprintf(s, n, "kiln fake device"); return 0; }
CUresult cuDeviceGetAttribute(int* v, int attr, int) {
  switch (attr) {
    case 75: *v = 9; break;  // compute capability major
    case 76: *v = 0; break;
    case 16: *v = 4; break;  // SMs
    default: *v = 1024;
  }
  return 0;
}
CUresult cuDevicePrimaryCtxRetain(void** c, int) { *c = (void*)1; return 0; }
CUresult cuCtxSetCurrent(void*) { return 0; }
CUresult cuMemAlloc_v2(CUdeviceptr* p, size_t n) {
  void* q = aligned_alloc(256, (n + 255) / 256 * 256);
  if (!q) return 2;  // CUDA_ERROR_OUT_OF_MEMORY
  *p = (CUdeviceptr)q;
  return 0;
}
CUresult cuMemFree_v2(CUdeviceptr p) { free((void*)p); return 0; }
CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr d, const void* s, size_t n, void*) { memcpy((void*)d, s, n); return 0; }
CUresult cuMemcpyDtoHAsync_v2(void* d, CUdeviceptr s, size_t n, void*) { memcpy(d, (void*)s, n); return 0; }
CUresult cuMemcpyDtoDAsync_v2(CUdeviceptr d, CUdeviceptr s, size_t n, void*) { memcpy((void*)d, (void*)s, n); return 0; }
CUresult cuStreamCreate(void** s, unsigned) { *s = (void*)1; return 0; }
CUresult cuStreamSynchronize(void*) { return 0; }
CUresult cuGetErrorString(CUresult, const char** s) { *s = "fake CUDA error"; return 0; }
CUresult cuModuleLoadData(void** m, const void* image) {
  void* h = dlopen((const char*)image, RTLD_NOW | RTLD_LOCAL);
  if (!h) return 200;  // CUDA_ERROR_INVALID_IMAGE
  *m = h;
  return 0;
}
CUresult cuModuleGetFunction(void** f, void* m, const char* name) {
  void* fn = dlsym(m, name);
  void* launch = dlsym(m, "kiln_launch");
  if (!fn || !launch) return 500;  // CUDA_ERROR_NOT_FOUND
  void** pair = (void**)malloc(2 * sizeof(void*));
  pair[0] = fn;
  pair[1] = launch;
  *f = pair;
  return 0;
}
// Every kiln kernel parameter is a pointer; the backend's kernelParams
// array ends with a null entry, which is how the fake counts them.
CUresult cuLaunchKernel(void* f, unsigned gx, unsigned, unsigned, unsigned bx, unsigned, unsigned, unsigned, void*, void** params, void**) {
  void** pair = (void**)f;
  void* args[16];
  int n = 0;
  while (params[n] && n < 16) { args[n] = *(void**)params[n]; n++; }
  auto launch = (void (*)(void*, int, void**, int, int))pair[1];
  launch(pair[0], n, args, gx < 2 ? gx : 2, bx < 64 ? bx : 64);
  return 0;
}

// NVRTC.
struct fake_prog { std::string src, so, log; };
int nvrtcVersion(int* a, int* b) { *a = 13; *b = 0; return 0; }
const char* nvrtcGetErrorString(int) { return "fake NVRTC error"; }
int nvrtcCreateProgram(fake_prog** p, const char* src, const char*, int, const char* const*, const char* const*) {
  *p = new fake_prog{src, "", ""};
  return 0;
}
int nvrtcDestroyProgram(fake_prog** p) { delete *p; *p = nullptr; return 0; }
int nvrtcCompileProgram(fake_prog* p, int n, const char* const* opts) {
  bool arch = false;
  for (int i = 0; i < n; i++) arch = arch || strncmp(opts[i], "--gpu-architecture=sm_", 22) == 0;
  if (!arch) { p->log = "no --gpu-architecture=sm_XY option"; return 7; }
  std::string tmpl = std::string(getenv("KILN_FAKE_TMP")) + "/nvrtc-XXXXXX";
  char* dir = tmpl.data();
  if (!mkdtemp(dir)) return 1;
  std::string cpp = std::string(dir) + "/m.cpp";
  p->so = std::string(dir) + "/m.so";
  FILE* f = fopen(cpp.c_str(), "w");
  fwrite(p->src.data(), 1, p->src.size(), f);
  fclose(f);
  std::string cmd = std::string(getenv("KILN_FAKE_CXX")) + " -std=c++20 -O0 -shared -fPIC -pthread -include " +
                    getenv("KILN_FAKE_SHIM") + " -o " + p->so + " " + cpp + " > " + dir + "/log 2>&1";
  int rc = system(cmd.c_str());
  unlink(cpp.c_str());
  if (rc != 0) { p->log = "host compiler failed"; return 6; }  // NVRTC_ERROR_COMPILATION
  return 0;
}
int nvrtcGetCUBINSize(fake_prog* p, size_t* n) { *n = p->so.size() + 1; return 0; }
int nvrtcGetCUBIN(fake_prog* p, char* out) { memcpy(out, p->so.c_str(), p->so.size() + 1); return 0; }
int nvrtcGetProgramLogSize(fake_prog* p, size_t* n) { *n = p->log.size() + 1; return 0; }
int nvrtcGetProgramLog(fake_prog* p, char* out) { memcpy(out, p->log.c_str(), p->log.size() + 1); return 0; }

// cuBLASLt.
struct fake_desc { int trans[2]; int epilogue; const void* bias; };
struct fake_layout { int type; long long rows, cols, ld, stride; int batch; };
int cublasLtCreate(void** h) { *h = (void*)1; return 0; }
const char* cublasLtGetStatusString(int) { return "fake cuBLASLt error"; }
size_t cublasLtGetVersion() { return 130000; }
int cublasLtMatmulDescCreate(fake_desc** d, int compute, int scale) {
  if (compute != 68 || scale != 0) return 7;  // only 32F compute, 32F scale
  *d = new fake_desc{{0, 0}, 1, nullptr};
  return 0;
}
int cublasLtMatmulDescDestroy(fake_desc* d) { delete d; return 0; }
int cublasLtMatmulDescSetAttribute(fake_desc* d, int attr, const void* buf, size_t n) {
  switch (attr) {
    case 3: case 4: if (n != 4) return 7; d->trans[attr - 3] = *(const int*)buf; return 0;
    case 7: if (n != 4) return 7; d->epilogue = *(const int*)buf; return 0;
    case 8: if (n != 8) return 7; d->bias = *(const void* const*)buf; return 0;
  }
  return 15;  // NOT_SUPPORTED
}
int cublasLtMatrixLayoutCreate(fake_layout** l, int type, uint64_t rows, uint64_t cols, int64_t ld) {
  if (ld < (int64_t)rows) return 7;
  *l = new fake_layout{type, (long long)rows, (long long)cols, ld, 0, 1};
  return 0;
}
int cublasLtMatrixLayoutDestroy(fake_layout* l) { delete l; return 0; }
int cublasLtMatrixLayoutSetAttribute(fake_layout* l, int attr, const void* buf, size_t n) {
  if (attr == 5 && n == 4) { l->batch = *(const int*)buf; return 0; }
  if (attr == 6 && n == 8) { l->stride = *(const int64_t*)buf; return 0; }
  return 15;
}
int cublasLtMatmulPreferenceCreate(void** p) { *p = malloc(8); return 0; }
int cublasLtMatmulPreferenceDestroy(void* p) { free(p); return 0; }
int cublasLtMatmulPreferenceSetAttribute(void*, int attr, const void*, size_t n) {
  return (attr == 1 && n == 8) || (attr >= 5 && attr <= 8 && n == 4) ? 0 : 15;
}
int cublasLtMatmulAlgoGetHeuristic(void*, fake_desc*, fake_layout*, fake_layout*, fake_layout*, fake_layout*, void*, int n, void* out, int* got) {
  if (n < 1) return 7;
  memset(out, 0, 96);
  *got = 1;
  return 0;
}
static float fake_load(int type, const void* p, long long i) {
  switch (type) {
    case 0: return ((const float*)p)[i];
    case 2: return (float)((const _Float16*)p)[i];
    case 14: { unsigned b = ((const unsigned short*)p)[i]; b <<= 16; float f; memcpy(&f, &b, 4); return f; }
  }
  abort();
}
static void fake_store(int type, void* p, long long i, float v) {
  switch (type) {
    case 0: ((float*)p)[i] = v; return;
    case 2: ((_Float16*)p)[i] = (_Float16)v; return;
    case 14: {
      unsigned b; memcpy(&b, &v, 4);
      ((unsigned short*)p)[i] = v != v ? (unsigned short)((b >> 16) | 0x40) : (unsigned short)((b + 0x7fffu + ((b >> 16) & 1u)) >> 16);
      return;
    }
  }
  abort();
}
int cublasLtMatmul(void*, fake_desc* d, const float* alpha, const void* A, fake_layout* a, const void* B, fake_layout* b,
                   const float* beta, const void* C, fake_layout* c, void* D, fake_layout* dl, const void* algo,
                   void*, size_t, void*) {
  if (!algo || C != D || *beta != 0 || a->batch != b->batch || a->batch != c->batch) return 7;
  long long m = d->trans[0] ? a->cols : a->rows, k = d->trans[0] ? a->rows : a->cols;
  long long n = d->trans[1] ? b->rows : b->cols;
  if ((d->trans[1] ? b->cols : b->rows) != k || c->rows != m || c->cols != n) return 7;
  for (int bt = 0; bt < a->batch; bt++)
    for (long long j = 0; j < n; j++)
      for (long long i = 0; i < m; i++) {
        float acc = 0;
        for (long long l = 0; l < k; l++) {
          long long ai = d->trans[0] ? l + i * a->ld : i + l * a->ld;
          long long bi = d->trans[1] ? j + l * b->ld : l + j * b->ld;
          acc += fake_load(a->type, A, bt * a->stride + ai) * fake_load(b->type, B, bt * b->stride + bi);
        }
        acc *= *alpha;
        if (d->epilogue == 4) acc += fake_load(dl->type, d->bias, i);
        fake_store(dl->type, D, bt * dl->stride + i + j * dl->ld, acc);
      }
  return 0;
}
}
