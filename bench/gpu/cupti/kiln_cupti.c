// kiln_cupti.c: a CUDA injection library (CUDA_INJECTION64_PATH) that
// records the GPU kernels a process runs between
// cuProfilerStart and cuProfilerStop, with CUPTI's activity API, and writes
// them as tab-separated lines to $KILN_CUPTI_OUT.<pid>:
//
//   K <start ns> <end ns> <stream> <name>
//
// It is the profiler of bench/gpu's KILN_CUDA_PROFILE_STEP=1 step on
// machines where Nsight Systems is absent and Nsight Compute crashes the Go
// binary. Build (scripts/gpu-profile.sh does it):
//
//   gcc -O2 -shared -fPIC -DKREC=CUpti_ActivityKernel9 -I$CUDA/include \
//       -I$CUDA/extras/CUPTI/include kiln_cupti.c -L<cupti dir> -lcupti -L$CUDA/lib64/stubs -lcuda \
//       -Wl,-rpath,<cupti dir> -o libkiln_cupti.so
//
// KREC names the kernel record of the CUPTI version at hand (the newest
// CUpti_ActivityKernelN the headers declare; the fields read here sit at
// the same offsets in every version).
#include <cupti.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef KREC
#define KREC CUpti_ActivityKernel9
#endif

#define BUF_SIZE (16 * 1024 * 1024)

static FILE *out;
static CUpti_SubscriberHandle sub;

static void CUPTIAPI buffer_requested(uint8_t **buffer, size_t *size, size_t *max_records) {
  *buffer = (uint8_t *)aligned_alloc(8, BUF_SIZE);
  *size = BUF_SIZE;
  *max_records = 0;
}

static void CUPTIAPI buffer_completed(CUcontext ctx, uint32_t stream, uint8_t *buffer, size_t size,
                                      size_t valid) {
  CUpti_Activity *r = NULL;
  while (cuptiActivityGetNextRecord(buffer, valid, &r) == CUPTI_SUCCESS) {
    switch (r->kind) {
      case CUPTI_ACTIVITY_KIND_KERNEL:
      case CUPTI_ACTIVITY_KIND_CONCURRENT_KERNEL: {
        KREC *k = (KREC *)r;
        fprintf(out, "K\t%llu\t%llu\t%u\t%s\n", (unsigned long long)k->start, (unsigned long long)k->end,
                k->streamId, k->name);
        break;
      }
      default:
        break;
    }
  }
  fflush(out);
  free(buffer);
}

static void set_recording(int on) {
  CUpti_ActivityKind kinds[] = {CUPTI_ACTIVITY_KIND_CONCURRENT_KERNEL};
  for (unsigned i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
    if (on) {
      cuptiActivityEnable(kinds[i]);
    } else {
      cuptiActivityDisable(kinds[i]);
    }
  }
}

static void CUPTIAPI on_api(void *userdata, CUpti_CallbackDomain domain, CUpti_CallbackId cbid,
                            const void *data) {
  const CUpti_CallbackData *cb = (const CUpti_CallbackData *)data;
  int start = domain == CUPTI_CB_DOMAIN_DRIVER_API ? cbid == CUPTI_DRIVER_TRACE_CBID_cuProfilerStart
                                                    : cbid == CUPTI_RUNTIME_TRACE_CBID_cudaProfilerStart_v4000;
  int stop = domain == CUPTI_CB_DOMAIN_DRIVER_API ? cbid == CUPTI_DRIVER_TRACE_CBID_cuProfilerStop
                                                   : cbid == CUPTI_RUNTIME_TRACE_CBID_cudaProfilerStop_v4000;
  if (start && cb->callbackSite == CUPTI_API_EXIT) {
    set_recording(1);
    fprintf(out, "S\tstart\n");
  } else if (stop && cb->callbackSite == CUPTI_API_ENTER) {
    cuCtxSynchronize();
    cuptiActivityFlushAll(1);
    set_recording(0);
    fprintf(out, "S\tstop\n");
    fflush(out);
  }
}

int InitializeInjection(void) {
  const char *base = getenv("KILN_CUPTI_OUT");
  char path[4096];
  snprintf(path, sizeof path, "%s.%d", base ? base : "/tmp/kiln_cupti", (int)getpid());
  out = fopen(path, "w");
  if (!out) {
    return 0;
  }
  cuptiActivityRegisterCallbacks(buffer_requested, buffer_completed);
  cuptiSubscribe(&sub, (CUpti_CallbackFunc)on_api, NULL);
  cuptiEnableCallback(1, sub, CUPTI_CB_DOMAIN_DRIVER_API, CUPTI_DRIVER_TRACE_CBID_cuProfilerStart);
  cuptiEnableCallback(1, sub, CUPTI_CB_DOMAIN_DRIVER_API, CUPTI_DRIVER_TRACE_CBID_cuProfilerStop);
  cuptiEnableCallback(1, sub, CUPTI_CB_DOMAIN_RUNTIME_API, CUPTI_RUNTIME_TRACE_CBID_cudaProfilerStart_v4000);
  cuptiEnableCallback(1, sub, CUPTI_CB_DOMAIN_RUNTIME_API, CUPTI_RUNTIME_TRACE_CBID_cudaProfilerStop_v4000);
  return 1;
}
