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
// accumulation, column-major). Stream capture and graphs are implemented
// as recorded launches and GEMMs replayed in order (below). Only what kiln
// calls is implemented.
#include <dlfcn.h>
#include <unistd.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

typedef int CUresult;
typedef unsigned long long CUdeviceptr;

// Stream capture: while the (one) stream captures, launches and GEMMs are
// recorded as nodes instead of run; a graph is its nodes, an executable
// graph a copy of them, run in order by cuGraphLaunch. A synchronization,
// copy or allocation during capture invalidates it, as the driver's
// thread-local mode does for kiln's thread.
struct fake_graph { std::vector<std::function<void()>> nodes; };
static fake_graph* capturing = nullptr;
static bool capture_invalid = false;
static int fail_captures = 0;  // the next n captures end invalidated
// Counters read by the test: kernels and GEMMs run outside graphs, graphs
// launched, captures begun, graphs and executable graphs alive.
static long long n_direct = 0, n_graph_launches = 0, n_captures = 0, n_graphs = 0, n_execs = 0;
static bool unsafe_in_capture() {
  if (!capturing) return false;
  capture_invalid = true;
  return true;
}
static const CUresult kCaptureUnsupported = 900, kCaptureInvalidated = 901;

extern "C" {
// kiln_fake_record takes a GEMM of the cuBLASLt copy (a separate library
// with its own statics): into the capture when the driver's stream
// captures (1), else counted as run directly (0; the caller runs it).
int kiln_fake_record(std::function<void()>* node) {
  if (capturing) {
    capturing->nodes.push_back(*node);
    return 1;
  }
  n_direct++;
  return 0;
}
void kiln_fake_fail_captures(int n) { fail_captures = n; }
void kiln_fake_graph_counts(long long* out) {
  out[0] = n_direct; out[1] = n_graph_launches; out[2] = n_captures; out[3] = n_graphs; out[4] = n_execs;
}
CUresult cuStreamBeginCapture_v2(void*, int mode) {
  if (capturing) return 900;
  if (mode != 1) return 1;  // kiln captures thread-local
  capturing = new fake_graph;
  capture_invalid = false;
  n_captures++;
  return 0;
}
CUresult cuStreamEndCapture(void*, fake_graph** g) {
  if (!capturing) return 1;
  fake_graph* c = capturing;
  capturing = nullptr;
  if (fail_captures > 0) { fail_captures--; capture_invalid = true; }
  if (capture_invalid) { delete c; *g = nullptr; return kCaptureInvalidated; }
  *g = c;
  n_graphs++;
  return 0;
}
CUresult cuGraphDestroy(fake_graph* g) { delete g; n_graphs--; return 0; }
CUresult cuGraphInstantiateWithFlags(fake_graph** e, fake_graph* g, unsigned long long) {
  if (!g) return 1;
  *e = new fake_graph(*g);
  n_execs++;
  return 0;
}
CUresult cuGraphLaunch(fake_graph* e, void*) {
  if (capturing) return kCaptureUnsupported;
  for (auto& n : e->nodes) n();
  n_graph_launches++;
  return 0;
}
CUresult cuGraphExecDestroy(fake_graph* e) { delete e; n_execs--; return 0; }
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
  if (unsafe_in_capture()) return kCaptureUnsupported;
  void* q = aligned_alloc(256, (n + 255) / 256 * 256);
  if (!q) return 2;  // CUDA_ERROR_OUT_OF_MEMORY
  *p = (CUdeviceptr)q;
  return 0;
}
CUresult cuMemFree_v2(CUdeviceptr p) {
  if (unsafe_in_capture()) return kCaptureUnsupported;
  free((void*)p);
  return 0;
}
// Copies are not captured by the fake (kiln queues none in a run).
CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr d, const void* s, size_t n, void*) {
  if (unsafe_in_capture()) return kCaptureUnsupported;
  memcpy((void*)d, s, n);
  return 0;
}
CUresult cuMemcpyDtoHAsync_v2(void* d, CUdeviceptr s, size_t n, void*) {
  if (unsafe_in_capture()) return kCaptureUnsupported;
  memcpy(d, (void*)s, n);
  return 0;
}
CUresult cuMemcpyDtoDAsync_v2(CUdeviceptr d, CUdeviceptr s, size_t n, void*) {
  if (unsafe_in_capture()) return kCaptureUnsupported;
  memcpy((void*)d, (void*)s, n);
  return 0;
}
CUresult cuStreamCreate(void** s, unsigned) { *s = (void*)1; return 0; }
CUresult cuStreamSynchronize(void*) { return unsafe_in_capture() ? kCaptureUnsupported : 0; }
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
  std::vector<void*> args;
  while (params[args.size()] && args.size() < 16) args.push_back(*(void**)params[args.size()]);
  auto launch = (void (*)(void*, int, void**, int, int))pair[1];
  // A node holds the argument values, as a captured kernel node does.
  auto run = [=]() mutable { launch(pair[0], (int)args.size(), args.data(), gx < 2 ? gx : 2, bx < 64 ? bx : 64); };
  if (capturing) {
    capturing->nodes.push_back(run);
    return 0;
  }
  n_direct++;
  run();
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
static void fake_matmul(fake_desc* d, float alpha, const void* A, fake_layout* a, const void* B, fake_layout* b,
                        fake_layout* c, void* D, fake_layout* dl);
