package llvm

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/ebitengine/purego"
)

// runtimeC is the support library every compiled module links against at
// load time (it is loaded with RTLD_GLOBAL): a persistent pool of worker
// threads that runs kiln_parallel_for. Work is split into contiguous
// pieces of the outermost loop, claimed by guided self-scheduling (each
// claim takes a share of what remains, so pieces shrink towards the end
// and the threads finish together); each element is computed by the same
// code whatever the split, so results do not depend on the thread count.
//
// The job counter packs (generation << 32 | next position); a worker
// claims a piece with a CAS only while the generation it woke for is
// current, so a late worker can never take a piece of the next job. The
// submitter waits until every piece of its job is done before returning.
const runtimeC = `
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>

typedef void (*kiln_kernel)(void **env, int64_t lo, int64_t hi);

static int max_threads = 1;   /* workers + the caller */
static int use_threads = 1;
static int started = 0;
static pthread_mutex_t submit_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t sleep_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t sleep_cv = PTHREAD_COND_INITIALIZER;
static atomic_int sleeping;

static _Atomic uint64_t counter;   /* generation << 32 | next position */
static __thread int thread_index;  /* 0: a calling thread; workers 1.. */

/* kiln_thread_index identifies the pool thread running a kernel (0 for the
   thread that called kiln_main), for per-thread scratch. */
int kiln_thread_index(void) { return thread_index; }
static atomic_long done_units;
static kiln_kernel job_fn;
static void **job_env;
static int64_t job_n, job_unit, job_units, job_grain, job_div;

/* run_chunks claims and runs pieces of the current job until none is left.
   Guided self-scheduling: a claim takes 1/job_div of what remains (at least
   job_grain units), so the first claims are large and the last ones small,
   and no thread is left with a long tail while the others wait. */
static void run_chunks(uint64_t gen) {
	for (;;) {
		uint64_t v = atomic_load(&counter);
		int64_t pos = (int64_t)(v & 0xffffffffu);
		if ((v >> 32) != gen || pos >= job_units) return;
		int64_t rem = job_units - pos;
		int64_t take = (rem + job_div - 1) / job_div;
		if (take < job_grain) take = job_grain;
		if (take > rem) take = rem;
		if (!atomic_compare_exchange_weak(&counter, &v, v + (uint64_t)take)) continue;
		int64_t lo = pos * job_unit, hi = (pos + take) * job_unit;
		if (hi > job_n) hi = job_n;
		job_fn(job_env, lo, hi);
		atomic_fetch_add(&done_units, take);
	}
}

static void *worker(void *arg) {
	thread_index = (int)(intptr_t)arg;
	uint64_t seen = atomic_load(&counter) >> 32;
	for (;;) {
		uint64_t g;
		int spins = 0;
		while ((g = atomic_load(&counter) >> 32) == seen) {
			if (++spins < 20000) { __builtin_ia32_pause(); continue; }
			pthread_mutex_lock(&sleep_mu);
			atomic_fetch_add(&sleeping, 1);
			while ((g = atomic_load(&counter) >> 32) == seen) pthread_cond_wait(&sleep_cv, &sleep_mu);
			atomic_fetch_sub(&sleeping, 1);
			pthread_mutex_unlock(&sleep_mu);
			break;
		}
		seen = g;
		run_chunks(g);
	}
	return 0;
}

/* kiln_claim_once lets the threads of a job share a piece of work that must
   be done once before several tasks can go on (a streamed GEMM's packing of
   a block of A). *flag is 0 before the job (the job's caller resets it), 1
   while a thread does the work, 2 once it is done. It returns 1 to the one
   thread that must do the work and then call kiln_claim_done(flag); to every
   other caller it returns 0 once the work is done, spinning meanwhile (the
   worker is running, never waiting: no deadlock). */
int kiln_claim_once(int32_t *flag) {
	_Atomic int32_t *f = (_Atomic int32_t *)flag;
	int32_t v = atomic_load_explicit(f, memory_order_acquire);
	if (v == 2) return 0;
	if (v == 0) {
		int32_t zero = 0;
		if (atomic_compare_exchange_strong(f, &zero, 1)) return 1;
	}
	while (atomic_load_explicit(f, memory_order_acquire) != 2) __builtin_ia32_pause();
	return 0;
}

/* kiln_claim_done publishes the work claimed by kiln_claim_once. */
void kiln_claim_done(int32_t *flag) {
	atomic_store_explicit((_Atomic int32_t *)flag, 2, memory_order_release);
}

/* kiln_rt_init starts n-1 workers (once); later calls only change how
   many threads jobs use (at most the number started). */
int kiln_rt_init(int n) {
	pthread_mutex_lock(&submit_mu);
	if (n < 1) n = 1;
	if (!started) {
		started = 1;
		max_threads = n;
		for (int i = 1; i < n; i++) {
			pthread_t t;
			pthread_attr_t a;
			pthread_attr_init(&a);
			pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
			if (pthread_create(&t, &a, worker, (void *)(intptr_t)i) != 0) { max_threads = i; break; }
			pthread_attr_destroy(&a);
		}
	}
	use_threads = n < max_threads ? n : max_threads;
	pthread_mutex_unlock(&submit_mu);
	return use_threads;
}

/* kiln_parallel_for runs fn over [0, n) on the pool, in pieces of at
   least grain iterations (grain >= 1; the last piece may be shorter). */
void kiln_parallel_for(kiln_kernel fn, void **env, int64_t n, int64_t grain) {
	if (n <= 0) return;
	if (use_threads <= 1 || n == 1 || pthread_mutex_trylock(&submit_mu) != 0) {
		fn(env, 0, n);
		return;
	}
	/* Positions count units of job_unit iterations, so that they fit the
	   counter's 32 bits whatever n is. */
	int64_t unit = 1;
	while (n / unit >= ((int64_t)1 << 31)) unit *= 2;
	if (grain < 1) grain = 1;
	job_fn = fn;
	job_env = env;
	job_n = n;
	job_unit = unit;
	job_units = (n + unit - 1) / unit;
	job_grain = (grain + unit - 1) / unit;
	job_div = 2 * (int64_t)use_threads;
	atomic_store(&done_units, 0);
	uint64_t gen = (atomic_load(&counter) >> 32) + 1;
	atomic_store(&counter, gen << 32);
	if (atomic_load(&sleeping) > 0) {
		pthread_mutex_lock(&sleep_mu);
		pthread_cond_broadcast(&sleep_cv);
		pthread_mutex_unlock(&sleep_mu);
	}
	run_chunks(gen);
	while (atomic_load(&done_units) < job_units) __builtin_ia32_pause();
	pthread_mutex_unlock(&submit_mu);
}
`

