package cpu

import "golang.org/x/sys/cpu"

// Implemented in peak_amd64.s.
func fmaZMM16(iters int64)
func fmaYMM12(iters int64)
func cpuid(leaf, sub uint32) (eax, ebx, ecx, edx uint32)

// fmaKernels lists the probe's kernels this CPU and OS can run, widest
// first: the zmm one where x/sys/cpu reports AVX-512F (which it does only
// when XCR0 says the OS saves the opmask and zmm state), the ymm one
// where it reports AVX2 (OS saves ymm state) and FMA3.
func fmaKernels() []fmaKernel {
	var ks []fmaKernel
	if cpu.X86.HasAVX512F {
		ks = append(ks, fmaKernel{ISA: "avx512f zmm", Chains: 16, FlopsPerStep: 16 * 16 * 2, run: fmaZMM16})
	}
	if cpu.X86.HasAVX2 && cpu.X86.HasFMA {
		ks = append(ks, fmaKernel{ISA: "avx2 fma ymm", Chains: 12, FlopsPerStep: 12 * 8 * 2, run: fmaYMM12})
	}
	return ks
}

// cpuIdentity reads the CPUID brand string (leaves 0x80000002-4), vendor
// and the display family, model and stepping (leaf 1, with the extended
// family and model folded in as Intel and AMD document).
func cpuIdentity() (cpuID, bool) {
	maxLeaf, b, c, d := cpuid(0, 0)
	if maxLeaf < 1 {
		return cpuID{}, false
	}
	id := cpuID{Vendor: string(le32(b, d, c))}
	eax, _, _, _ := cpuid(1, 0)
	id.Stepping = int(eax & 0xf)
	base, ext := int(eax>>8&0xf), int(eax>>20&0xff)
	model, extModel := int(eax>>4&0xf), int(eax>>16&0xf)
	id.Family = base
	if base == 0xf {
		id.Family = base + ext
	}
	id.Model = model
	if base == 0x6 || base == 0xf {
		id.Model = extModel<<4 | model
	}
	if maxExt, _, _, _ := cpuid(0x80000000, 0); maxExt >= 0x80000004 {
		var brand []byte
		for leaf := uint32(0x80000002); leaf <= 0x80000004; leaf++ {
			a, b, c, d := cpuid(leaf, 0)
			brand = append(brand, le32(a, b, c, d)...)
		}
		id.Brand = cString(brand)
	}
	return id, true
}

// le32 is the registers' bytes in little-endian order.
func le32(regs ...uint32) []byte {
	out := make([]byte, 0, 4*len(regs))
	for _, r := range regs {
		out = append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
	}
	return out
}