// The driver copy's kiln_fake_record: libcuda.so.1 beside this library,
// already loaded by the backend.
static int (*driver_record())(std::function<void()>*) {
  static int (*fn)(std::function<void()>*) = [] {
    Dl_info info;
    if (!dladdr((void*)&fake_load, &info)) return (int (*)(std::function<void()>*)) nullptr;
    std::string dir(info.dli_fname);
    dir = dir.substr(0, dir.rfind('/') + 1);
    void* h = dlopen((dir + "libcuda.so.1").c_str(), RTLD_NOW | RTLD_NOLOAD);
    return h ? (int (*)(std::function<void()>*))dlsym(h, "kiln_fake_record") : nullptr;
  }();
  return fn;
}
int cublasLtMatmul(void*, fake_desc* d, const float* alpha, const void* A, fake_layout* a, const void* B, fake_layout* b,
                   const float* beta, const void* C, fake_layout* c, void* D, fake_layout* dl, const void* algo,
                   void*, size_t, void*) {
  if (!algo || C != D || *beta != 0 || a->batch != b->batch || a->batch != c->batch) return 7;
  long long m = d->trans[0] ? a->cols : a->rows, k = d->trans[0] ? a->rows : a->cols;
  long long n = d->trans[1] ? b->rows : b->cols;
  if ((d->trans[1] ? b->cols : b->rows) != k || c->rows != m || c->cols != n) return 7;
  // The descriptor (its bias pointer) and alpha are read when the call is
  // queued: a node keeps a copy.
  fake_desc dc = *d;
  float al = *alpha;
  std::function<void()> node = [=]() mutable { fake_matmul(&dc, al, A, a, B, b, c, D, dl); };
  auto record = driver_record();
  if (!record) return 14;  // CUBLAS_STATUS_INTERNAL_ERROR: no fake driver loaded
  if (!record(&node)) node();
  return 0;
}
static void fake_matmul(fake_desc* d, float alpha, const void* A, fake_layout* a, const void* B, fake_layout* b,
                        fake_layout* c, void* D, fake_layout* dl) {
  long long m = d->trans[0] ? a->cols : a->rows, k = d->trans[0] ? a->rows : a->cols;
  long long n = d->trans[1] ? b->rows : b->cols;
  (void)c;
  for (int bt = 0; bt < a->batch; bt++)
    for (long long j = 0; j < n; j++)
      for (long long i = 0; i < m; i++) {
        float acc = 0;
        for (long long l = 0; l < k; l++) {
          long long ai = d->trans[0] ? l + i * a->ld : i + l * a->ld;
          long long bi = d->trans[1] ? j + l * b->ld : l + j * b->ld;
          acc += fake_load(a->type, A, bt * a->stride + ai) * fake_load(b->type, B, bt * b->stride + bi);
        }
        acc *= alpha;
        if (d->epilogue == 4) acc += fake_load(dl->type, d->bias, i);
        fake_store(dl->type, D, bt * dl->stride + i + j * dl->ld, acc);
      }
}
}