// rt is the loaded runtime library.
var (
	rtOnce    sync.Once
	rtErr     error
	rtInit    uintptr
	rtThreads int
	// rtMaxThreads is the number of pool threads started (kernel thread
	// indices are below it); SetThreads cannot exceed it.
	rtMaxThreads int
)

// loadRuntime builds (or finds in the cache) and loads the runtime with
// RTLD_GLOBAL, then starts the worker pool with threads threads (0: one
// per CPU). Only the first call in a process does anything: the runtime
// and its pool are process-wide.
func loadRuntime(t *toolchain, threads int) error {
	rtOnce.Do(func() {
		so, _, err := t.library("c", []byte(runtimeC))
		if err != nil {
			rtErr = err
			return
		}
		h, err := dlopen(so, true)
		if err != nil {
			rtErr = fmt.Errorf("llvm: load runtime %s: %w", so, err)
			return
		}
		rtInit, err = dlsym(h, "kiln_rt_init")
		if err != nil {
			rtErr = fmt.Errorf("llvm: runtime %s: %w", so, err)
			return
		}
		n := runtime.NumCPU()
		if threads > 0 {
			n = threads
		}
		r, _, _ := purego.SyscallN(rtInit, uintptr(n))
		rtThreads, rtMaxThreads = int(r), int(r)
	})
	return rtErr
}

// SetThreads sets how many threads (the caller included) compiled code
// uses, at most the number started at first use (Options.Threads of the
// backend that started the pool, else the CPU count), and returns the
// number in effect. Results do not depend on it. If no backend started
// the pool yet, the Default backend starts it.
func SetThreads(n int) (int, error) {
	if _, _, err := Default().setup(); err != nil {
		return 0, err
	}
	r, _, _ := purego.SyscallN(rtInit, uintptr(n))
	rtThreads = int(r)
	return rtThreads, nil
}
