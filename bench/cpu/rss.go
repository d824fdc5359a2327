package cpu

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

// procStatusBytes reads "kB" fields of /proc/self/status (VmRSS, VmHWM,
// RssFile, ...) in bytes, all from one read of the file.
func procStatusBytes(fields ...string) ([]int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return nil, err
	}
	out := make([]int64, len(fields))
	for i, field := range fields {
		found := false
		for _, line := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(line, field+":"); ok {
				v, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				if err != nil {
					return nil, fmt.Errorf("/proc/self/status %s: %q", field, line)
				}
				out[i], found = v<<10, true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("/proc/self/status has no %s", field)
		}
	}
	return out, nil
}

// resetPeakRSS returns the Go heap's free memory to the system and resets
// the process's peak RSS (VmHWM) to its current RSS (Linux's
// /proc/self/clear_refs "5"), so that VmHWM read later is the peak of what
// ran in between, over what was resident here. It returns that RSS.
func resetPeakRSS() (int64, error) {
	runtime.GC()
	debug.FreeOSMemory()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		return 0, fmt.Errorf("cannot reset the peak RSS: %w", err)
	}
	v, err := procStatusBytes("VmRSS")
	if err != nil {
		return 0, err
	}
	return v[0], nil
}

// rssPhase is the memory of one phase of a workload: the RSS when it
// began (after resetPeakRSS), its peak (VmHWM) and the RSS when it ended,
// the file-backed part of that (RssFile: mapped checkpoint pages), in MiB.
type rssPhase struct {
	StartMiB   float64 `json:"start_mib"`
	PeakMiB    float64 `json:"peak_mib"`
	EndMiB     float64 `json:"end_mib"`
	EndFileMiB float64 `json:"end_file_mib"`
}

// measurePhase runs fn between resetPeakRSS and a read of VmHWM.
func measurePhase(fn func() error) (rssPhase, error) {
	start, err := resetPeakRSS()
	if err != nil {
		return rssPhase{}, err
	}
	if err := fn(); err != nil {
		return rssPhase{}, err
	}
	vals, err := procStatusBytes("VmHWM", "VmRSS", "RssFile")
	if err != nil {
		return rssPhase{}, err
	}
	return rssPhase{StartMiB: mib(start), PeakMiB: mib(vals[0]), EndMiB: mib(vals[1]), EndFileMiB: mib(vals[2])}, nil
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }
