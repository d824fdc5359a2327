// ===== linear_bias_f32
// ----- plan of linear_bias_f32: workspace 0 bytes, 0 constants
// gemm NT batch=1 M=10 N=16 K=24 f32,f32->f32 out=result0 lhs=param0 rhs=param1 bias=param2  // %3 = dot_general f32[2,5,16] with bias epilogue %5 = add f32[2,5,16]

// ===== linear_bias_first_bf16
// ----- plan of linear_bias_first_bf16: workspace 0 bytes, 0 constants
// gemm NT batch=1 M=10 N=16 K=24 bf16,bf16->bf16 out=result0 lhs=param0 rhs=param1 bias=param2  // %3 = dot_general bf16[2,5,16] with bias epilogue %5 = add bf16[2,5,16]

// ===== linear_bias_gelu_f32

// %23 = mul f32[2,5,16] (epilogue of %3)
extern "C" __global__ void __launch_bounds__(256) k0_mul(float* __restrict__ p0, const float* __restrict__ p1) {
  for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < 160LL; i += (long long)gridDim.x * blockDim.x) {
    const long long t1 = i / 80LL;
    const long long t2 = (i / 16LL) % 5LL;
    const long long t3 = i % 16LL;
    const float t4 = 0x1p-01f;
    const float t5 = p0[i];
    const float t6 = p1[t3];
    const float t7 = t6;
    const float t8 = (t5 + t7);
    const float t9 = (t4 * t8);
    const float t10 = 0x1p+00f;
    const float t11 = 0x1.988454p-01f;
    const float t12 = p0[i];
    const float t13 = p1[t3];
    const float t14 = t13;
    const float t15 = (t12 + t14);
    const float t16 = 0x1.6e4e26p-05f;
    const float t17 = p0[i];
    const float t18 = p1[t3];
    const float t19 = t18;
    const float t20 = (t17 + t19);
    const float t21 = p0[i];
    const float t22 = p1[t3];
    const float t23 = t22;
    const float t24 = (t21 + t23);
    const float t25 = (t20 * t24);
    const float t26 = p0[i];
    const float t27 = p1[t3];
    const float t28 = t27;
    const float t29 = (t26 + t28);
    const float t30 = (t25 * t29);
    const float t31 = (t16 * t30);
    const float t32 = (t15 + t31);
    const float t33 = (t11 * t32);
    const float t34 = tanhf(t33);
    const float t35 = (t10 + t34);
    const float t36 = (t9 * t35);
    p0[i] = t36;
  }
}
// ----- plan of linear_bias_gelu_f32: workspace 0 bytes, 0 constants
// gemm NT batch=1 M=10 N=16 K=24 f32,f32->f32 out=result0 lhs=param0 rhs=param1  // %3 = dot_general f32[2,5,16]
// launch k0_mul<<<1, 256>>>(result0, param2)  // %23 = mul f32[2,5,16] (epilogue of %3)

// ===== linear_bias_tanh_to_bf16

// %7 = convert bf16[2,5,16] (epilogue of %3)
extern "C" __global__ void __launch_bounds__(256) k0_convert(unsigned short* __restrict__ p0, const float* __restrict__ p1, const float* __restrict__ p2) {
  for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < 160LL; i += (long long)gridDim.x * blockDim.x) {
    const long long t1 = i / 80LL;
    const long long t2 = (i / 16LL) % 5LL;
    const long long t3 = i % 16LL;
    const float t4 = p1[i];
    const float t5 = p2[t3];
    const float t6 = t5;
    const float t7 = (t4 + t6);
    const float t8 = tanhf(t7);
    const float t9 = kiln_bf2f(kiln_f2bf(t8));
    p0[i] = kiln_f2bf(t9);
  }
}
// ----- plan of linear_bias_tanh_to_bf16: workspace 640 bytes, 0 constants
// gemm NT batch=1 M=10 N=16 K=24 f32,f32->f32 out=ws+0 lhs=param0 rhs=param1  // %3 = dot_general f32[2,5,16]
// launch k0_convert<<<1, 256>>>(result0, ws+0, param2)  // %7 = convert bf16[2,5,16] (epilogue of %3)

// ===== linear_bias_to_f16

// %6 = convert f16[2,5,16] (epilogue of %3)
extern "C" __global__ void __launch_bounds__(256) k0_convert(unsigned short* __restrict__ p0, const float* __restrict__ p1, const float* __restrict__ p2) {
  for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < 160LL; i += (long long)gridDim.x * blockDim.x) {
    const long long t1 = i / 80LL;
    const long long t2 = (i / 16LL) % 5LL;
    const long long t3 = i % 16LL;
    const float t4 = p1[i];
    const float t5 = p2[t3];
    const float t6 = t5;
    const float t7 = (t4 + t6);
    const float t8 = kiln_h2f(kiln_f2h(t7));
    p0[i] = kiln_f2h(t8);
  }
}
// ----- plan of linear_bias_to_f16: workspace 640 bytes, 0 constants
// gemm NT batch=1 M=10 N=16 K=24 f32,f32->f32 out=ws+0 lhs=param0 rhs=param1  // %3 = dot_general f32[2,5,16]
// launch k0_convert<<<1, 256>>>(result0, ws+0, param2)  // %6 = convert f16[2,5,16] (epilogue of %3)
