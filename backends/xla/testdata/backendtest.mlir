// ===== identity_f32[2,3]
module @identity_f32_2_3_ {
  func.func @main(%p0_p0: tensor<2x3xf32>) -> tensor<2x3xf32> {
    "stablehlo.return"(%p0_p0) : (tensor<2x3xf32>) -> ()
  }
}

// ===== identity_i8[3]
module @identity_i8_3_ {
  func.func @main(%p0_p0: tensor<3xi8>) -> tensor<3xi8> {
    "stablehlo.return"(%p0_p0) : (tensor<3xi8>) -> ()
  }
}

// ===== identity_bool[]
module @identity_bool__ {
  func.func @main(%p0_p0: tensor<i1>) -> tensor<i1> {
    "stablehlo.return"(%p0_p0) : (tensor<i1>) -> ()
  }
}

// ===== identity_bf16[0,4]
module @identity_bf16_0_4_ {
  func.func @main(%p0_p0: tensor<0x4xbf16>) -> tensor<0x4xbf16> {
    "stablehlo.return"(%p0_p0) : (tensor<0x4xbf16>) -> ()
  }
}

// ===== literal_f32[2,2]
module @literal_f32_2_2_ {
  func.func @main() -> tensor<2x2xf32> {
    %0 = "stablehlo.constant"() { value = dense<[[1.5, -0.25], [0x7fc00000, 0xff800000]]> : tensor<2x2xf32> } : () -> tensor<2x2xf32>
    "stablehlo.return"(%0) : (tensor<2x2xf32>) -> ()
  }
}

// ===== literal_bf16[3]
module @literal_bf16_3_ {
  func.func @main() -> tensor<3xbf16> {
    %0 = "stablehlo.constant"() { value = dense<[1.0, 2.5, -9.999220736e+09]> : tensor<3xbf16> } : () -> tensor<3xbf16>
    "stablehlo.return"(%0) : (tensor<3xbf16>) -> ()
  }
}

// ===== literal_f16[]
module @literal_f16__ {
  func.func @main() -> tensor<f16> {
    %0 = "stablehlo.constant"() { value = dense<65504.0> : tensor<f16> } : () -> tensor<f16>
    "stablehlo.return"(%0) : (tensor<f16>) -> ()
  }
}

// ===== literal_i64[2]
module @literal_i64_2_ {
  func.func @main() -> tensor<2xi64> {
    %0 = "stablehlo.constant"() { value = dense<[-9223372036854775808, 9223372036854775807]> : tensor<2xi64> } : () -> tensor<2xi64>
    "stablehlo.return"(%0) : (tensor<2xi64>) -> ()
  }
}

// ===== literal_u8[2]
module @literal_u8_2_ {
  func.func @main() -> tensor<2xui8> {
    %0 = "stablehlo.constant"() { value = dense<[0, 255]> : tensor<2xui8> } : () -> tensor<2xui8>
    "stablehlo.return"(%0) : (tensor<2xui8>) -> ()
  }
}

// ===== literal_bool[3]
module @literal_bool_3_ {
  func.func @main() -> tensor<3xi1> {
    %0 = "stablehlo.constant"() { value = dense<[true, false, true]> : tensor<3xi1> } : () -> tensor<3xi1>
    "stablehlo.return"(%0) : (tensor<3xi1>) -> ()
  }
}

// ===== literal_f64[0]
module @literal_f64_0_ {
  func.func @main() -> tensor<0xf64> {
    %0 = "stablehlo.constant"() { value = dense<[]> : tensor<0xf64> } : () -> tensor<0xf64>
    "stablehlo.return"(%0) : (tensor<0xf64>) -> ()
  }
}

// ===== add_to_param
module @add_to_param {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.constant"() { value = dense<[10.0, 20.0, 30.0]> : tensor<3xf32> } : () -> tensor<3xf32>
    %1 = "stablehlo.add"(%p0_p0, %0) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%1) : (tensor<3xf32>) -> ()
  }
}

// ===== i32_dim1
module @i32_dim1 {
  func.func @main() -> tensor<2x3xi32> {
    %0 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x3xi64>
    %1 = "stablehlo.convert"(%0) : (tensor<2x3xi64>) -> tensor<2x3xi32>
    "stablehlo.return"(%1) : (tensor<2x3xi32>) -> ()
  }
}

// ===== f32_dim0
module @f32_dim0 {
  func.func @main() -> tensor<3x2xf32> {
    %0 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x2xi64>
    %1 = "stablehlo.convert"(%0) : (tensor<3x2xi64>) -> tensor<3x2xf32>
    "stablehlo.return"(%1) : (tensor<3x2xf32>) -> ()
  }
}

// ===== i64_rank3_dim1
module @i64_rank3_dim1 {
  func.func @main() -> tensor<2x2x2xi64> {
    %0 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x2x2xi64>
    "stablehlo.return"(%0) : (tensor<2x2x2xi64>) -> ()
  }
}

// ===== empty
module @empty {
  func.func @main() -> tensor<0x5xi64> {
    %0 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<0x5xi64>
    "stablehlo.return"(%0) : (tensor<0x5xi64>) -> ()
  }
}

// ===== bf16_rounding
module @bf16_rounding {
  func.func @main() -> tensor<300xbf16> {
    %0 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<300xi64>
    %1 = "stablehlo.convert"(%0) : (tensor<300xi64>) -> tensor<300xf32>
    %2 = "stablehlo.convert"(%1) : (tensor<300xf32>) -> tensor<300xbf16>
    "stablehlo.return"(%2) : (tensor<300xbf16>) -> ()
  }
}

// ===== u8_wraps
module @u8_wraps {
  func.func @main() -> tensor<260xui8> {
    %0 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<260xi64>
    %1 = "stablehlo.convert"(%0) : (tensor<260xi64>) -> tensor<260xui8>
    "stablehlo.return"(%1) : (tensor<260xui8>) -> ()
  }
}

// ===== specials_f32
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#1
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#1
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#1
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#1
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#1
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#1
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#1
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#2
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.exponential"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#2
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.exponential"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#2
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.exponential"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#2
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.exponential"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#2
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.exponential"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#2
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.exponential"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#2
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.exponential"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#3
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.log"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#3
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.log"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#3
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.log"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#3
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.log"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#3
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.log"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#3
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.log"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#3
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.log"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#4
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.log_plus_one"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#4
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.log_plus_one"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#4
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.log_plus_one"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#4
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.log_plus_one"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#4
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.log_plus_one"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#4
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.log_plus_one"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#4
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.log_plus_one"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#5
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.sqrt"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#5
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.sqrt"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#5
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.sqrt"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#5
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.sqrt"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#5
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.sqrt"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#5
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.sqrt"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#5
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.sqrt"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#6
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.rsqrt"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#6
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.rsqrt"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#6
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.rsqrt"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#6
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.rsqrt"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#6
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.rsqrt"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#6
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.rsqrt"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#6
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.rsqrt"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#7
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.tanh"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#7
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.tanh"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#7
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.tanh"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#7
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.tanh"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#7
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.tanh"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#7
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.tanh"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#7
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.tanh"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#8
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "chlo.erf"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#8
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "chlo.erf"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#8
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "chlo.erf"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#8
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "chlo.erf"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#8
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "chlo.erf"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#8
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "chlo.erf"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#8
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "chlo.erf"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#9
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.sine"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#9
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.sine"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#9
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.sine"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#9
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.sine"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#9
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.sine"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#9
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.sine"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#9
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.sine"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#10
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.cosine"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#10
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.cosine"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#10
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.cosine"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#10
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.cosine"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#10
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.cosine"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#10
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.cosine"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#10
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.cosine"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#11
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#11
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#11
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#11
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#11
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#11
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#11
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#12
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#12
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#12
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#12
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#12
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#12
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#12
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#13
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.floor"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#13
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.floor"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#13
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.floor"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#13
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.floor"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#13
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.floor"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#13
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.floor"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#13
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.floor"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#14
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.ceil"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#14
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.ceil"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#14
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.ceil"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#14
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.ceil"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#14
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.ceil"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#14
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.ceil"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#14
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.ceil"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== specials_f32#15
module @specials_f32 {
  func.func @main(%p0_p0: tensor<19xf32>) -> tensor<19xf32> {
    %0 = "stablehlo.round_nearest_even"(%p0_p0) : (tensor<19xf32>) -> tensor<19xf32>
    "stablehlo.return"(%0) : (tensor<19xf32>) -> ()
  }
}

// ===== specials_f64#15
module @specials_f64 {
  func.func @main(%p0_p0: tensor<19xf64>) -> tensor<19xf64> {
    %0 = "stablehlo.round_nearest_even"(%p0_p0) : (tensor<19xf64>) -> tensor<19xf64>
    "stablehlo.return"(%0) : (tensor<19xf64>) -> ()
  }
}

// ===== specials_bf16#15
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<19xbf16>) -> tensor<19xbf16> {
    %0 = "stablehlo.round_nearest_even"(%p0_p0) : (tensor<19xbf16>) -> tensor<19xbf16>
    "stablehlo.return"(%0) : (tensor<19xbf16>) -> ()
  }
}

// ===== specials_f16#15
module @specials_f16 {
  func.func @main(%p0_p0: tensor<19xf16>) -> tensor<19xf16> {
    %0 = "stablehlo.round_nearest_even"(%p0_p0) : (tensor<19xf16>) -> tensor<19xf16>
    "stablehlo.return"(%0) : (tensor<19xf16>) -> ()
  }
}

// ===== odd_7x13_f32#15
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.round_nearest_even"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_f64#15
module @scalar_f64 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.round_nearest_even"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== empty_f32#15
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    %0 = "stablehlo.round_nearest_even"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xf32>
    "stablehlo.return"(%0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== neg_zero
module @neg_zero {
  func.func @main(%p0_p0: tensor<2xf32>) -> tensor<2xf32> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<2xf32>) -> tensor<2xf32>
    "stablehlo.return"(%0) : (tensor<2xf32>) -> ()
  }
}

// ===== abs_edges
module @abs_edges {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%0) : (tensor<3xf32>) -> ()
  }
}

// ===== exp_edges
module @exp_edges {
  func.func @main(%p0_p0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.exponential"(%p0_p0) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%0) : (tensor<4xf32>) -> ()
  }
}

// ===== log_edges
module @log_edges {
  func.func @main(%p0_p0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.log"(%p0_p0) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%0) : (tensor<4xf32>) -> ()
  }
}

// ===== log1p_edges
module @log1p_edges {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.log_plus_one"(%p0_p0) : (tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%0) : (tensor<3xf32>) -> ()
  }
}

// ===== log1p_accurate_near_0
module @log1p_accurate_near_0 {
  func.func @main(%p0_p0: tensor<f64>) -> tensor<f64> {
    %0 = "stablehlo.log_plus_one"(%p0_p0) : (tensor<f64>) -> tensor<f64>
    "stablehlo.return"(%0) : (tensor<f64>) -> ()
  }
}

// ===== sqrt_edges
module @sqrt_edges {
  func.func @main(%p0_p0: tensor<5xf32>) -> tensor<5xf32> {
    %0 = "stablehlo.sqrt"(%p0_p0) : (tensor<5xf32>) -> tensor<5xf32>
    "stablehlo.return"(%0) : (tensor<5xf32>) -> ()
  }
}

// ===== rsqrt_edges
module @rsqrt_edges {
  func.func @main(%p0_p0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.rsqrt"(%p0_p0) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%0) : (tensor<4xf32>) -> ()
  }
}

// ===== tanh_edges
module @tanh_edges {
  func.func @main(%p0_p0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.tanh"(%p0_p0) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%0) : (tensor<4xf32>) -> ()
  }
}

// ===== erf_edges
module @erf_edges {
  func.func @main(%p0_p0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "chlo.erf"(%p0_p0) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%0) : (tensor<4xf32>) -> ()
  }
}

// ===== sin_cos_zero
module @sin_cos_zero {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.sine"(%p0_p0) : (tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%0) : (tensor<3xf32>) -> ()
  }
}

// ===== cos_edges
module @cos_edges {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.cosine"(%p0_p0) : (tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%0) : (tensor<3xf32>) -> ()
  }
}

// ===== sigmoid_edges
module @sigmoid_edges {
  func.func @main(%p0_p0: tensor<5xf32>) -> tensor<5xf32> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<5xf32>) -> tensor<5xf32>
    "stablehlo.return"(%0) : (tensor<5xf32>) -> ()
  }
}

// ===== sign_edges
module @sign_edges {
  func.func @main(%p0_p0: tensor<6xf32>) -> tensor<6xf32> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<6xf32>) -> tensor<6xf32>
    "stablehlo.return"(%0) : (tensor<6xf32>) -> ()
  }
}

// ===== floor_edges
module @floor_edges {
  func.func @main(%p0_p0: tensor<5xf32>) -> tensor<5xf32> {
    %0 = "stablehlo.floor"(%p0_p0) : (tensor<5xf32>) -> tensor<5xf32>
    "stablehlo.return"(%0) : (tensor<5xf32>) -> ()
  }
}

// ===== ceil_edges
module @ceil_edges {
  func.func @main(%p0_p0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.ceil"(%p0_p0) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%0) : (tensor<4xf32>) -> ()
  }
}

// ===== round_half_even
module @round_half_even {
  func.func @main(%p0_p0: tensor<8xf32>) -> tensor<8xf32> {
    %0 = "stablehlo.round_nearest_even"(%p0_p0) : (tensor<8xf32>) -> tensor<8xf32>
    "stablehlo.return"(%0) : (tensor<8xf32>) -> ()
  }
}

// ===== round_half_even_bf16
module @round_half_even_bf16 {
  func.func @main(%p0_p0: tensor<4xbf16>) -> tensor<4xbf16> {
    %0 = "stablehlo.round_nearest_even"(%p0_p0) : (tensor<4xbf16>) -> tensor<4xbf16>
    "stablehlo.return"(%0) : (tensor<4xbf16>) -> ()
  }
}

// ===== edges_f32
module @edges_f32 {
  func.func @main(%p0_p0: tensor<6xf32>) -> tensor<6xi1> {
    %0 = "stablehlo.is_finite"(%p0_p0) : (tensor<6xf32>) -> tensor<6xi1>
    "stablehlo.return"(%0) : (tensor<6xi1>) -> ()
  }
}

// ===== edges_f64
module @edges_f64 {
  func.func @main(%p0_p0: tensor<6xf64>) -> tensor<6xi1> {
    %0 = "stablehlo.is_finite"(%p0_p0) : (tensor<6xf64>) -> tensor<6xi1>
    "stablehlo.return"(%0) : (tensor<6xi1>) -> ()
  }
}

// ===== edges_bf16
module @edges_bf16 {
  func.func @main(%p0_p0: tensor<6xbf16>) -> tensor<6xi1> {
    %0 = "stablehlo.is_finite"(%p0_p0) : (tensor<6xbf16>) -> tensor<6xi1>
    "stablehlo.return"(%0) : (tensor<6xi1>) -> ()
  }
}

// ===== edges_f16
module @edges_f16 {
  func.func @main(%p0_p0: tensor<6xf16>) -> tensor<6xi1> {
    %0 = "stablehlo.is_finite"(%p0_p0) : (tensor<6xf16>) -> tensor<6xi1>
    "stablehlo.return"(%0) : (tensor<6xi1>) -> ()
  }
}

// ===== empty#1
module @empty {
  func.func @main(%p0_p0: tensor<2x0xf32>) -> tensor<2x0xi1> {
    %0 = "stablehlo.is_finite"(%p0_p0) : (tensor<2x0xf32>) -> tensor<2x0xi1>
    "stablehlo.return"(%0) : (tensor<2x0xi1>) -> ()
  }
}

// ===== edges_i8
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8xi8>) -> tensor<8xi8> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<8xi8>) -> tensor<8xi8>
    "stablehlo.return"(%0) : (tensor<8xi8>) -> ()
  }
}

// ===== edges_i8#1
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8xi8>) -> tensor<8xi8> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<8xi8>) -> tensor<8xi8>
    "stablehlo.return"(%0) : (tensor<8xi8>) -> ()
  }
}

// ===== edges_i8#2
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8xi8>) -> tensor<8xi8> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<8xi8>) -> tensor<8xi8>
    "stablehlo.return"(%0) : (tensor<8xi8>) -> ()
  }
}

// ===== edges_i8#3
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8xi8>) -> tensor<8xi8> {
    %0 = "stablehlo.not"(%p0_p0) : (tensor<8xi8>) -> tensor<8xi8>
    "stablehlo.return"(%0) : (tensor<8xi8>) -> ()
  }
}

// ===== edges_u8
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7xui8>) -> tensor<7xui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7xui8>
    %2 = "stablehlo.subtract"(%1, %p0_p0) : (tensor<7xui8>, tensor<7xui8>) -> tensor<7xui8>
    "stablehlo.return"(%2) : (tensor<7xui8>) -> ()
  }
}

// ===== edges_u8#1
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7xui8>) -> tensor<7xui8> {
    "stablehlo.return"(%p0_p0) : (tensor<7xui8>) -> ()
  }
}

// ===== edges_u8#2
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7xui8>) -> tensor<7xui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7xui8>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<7xui8>, tensor<7xui8>) -> tensor<7xi1>
    %3 = "stablehlo.convert"(%2) : (tensor<7xi1>) -> tensor<7xui8>
    "stablehlo.return"(%3) : (tensor<7xui8>) -> ()
  }
}

// ===== edges_u8#3
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7xui8>) -> tensor<7xui8> {
    %0 = "stablehlo.not"(%p0_p0) : (tensor<7xui8>) -> tensor<7xui8>
    "stablehlo.return"(%0) : (tensor<7xui8>) -> ()
  }
}

// ===== edges_i16
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7xi16>) -> tensor<7xi16> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<7xi16>) -> tensor<7xi16>
    "stablehlo.return"(%0) : (tensor<7xi16>) -> ()
  }
}

// ===== edges_i16#1
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7xi16>) -> tensor<7xi16> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<7xi16>) -> tensor<7xi16>
    "stablehlo.return"(%0) : (tensor<7xi16>) -> ()
  }
}

// ===== edges_i16#2
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7xi16>) -> tensor<7xi16> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<7xi16>) -> tensor<7xi16>
    "stablehlo.return"(%0) : (tensor<7xi16>) -> ()
  }
}

// ===== edges_i16#3
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7xi16>) -> tensor<7xi16> {
    %0 = "stablehlo.not"(%p0_p0) : (tensor<7xi16>) -> tensor<7xi16>
    "stablehlo.return"(%0) : (tensor<7xi16>) -> ()
  }
}

// ===== edges_i32
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8xi32>) -> tensor<8xi32> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<8xi32>) -> tensor<8xi32>
    "stablehlo.return"(%0) : (tensor<8xi32>) -> ()
  }
}

// ===== edges_i32#1
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8xi32>) -> tensor<8xi32> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<8xi32>) -> tensor<8xi32>
    "stablehlo.return"(%0) : (tensor<8xi32>) -> ()
  }
}

// ===== edges_i32#2
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8xi32>) -> tensor<8xi32> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<8xi32>) -> tensor<8xi32>
    "stablehlo.return"(%0) : (tensor<8xi32>) -> ()
  }
}

// ===== edges_i32#3
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8xi32>) -> tensor<8xi32> {
    %0 = "stablehlo.not"(%p0_p0) : (tensor<8xi32>) -> tensor<8xi32>
    "stablehlo.return"(%0) : (tensor<8xi32>) -> ()
  }
}

// ===== edges_i64
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8xi64>) -> tensor<8xi64> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<8xi64>) -> tensor<8xi64>
    "stablehlo.return"(%0) : (tensor<8xi64>) -> ()
  }
}

// ===== edges_i64#1
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8xi64>) -> tensor<8xi64> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<8xi64>) -> tensor<8xi64>
    "stablehlo.return"(%0) : (tensor<8xi64>) -> ()
  }
}

// ===== edges_i64#2
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8xi64>) -> tensor<8xi64> {
    %0 = "stablehlo.sign"(%p0_p0) : (tensor<8xi64>) -> tensor<8xi64>
    "stablehlo.return"(%0) : (tensor<8xi64>) -> ()
  }
}

// ===== edges_i64#3
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8xi64>) -> tensor<8xi64> {
    %0 = "stablehlo.not"(%p0_p0) : (tensor<8xi64>) -> tensor<8xi64>
    "stablehlo.return"(%0) : (tensor<8xi64>) -> ()
  }
}

// ===== i8_literal
module @i8_literal {
  func.func @main(%p0_p0: tensor<4xi8>) -> tensor<4xi8> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<4xi8>) -> tensor<4xi8>
    "stablehlo.return"(%0) : (tensor<4xi8>) -> ()
  }
}

// ===== u8_literal
module @u8_literal {
  func.func @main(%p0_p0: tensor<3xui8>) -> tensor<3xui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3xui8>
    %2 = "stablehlo.subtract"(%1, %p0_p0) : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
    "stablehlo.return"(%2) : (tensor<3xui8>) -> ()
  }
}

// ===== i32_min_wraps
module @i32_min_wraps {
  func.func @main(%p0_p0: tensor<2xi32>) -> tensor<2xi32> {
    %0 = "stablehlo.abs"(%p0_p0) : (tensor<2xi32>) -> tensor<2xi32>
    "stablehlo.return"(%0) : (tensor<2xi32>) -> ()
  }
}

// ===== u8_literal#1
module @u8_literal {
  func.func @main(%p0_p0: tensor<3xui8>) -> tensor<3xui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3xui8>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xi1>
    %3 = "stablehlo.convert"(%2) : (tensor<3xi1>) -> tensor<3xui8>
    "stablehlo.return"(%3) : (tensor<3xui8>) -> ()
  }
}

// ===== bool
module @bool {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xi1> {
    %0 = "stablehlo.not"(%p0_p0) : (tensor<2xi1>) -> tensor<2xi1>
    "stablehlo.return"(%0) : (tensor<2xi1>) -> ()
  }
}

// ===== u8_literal#2
module @u8_literal {
  func.func @main(%p0_p0: tensor<3xui8>) -> tensor<3xui8> {
    %0 = "stablehlo.not"(%p0_p0) : (tensor<3xui8>) -> tensor<3xui8>
    "stablehlo.return"(%0) : (tensor<3xui8>) -> ()
  }
}

// ===== i8_scalar
module @i8_scalar {
  func.func @main(%p0_p0: tensor<i8>) -> tensor<i8> {
    %0 = "stablehlo.not"(%p0_p0) : (tensor<i8>) -> tensor<i8>
    "stablehlo.return"(%0) : (tensor<i8>) -> ()
  }
}

// ===== empty_i32
module @empty_i32 {
  func.func @main(%p0_p0: tensor<4x0xi32>) -> tensor<4x0xi32> {
    %0 = "stablehlo.negate"(%p0_p0) : (tensor<4x0xi32>) -> tensor<4x0xi32>
    "stablehlo.return"(%0) : (tensor<4x0xi32>) -> ()
  }
}

// ===== specials_f32#16
module @specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xf32> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xf32>
    "stablehlo.return"(%0) : (tensor<10x10xf32>) -> ()
  }
}

// ===== specials_f64#16
module @specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xf64> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xf64>
    "stablehlo.return"(%0) : (tensor<10x10xf64>) -> ()
  }
}

// ===== specials_bf16#16
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xbf16> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xbf16>
    "stablehlo.return"(%0) : (tensor<10x10xbf16>) -> ()
  }
}

// ===== specials_f16#16
module @specials_f16 {
  func.func @main(%p0_p0: tensor<10x10xf16>, %p1_p1: tensor<10x10xf16>) -> tensor<10x10xf16> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<10x10xf16>, tensor<10x10xf16>) -> tensor<10x10xf16>
    "stablehlo.return"(%0) : (tensor<10x10xf16>) -> ()
  }
}

// ===== odd_7x13_f32#16
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_bf16
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>, %p1_p1: tensor<bf16>) -> tensor<bf16> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%0) : (tensor<bf16>) -> ()
  }
}

// ===== empty_f32#16
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x2xf32>, %p1_p1: tensor<0x2xf32>) -> tensor<0x2xf32> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<0x2xf32>, tensor<0x2xf32>) -> tensor<0x2xf32>
    "stablehlo.return"(%0) : (tensor<0x2xf32>) -> ()
  }
}

// ===== specials_f32#17
module @specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xf32> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xf32>
    "stablehlo.return"(%0) : (tensor<10x10xf32>) -> ()
  }
}

// ===== specials_f64#17
module @specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xf64> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xf64>
    "stablehlo.return"(%0) : (tensor<10x10xf64>) -> ()
  }
}

// ===== specials_bf16#17
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xbf16> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xbf16>
    "stablehlo.return"(%0) : (tensor<10x10xbf16>) -> ()
  }
}

// ===== specials_f16#17
module @specials_f16 {
  func.func @main(%p0_p0: tensor<10x10xf16>, %p1_p1: tensor<10x10xf16>) -> tensor<10x10xf16> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<10x10xf16>, tensor<10x10xf16>) -> tensor<10x10xf16>
    "stablehlo.return"(%0) : (tensor<10x10xf16>) -> ()
  }
}

// ===== odd_7x13_f32#17
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_bf16#1
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>, %p1_p1: tensor<bf16>) -> tensor<bf16> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%0) : (tensor<bf16>) -> ()
  }
}

// ===== empty_f32#17
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x2xf32>, %p1_p1: tensor<0x2xf32>) -> tensor<0x2xf32> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<0x2xf32>, tensor<0x2xf32>) -> tensor<0x2xf32>
    "stablehlo.return"(%0) : (tensor<0x2xf32>) -> ()
  }
}

// ===== specials_f32#18
module @specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xf32> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xf32>
    "stablehlo.return"(%0) : (tensor<10x10xf32>) -> ()
  }
}

// ===== specials_f64#18
module @specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xf64> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xf64>
    "stablehlo.return"(%0) : (tensor<10x10xf64>) -> ()
  }
}

// ===== specials_bf16#18
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xbf16> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xbf16>
    "stablehlo.return"(%0) : (tensor<10x10xbf16>) -> ()
  }
}

// ===== specials_f16#18
module @specials_f16 {
  func.func @main(%p0_p0: tensor<10x10xf16>, %p1_p1: tensor<10x10xf16>) -> tensor<10x10xf16> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<10x10xf16>, tensor<10x10xf16>) -> tensor<10x10xf16>
    "stablehlo.return"(%0) : (tensor<10x10xf16>) -> ()
  }
}

// ===== odd_7x13_f32#18
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_bf16#2
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>, %p1_p1: tensor<bf16>) -> tensor<bf16> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%0) : (tensor<bf16>) -> ()
  }
}

// ===== empty_f32#18
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x2xf32>, %p1_p1: tensor<0x2xf32>) -> tensor<0x2xf32> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<0x2xf32>, tensor<0x2xf32>) -> tensor<0x2xf32>
    "stablehlo.return"(%0) : (tensor<0x2xf32>) -> ()
  }
}

// ===== specials_f32#19
module @specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xf32> {
    %0 = "stablehlo.divide"(%p0_p0, %p1_p1) : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xf32>
    "stablehlo.return"(%0) : (tensor<10x10xf32>) -> ()
  }
}

// ===== specials_f64#19
module @specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xf64> {
    %0 = "stablehlo.divide"(%p0_p0, %p1_p1) : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xf64>
    "stablehlo.return"(%0) : (tensor<10x10xf64>) -> ()
  }
}

// ===== specials_bf16#19
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xbf16> {
    %0 = "stablehlo.divide"(%p0_p0, %p1_p1) : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xbf16>
    "stablehlo.return"(%0) : (tensor<10x10xbf16>) -> ()
  }
}

// ===== specials_f16#19
module @specials_f16 {
  func.func @main(%p0_p0: tensor<10x10xf16>, %p1_p1: tensor<10x10xf16>) -> tensor<10x10xf16> {
    %0 = "stablehlo.divide"(%p0_p0, %p1_p1) : (tensor<10x10xf16>, tensor<10x10xf16>) -> tensor<10x10xf16>
    "stablehlo.return"(%0) : (tensor<10x10xf16>) -> ()
  }
}

// ===== odd_7x13_f32#19
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.divide"(%p0_p0, %p1_p1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_bf16#3
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>, %p1_p1: tensor<bf16>) -> tensor<bf16> {
    %0 = "stablehlo.divide"(%p0_p0, %p1_p1) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%0) : (tensor<bf16>) -> ()
  }
}

// ===== empty_f32#19
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x2xf32>, %p1_p1: tensor<0x2xf32>) -> tensor<0x2xf32> {
    %0 = "stablehlo.divide"(%p0_p0, %p1_p1) : (tensor<0x2xf32>, tensor<0x2xf32>) -> tensor<0x2xf32>
    "stablehlo.return"(%0) : (tensor<0x2xf32>) -> ()
  }
}

// ===== specials_f32#20
module @specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xf32> {
    %0 = "stablehlo.power"(%p0_p0, %p1_p1) : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xf32>
    "stablehlo.return"(%0) : (tensor<10x10xf32>) -> ()
  }
}

// ===== specials_f64#20
module @specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xf64> {
    %0 = "stablehlo.power"(%p0_p0, %p1_p1) : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xf64>
    "stablehlo.return"(%0) : (tensor<10x10xf64>) -> ()
  }
}

// ===== specials_bf16#20
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xbf16> {
    %0 = "stablehlo.power"(%p0_p0, %p1_p1) : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xbf16>
    "stablehlo.return"(%0) : (tensor<10x10xbf16>) -> ()
  }
}

// ===== specials_f16#20
module @specials_f16 {
  func.func @main(%p0_p0: tensor<10x10xf16>, %p1_p1: tensor<10x10xf16>) -> tensor<10x10xf16> {
    %0 = "stablehlo.power"(%p0_p0, %p1_p1) : (tensor<10x10xf16>, tensor<10x10xf16>) -> tensor<10x10xf16>
    "stablehlo.return"(%0) : (tensor<10x10xf16>) -> ()
  }
}

// ===== odd_7x13_f32#20
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.power"(%p0_p0, %p1_p1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_bf16#4
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>, %p1_p1: tensor<bf16>) -> tensor<bf16> {
    %0 = "stablehlo.power"(%p0_p0, %p1_p1) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%0) : (tensor<bf16>) -> ()
  }
}

// ===== empty_f32#20
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x2xf32>, %p1_p1: tensor<0x2xf32>) -> tensor<0x2xf32> {
    %0 = "stablehlo.power"(%p0_p0, %p1_p1) : (tensor<0x2xf32>, tensor<0x2xf32>) -> tensor<0x2xf32>
    "stablehlo.return"(%0) : (tensor<0x2xf32>) -> ()
  }
}

// ===== specials_f32#21
module @specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xf32> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xf32>
    "stablehlo.return"(%0) : (tensor<10x10xf32>) -> ()
  }
}

// ===== specials_f64#21
module @specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xf64> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xf64>
    "stablehlo.return"(%0) : (tensor<10x10xf64>) -> ()
  }
}

// ===== specials_bf16#21
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xbf16> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xbf16>
    "stablehlo.return"(%0) : (tensor<10x10xbf16>) -> ()
  }
}

// ===== specials_f16#21
module @specials_f16 {
  func.func @main(%p0_p0: tensor<10x10xf16>, %p1_p1: tensor<10x10xf16>) -> tensor<10x10xf16> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<10x10xf16>, tensor<10x10xf16>) -> tensor<10x10xf16>
    "stablehlo.return"(%0) : (tensor<10x10xf16>) -> ()
  }
}

// ===== odd_7x13_f32#21
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_bf16#5
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>, %p1_p1: tensor<bf16>) -> tensor<bf16> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%0) : (tensor<bf16>) -> ()
  }
}

// ===== empty_f32#21
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x2xf32>, %p1_p1: tensor<0x2xf32>) -> tensor<0x2xf32> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<0x2xf32>, tensor<0x2xf32>) -> tensor<0x2xf32>
    "stablehlo.return"(%0) : (tensor<0x2xf32>) -> ()
  }
}

// ===== specials_f32#22
module @specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xf32> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xf32>
    "stablehlo.return"(%0) : (tensor<10x10xf32>) -> ()
  }
}

// ===== specials_f64#22
module @specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xf64> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xf64>
    "stablehlo.return"(%0) : (tensor<10x10xf64>) -> ()
  }
}

// ===== specials_bf16#22
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xbf16> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xbf16>
    "stablehlo.return"(%0) : (tensor<10x10xbf16>) -> ()
  }
}

// ===== specials_f16#22
module @specials_f16 {
  func.func @main(%p0_p0: tensor<10x10xf16>, %p1_p1: tensor<10x10xf16>) -> tensor<10x10xf16> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<10x10xf16>, tensor<10x10xf16>) -> tensor<10x10xf16>
    "stablehlo.return"(%0) : (tensor<10x10xf16>) -> ()
  }
}

// ===== odd_7x13_f32#22
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_bf16#6
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>, %p1_p1: tensor<bf16>) -> tensor<bf16> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%0) : (tensor<bf16>) -> ()
  }
}

// ===== empty_f32#22
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x2xf32>, %p1_p1: tensor<0x2xf32>) -> tensor<0x2xf32> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<0x2xf32>, tensor<0x2xf32>) -> tensor<0x2xf32>
    "stablehlo.return"(%0) : (tensor<0x2xf32>) -> ()
  }
}

// ===== specials_f32#23
module @specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xf32> {
    %0 = "stablehlo.remainder"(%p0_p0, %p1_p1) : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xf32>
    "stablehlo.return"(%0) : (tensor<10x10xf32>) -> ()
  }
}

// ===== specials_f64#23
module @specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xf64> {
    %0 = "stablehlo.remainder"(%p0_p0, %p1_p1) : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xf64>
    "stablehlo.return"(%0) : (tensor<10x10xf64>) -> ()
  }
}

// ===== specials_bf16#23
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xbf16> {
    %0 = "stablehlo.remainder"(%p0_p0, %p1_p1) : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xbf16>
    "stablehlo.return"(%0) : (tensor<10x10xbf16>) -> ()
  }
}

// ===== specials_f16#23
module @specials_f16 {
  func.func @main(%p0_p0: tensor<10x10xf16>, %p1_p1: tensor<10x10xf16>) -> tensor<10x10xf16> {
    %0 = "stablehlo.remainder"(%p0_p0, %p1_p1) : (tensor<10x10xf16>, tensor<10x10xf16>) -> tensor<10x10xf16>
    "stablehlo.return"(%0) : (tensor<10x10xf16>) -> ()
  }
}

// ===== odd_7x13_f32#23
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.remainder"(%p0_p0, %p1_p1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_bf16#7
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>, %p1_p1: tensor<bf16>) -> tensor<bf16> {
    %0 = "stablehlo.remainder"(%p0_p0, %p1_p1) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%0) : (tensor<bf16>) -> ()
  }
}

// ===== empty_f32#23
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x2xf32>, %p1_p1: tensor<0x2xf32>) -> tensor<0x2xf32> {
    %0 = "stablehlo.remainder"(%p0_p0, %p1_p1) : (tensor<0x2xf32>, tensor<0x2xf32>) -> tensor<0x2xf32>
    "stablehlo.return"(%0) : (tensor<0x2xf32>) -> ()
  }
}

// ===== edges_i8#4
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%0) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#4
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#4
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#4
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%0) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#4
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%0) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#5
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%0) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#5
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#5
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#5
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%0) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#5
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%0) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#6
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%0) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#6
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#6
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#6
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%0) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#6
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%0) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#7
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<8x8xi8>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i8> } : () -> tensor<i8>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<8x8xi8>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi1>
    %5 = "stablehlo.constant"() { value = dense<-128> : tensor<i8> } : () -> tensor<i8>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<8x8xi8>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i8> } : () -> tensor<i8>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<8x8xi8>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<8x8xi1>, tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    %14 = "stablehlo.divide"(%p0_p0, %13) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    %15 = "stablehlo.constant"() { value = dense<-1> : tensor<i8> } : () -> tensor<i8>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<8x8xi8>
    %17 = "stablehlo.select"(%11, %p0_p0, %14) : (tensor<8x8xi1>, tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    %18 = "stablehlo.select"(%4, %16, %17) : (tensor<8x8xi1>, tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%18) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#7
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7x7xui8>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<ui8> } : () -> tensor<ui8>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7x7xui8>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xi1>
    %5 = "stablehlo.select"(%4, %3, %p1_p1) : (tensor<7x7xi1>, tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    %6 = "stablehlo.divide"(%p0_p0, %5) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    %7 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7x7xui8>
    %9 = "stablehlo.select"(%4, %8, %6) : (tensor<7x7xi1>, tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%9) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#7
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i16> } : () -> tensor<i16>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<7x7xi16>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i16> } : () -> tensor<i16>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<7x7xi16>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi1>
    %5 = "stablehlo.constant"() { value = dense<-32768> : tensor<i16> } : () -> tensor<i16>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<7x7xi16>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i16> } : () -> tensor<i16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<7x7xi16>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<7x7xi1>, tensor<7x7xi1>) -> tensor<7x7xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<7x7xi1>, tensor<7x7xi1>) -> tensor<7x7xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<7x7xi1>, tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    %14 = "stablehlo.divide"(%p0_p0, %13) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    %15 = "stablehlo.constant"() { value = dense<-1> : tensor<i16> } : () -> tensor<i16>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<7x7xi16>
    %17 = "stablehlo.select"(%11, %p0_p0, %14) : (tensor<7x7xi1>, tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    %18 = "stablehlo.select"(%4, %16, %17) : (tensor<7x7xi1>, tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%18) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#7
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x8xi32>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i32> } : () -> tensor<i32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x8xi32>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %5 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x8xi32>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i32> } : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x8xi32>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<8x8xi1>, tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    %14 = "stablehlo.divide"(%p0_p0, %13) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    %15 = "stablehlo.constant"() { value = dense<-1> : tensor<i32> } : () -> tensor<i32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x8xi32>
    %17 = "stablehlo.select"(%11, %p0_p0, %14) : (tensor<8x8xi1>, tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    %18 = "stablehlo.select"(%4, %16, %17) : (tensor<8x8xi1>, tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%18) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#7
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<8x8xi64>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<8x8xi64>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    %5 = "stablehlo.constant"() { value = dense<-9223372036854775808> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<8x8xi64>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<8x8xi64>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<8x8xi1>, tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    %14 = "stablehlo.divide"(%p0_p0, %13) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    %15 = "stablehlo.constant"() { value = dense<-1> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<8x8xi64>
    %17 = "stablehlo.select"(%11, %p0_p0, %14) : (tensor<8x8xi1>, tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    %18 = "stablehlo.select"(%4, %16, %17) : (tensor<8x8xi1>, tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%18) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#8
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%0) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#8
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#8
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#8
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%0) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#8
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%0) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#9
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%0) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#9
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#9
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#9
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%0) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#9
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%0) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#10
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.and"(%p0_p0, %p1_p1) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%0) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#10
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.and"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#10
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.and"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#10
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.and"(%p0_p0, %p1_p1) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%0) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#10
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.and"(%p0_p0, %p1_p1) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%0) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#11
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.or"(%p0_p0, %p1_p1) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%0) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#11
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.or"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#11
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.or"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#11
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.or"(%p0_p0, %p1_p1) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%0) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#11
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.or"(%p0_p0, %p1_p1) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%0) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#12
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.xor"(%p0_p0, %p1_p1) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%0) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#12
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.xor"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#12
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.xor"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#12
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.xor"(%p0_p0, %p1_p1) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%0) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#12
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.xor"(%p0_p0, %p1_p1) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%0) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#13
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x8xi8>, %p1_p1: tensor<8x8xi8>) -> tensor<8x8xi8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<8x8xi8>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i8> } : () -> tensor<i8>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<8x8xi8>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi1>
    %5 = "stablehlo.constant"() { value = dense<-128> : tensor<i8> } : () -> tensor<i8>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<8x8xi8>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i8> } : () -> tensor<i8>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<8x8xi8>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<8x8xi1>, tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    %14 = "stablehlo.remainder"(%p0_p0, %13) : (tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    %15 = "stablehlo.select"(%11, %1, %14) : (tensor<8x8xi1>, tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    %16 = "stablehlo.select"(%4, %p0_p0, %15) : (tensor<8x8xi1>, tensor<8x8xi8>, tensor<8x8xi8>) -> tensor<8x8xi8>
    "stablehlo.return"(%16) : (tensor<8x8xi8>) -> ()
  }
}

// ===== edges_u8#13
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7x7xui8>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<ui8> } : () -> tensor<ui8>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7x7xui8>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xi1>
    %5 = "stablehlo.select"(%4, %3, %p1_p1) : (tensor<7x7xi1>, tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    %6 = "stablehlo.remainder"(%p0_p0, %5) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    %7 = "stablehlo.select"(%4, %p0_p0, %6) : (tensor<7x7xi1>, tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%7) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#13
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i16> } : () -> tensor<i16>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<7x7xi16>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i16> } : () -> tensor<i16>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<7x7xi16>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi1>
    %5 = "stablehlo.constant"() { value = dense<-32768> : tensor<i16> } : () -> tensor<i16>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<7x7xi16>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i16> } : () -> tensor<i16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<7x7xi16>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<7x7xi1>, tensor<7x7xi1>) -> tensor<7x7xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<7x7xi1>, tensor<7x7xi1>) -> tensor<7x7xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<7x7xi1>, tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    %14 = "stablehlo.remainder"(%p0_p0, %13) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    %15 = "stablehlo.select"(%11, %1, %14) : (tensor<7x7xi1>, tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    %16 = "stablehlo.select"(%4, %p0_p0, %15) : (tensor<7x7xi1>, tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%16) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#13
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi32> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x8xi32>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i32> } : () -> tensor<i32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x8xi32>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %5 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x8xi32>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i32> } : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x8xi32>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<8x8xi1>, tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    %14 = "stablehlo.remainder"(%p0_p0, %13) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    %15 = "stablehlo.select"(%11, %1, %14) : (tensor<8x8xi1>, tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    %16 = "stablehlo.select"(%4, %p0_p0, %15) : (tensor<8x8xi1>, tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    "stablehlo.return"(%16) : (tensor<8x8xi32>) -> ()
  }
}

// ===== edges_i64#13
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi64> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<8x8xi64>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<8x8xi64>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    %5 = "stablehlo.constant"() { value = dense<-9223372036854775808> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<8x8xi64>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<8x8xi64>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<8x8xi1>, tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    %14 = "stablehlo.remainder"(%p0_p0, %13) : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    %15 = "stablehlo.select"(%11, %1, %14) : (tensor<8x8xi1>, tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    %16 = "stablehlo.select"(%4, %p0_p0, %15) : (tensor<8x8xi1>, tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi64>
    "stablehlo.return"(%16) : (tensor<8x8xi64>) -> ()
  }
}

// ===== edges_i8#14
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x7xi8>, %p1_p1: tensor<8x7xi8>) -> tensor<8x7xi8> {
    %0 = "stablehlo.shift_left"(%p0_p0, %p1_p1) : (tensor<8x7xi8>, tensor<8x7xi8>) -> tensor<8x7xi8>
    "stablehlo.return"(%0) : (tensor<8x7xi8>) -> ()
  }
}

// ===== edges_u8#14
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.shift_left"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#14
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.shift_left"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#14
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x7xi32>, %p1_p1: tensor<8x7xi32>) -> tensor<8x7xi32> {
    %0 = "stablehlo.shift_left"(%p0_p0, %p1_p1) : (tensor<8x7xi32>, tensor<8x7xi32>) -> tensor<8x7xi32>
    "stablehlo.return"(%0) : (tensor<8x7xi32>) -> ()
  }
}

// ===== edges_i64#14
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x7xi64>, %p1_p1: tensor<8x7xi64>) -> tensor<8x7xi64> {
    %0 = "stablehlo.shift_left"(%p0_p0, %p1_p1) : (tensor<8x7xi64>, tensor<8x7xi64>) -> tensor<8x7xi64>
    "stablehlo.return"(%0) : (tensor<8x7xi64>) -> ()
  }
}

// ===== edges_i8#15
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x7xi8>, %p1_p1: tensor<8x7xi8>) -> tensor<8x7xi8> {
    %0 = "stablehlo.shift_right_logical"(%p0_p0, %p1_p1) : (tensor<8x7xi8>, tensor<8x7xi8>) -> tensor<8x7xi8>
    "stablehlo.return"(%0) : (tensor<8x7xi8>) -> ()
  }
}

// ===== edges_u8#15
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.shift_right_logical"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#15
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.shift_right_logical"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#15
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x7xi32>, %p1_p1: tensor<8x7xi32>) -> tensor<8x7xi32> {
    %0 = "stablehlo.shift_right_logical"(%p0_p0, %p1_p1) : (tensor<8x7xi32>, tensor<8x7xi32>) -> tensor<8x7xi32>
    "stablehlo.return"(%0) : (tensor<8x7xi32>) -> ()
  }
}

// ===== edges_i64#15
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x7xi64>, %p1_p1: tensor<8x7xi64>) -> tensor<8x7xi64> {
    %0 = "stablehlo.shift_right_logical"(%p0_p0, %p1_p1) : (tensor<8x7xi64>, tensor<8x7xi64>) -> tensor<8x7xi64>
    "stablehlo.return"(%0) : (tensor<8x7xi64>) -> ()
  }
}

// ===== edges_i8#16
module @edges_i8 {
  func.func @main(%p0_p0: tensor<8x7xi8>, %p1_p1: tensor<8x7xi8>) -> tensor<8x7xi8> {
    %0 = "stablehlo.shift_right_arithmetic"(%p0_p0, %p1_p1) : (tensor<8x7xi8>, tensor<8x7xi8>) -> tensor<8x7xi8>
    "stablehlo.return"(%0) : (tensor<8x7xi8>) -> ()
  }
}

// ===== edges_u8#16
module @edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xui8> {
    %0 = "stablehlo.shift_right_arithmetic"(%p0_p0, %p1_p1) : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xui8>
    "stablehlo.return"(%0) : (tensor<7x7xui8>) -> ()
  }
}

// ===== edges_i16#16
module @edges_i16 {
  func.func @main(%p0_p0: tensor<7x7xi16>, %p1_p1: tensor<7x7xi16>) -> tensor<7x7xi16> {
    %0 = "stablehlo.shift_right_arithmetic"(%p0_p0, %p1_p1) : (tensor<7x7xi16>, tensor<7x7xi16>) -> tensor<7x7xi16>
    "stablehlo.return"(%0) : (tensor<7x7xi16>) -> ()
  }
}

// ===== edges_i32#16
module @edges_i32 {
  func.func @main(%p0_p0: tensor<8x7xi32>, %p1_p1: tensor<8x7xi32>) -> tensor<8x7xi32> {
    %0 = "stablehlo.shift_right_arithmetic"(%p0_p0, %p1_p1) : (tensor<8x7xi32>, tensor<8x7xi32>) -> tensor<8x7xi32>
    "stablehlo.return"(%0) : (tensor<8x7xi32>) -> ()
  }
}

// ===== edges_i64#16
module @edges_i64 {
  func.func @main(%p0_p0: tensor<8x7xi64>, %p1_p1: tensor<8x7xi64>) -> tensor<8x7xi64> {
    %0 = "stablehlo.shift_right_arithmetic"(%p0_p0, %p1_p1) : (tensor<8x7xi64>, tensor<8x7xi64>) -> tensor<8x7xi64>
    "stablehlo.return"(%0) : (tensor<8x7xi64>) -> ()
  }
}

// ===== i8_wraps
module @i8_wraps {
  func.func @main(%p0_p0: tensor<3xi8>, %p1_p1: tensor<3xi8>) -> tensor<3xi8> {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<3xi8>, tensor<3xi8>) -> tensor<3xi8>
    "stablehlo.return"(%0) : (tensor<3xi8>) -> ()
  }
}

// ===== u8_wraps#1
module @u8_wraps {
  func.func @main(%p0_p0: tensor<2xui8>, %p1_p1: tensor<2xui8>) -> tensor<2xui8> {
    %0 = "stablehlo.subtract"(%p0_p0, %p1_p1) : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
    "stablehlo.return"(%0) : (tensor<2xui8>) -> ()
  }
}

// ===== i32_wraps
module @i32_wraps {
  func.func @main(%p0_p0: tensor<2xi32>, %p1_p1: tensor<2xi32>) -> tensor<2xi32> {
    %0 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    "stablehlo.return"(%0) : (tensor<2xi32>) -> ()
  }
}

// ===== i32_truncates
module @i32_truncates {
  func.func @main(%p0_p0: tensor<5xi32>, %p1_p1: tensor<5xi32>) -> tensor<5xi32> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<5xi32>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i32> } : () -> tensor<i32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<5xi32>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %5 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<5xi32>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i32> } : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<5xi32>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<5xi1>, tensor<5xi1>) -> tensor<5xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<5xi1>, tensor<5xi1>) -> tensor<5xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %14 = "stablehlo.divide"(%p0_p0, %13) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %15 = "stablehlo.constant"() { value = dense<-1> : tensor<i32> } : () -> tensor<i32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<5xi32>
    %17 = "stablehlo.select"(%11, %p0_p0, %14) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %18 = "stablehlo.select"(%4, %16, %17) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "stablehlo.return"(%18) : (tensor<5xi32>) -> ()
  }
}

// ===== u8_by_zero
module @u8_by_zero {
  func.func @main(%p0_p0: tensor<3xui8>, %p1_p1: tensor<3xui8>) -> tensor<3xui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3xui8>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<ui8> } : () -> tensor<ui8>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3xui8>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xi1>
    %5 = "stablehlo.select"(%4, %3, %p1_p1) : (tensor<3xi1>, tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
    %6 = "stablehlo.divide"(%p0_p0, %5) : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
    %7 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3xui8>
    %9 = "stablehlo.select"(%4, %8, %6) : (tensor<3xi1>, tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
    "stablehlo.return"(%9) : (tensor<3xui8>) -> ()
  }
}

// ===== i32_sign_of_dividend
module @i32_sign_of_dividend {
  func.func @main(%p0_p0: tensor<5xi32>, %p1_p1: tensor<5xi32>) -> tensor<5xi32> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<5xi32>
    %2 = "stablehlo.constant"() { value = dense<1> : tensor<i32> } : () -> tensor<i32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<5xi32>
    %4 = "stablehlo.compare"(%p1_p1, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %5 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<5xi32>
    %7 = "stablehlo.constant"() { value = dense<-1> : tensor<i32> } : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<5xi32>
    %9 = "stablehlo.compare"(%p0_p0, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %10 = "stablehlo.compare"(%p1_p1, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %11 = "stablehlo.and"(%9, %10) : (tensor<5xi1>, tensor<5xi1>) -> tensor<5xi1>
    %12 = "stablehlo.or"(%4, %11) : (tensor<5xi1>, tensor<5xi1>) -> tensor<5xi1>
    %13 = "stablehlo.select"(%12, %3, %p1_p1) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %14 = "stablehlo.remainder"(%p0_p0, %13) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %15 = "stablehlo.select"(%11, %1, %14) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %16 = "stablehlo.select"(%4, %p0_p0, %15) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "stablehlo.return"(%16) : (tensor<5xi32>) -> ()
  }
}

// ===== f32_fmod
module @f32_fmod {
  func.func @main(%p0_p0: tensor<6xf32>, %p1_p1: tensor<6xf32>) -> tensor<6xf32> {
    %0 = "stablehlo.remainder"(%p0_p0, %p1_p1) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "stablehlo.return"(%0) : (tensor<6xf32>) -> ()
  }
}

// ===== f32_by_zero
module @f32_by_zero {
  func.func @main(%p0_p0: tensor<4xf32>, %p1_p1: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.divide"(%p0_p0, %p1_p1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%0) : (tensor<4xf32>) -> ()
  }
}

// ===== f32_c_pow
module @f32_c_pow {
  func.func @main(%p0_p0: tensor<8xf32>, %p1_p1: tensor<8xf32>) -> tensor<8xf32> {
    %0 = "stablehlo.power"(%p0_p0, %p1_p1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "stablehlo.return"(%0) : (tensor<8xf32>) -> ()
  }
}

// ===== f32_nan_propagates
module @f32_nan_propagates {
  func.func @main(%p0_p0: tensor<4xf32>, %p1_p1: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%0) : (tensor<4xf32>) -> ()
  }
}

// ===== f32_nan_propagates#1
module @f32_nan_propagates {
  func.func @main(%p0_p0: tensor<4xf32>, %p1_p1: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%0) : (tensor<4xf32>) -> ()
  }
}

// ===== bool_is_or
module @bool_is_or {
  func.func @main(%p0_p0: tensor<4xi1>, %p1_p1: tensor<4xi1>) -> tensor<4xi1> {
    %0 = "stablehlo.or"(%p0_p0, %p1_p1) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    "stablehlo.return"(%0) : (tensor<4xi1>) -> ()
  }
}

// ===== bool_is_and
module @bool_is_and {
  func.func @main(%p0_p0: tensor<4xi1>, %p1_p1: tensor<4xi1>) -> tensor<4xi1> {
    %0 = "stablehlo.and"(%p0_p0, %p1_p1) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    "stablehlo.return"(%0) : (tensor<4xi1>) -> ()
  }
}

// ===== bool#1
module @bool {
  func.func @main(%p0_p0: tensor<4xi1>, %p1_p1: tensor<4xi1>) -> tensor<4xi1> {
    %0 = "stablehlo.and"(%p0_p0, %p1_p1) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    "stablehlo.return"(%0) : (tensor<4xi1>) -> ()
  }
}

// ===== bool#2
module @bool {
  func.func @main(%p0_p0: tensor<4xi1>, %p1_p1: tensor<4xi1>) -> tensor<4xi1> {
    %0 = "stablehlo.or"(%p0_p0, %p1_p1) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    "stablehlo.return"(%0) : (tensor<4xi1>) -> ()
  }
}

// ===== bool#3
module @bool {
  func.func @main(%p0_p0: tensor<4xi1>, %p1_p1: tensor<4xi1>) -> tensor<4xi1> {
    %0 = "stablehlo.xor"(%p0_p0, %p1_p1) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    "stablehlo.return"(%0) : (tensor<4xi1>) -> ()
  }
}

// ===== u8_literal#3
module @u8_literal {
  func.func @main(%p0_p0: tensor<2xui8>, %p1_p1: tensor<2xui8>) -> tensor<2xui8> {
    %0 = "stablehlo.and"(%p0_p0, %p1_p1) : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
    "stablehlo.return"(%0) : (tensor<2xui8>) -> ()
  }
}

// ===== u8_literal#4
module @u8_literal {
  func.func @main(%p0_p0: tensor<2xui8>, %p1_p1: tensor<2xui8>) -> tensor<2xui8> {
    %0 = "stablehlo.or"(%p0_p0, %p1_p1) : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
    "stablehlo.return"(%0) : (tensor<2xui8>) -> ()
  }
}

// ===== i8_literal#1
module @i8_literal {
  func.func @main(%p0_p0: tensor<2xi8>, %p1_p1: tensor<2xi8>) -> tensor<2xi8> {
    %0 = "stablehlo.xor"(%p0_p0, %p1_p1) : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>
    "stablehlo.return"(%0) : (tensor<2xi8>) -> ()
  }
}

// ===== i32_literal
module @i32_literal {
  func.func @main(%p0_p0: tensor<5xi32>, %p1_p1: tensor<5xi32>) -> tensor<5xi32> {
    %0 = "stablehlo.shift_left"(%p0_p0, %p1_p1) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "stablehlo.return"(%0) : (tensor<5xi32>) -> ()
  }
}

// ===== i8_literal#2
module @i8_literal {
  func.func @main(%p0_p0: tensor<4xi8>, %p1_p1: tensor<4xi8>) -> tensor<4xi8> {
    %0 = "stablehlo.shift_right_logical"(%p0_p0, %p1_p1) : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi8>
    "stablehlo.return"(%0) : (tensor<4xi8>) -> ()
  }
}

// ===== u8_fills_bit7
module @u8_fills_bit7 {
  func.func @main(%p0_p0: tensor<5xui8>, %p1_p1: tensor<5xui8>) -> tensor<5xui8> {
    %0 = "stablehlo.shift_right_arithmetic"(%p0_p0, %p1_p1) : (tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
    "stablehlo.return"(%0) : (tensor<5xui8>) -> ()
  }
}

// ===== i32_literal#1
module @i32_literal {
  func.func @main(%p0_p0: tensor<5xi32>, %p1_p1: tensor<5xi32>) -> tensor<5xi32> {
    %0 = "stablehlo.shift_right_arithmetic"(%p0_p0, %p1_p1) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "stablehlo.return"(%0) : (tensor<5xi32>) -> ()
  }
}

// ===== i32_literal#2
module @i32_literal {
  func.func @main(%p0_p0: tensor<2xi32>, %p1_p1: tensor<2xi32>) -> tensor<2xi32> {
    %0 = "stablehlo.maximum"(%p0_p0, %p1_p1) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    "stablehlo.return"(%0) : (tensor<2xi32>) -> ()
  }
}

// ===== u8_unsigned
module @u8_unsigned {
  func.func @main(%p0_p0: tensor<2xui8>, %p1_p1: tensor<2xui8>) -> tensor<2xui8> {
    %0 = "stablehlo.minimum"(%p0_p0, %p1_p1) : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
    "stablehlo.return"(%0) : (tensor<2xui8>) -> ()
  }
}

// ===== eq_specials_f32
module @eq_specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== eq_specials_bf16
module @eq_specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== eq_specials_f64
module @eq_specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== eq_edges_u8
module @eq_edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xi1>
    "stablehlo.return"(%0) : (tensor<7x7xi1>) -> ()
  }
}

// ===== eq_edges_i32
module @eq_edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== eq_edges_i64
module @eq_edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== eq_bool
module @eq_bool {
  func.func @main(%p0_p0: tensor<2x2xi1>, %p1_p1: tensor<2x2xi1>) -> tensor<2x2xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2x2xi1>, tensor<2x2xi1>) -> tensor<2x2xi1>
    "stablehlo.return"(%0) : (tensor<2x2xi1>) -> ()
  }
}

// ===== ne_specials_f32
module @ne_specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== ne_specials_bf16
module @ne_specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== ne_specials_f64
module @ne_specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== ne_edges_u8
module @ne_edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xi1>
    "stablehlo.return"(%0) : (tensor<7x7xi1>) -> ()
  }
}

// ===== ne_edges_i32
module @ne_edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== ne_edges_i64
module @ne_edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== ne_bool
module @ne_bool {
  func.func @main(%p0_p0: tensor<2x2xi1>, %p1_p1: tensor<2x2xi1>) -> tensor<2x2xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<2x2xi1>, tensor<2x2xi1>) -> tensor<2x2xi1>
    "stablehlo.return"(%0) : (tensor<2x2xi1>) -> ()
  }
}

// ===== lt_specials_f32
module @lt_specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== lt_specials_bf16
module @lt_specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== lt_specials_f64
module @lt_specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== lt_edges_u8
module @lt_edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xi1>
    "stablehlo.return"(%0) : (tensor<7x7xi1>) -> ()
  }
}

// ===== lt_edges_i32
module @lt_edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== lt_edges_i64
module @lt_edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== lt_bool
module @lt_bool {
  func.func @main(%p0_p0: tensor<2x2xi1>, %p1_p1: tensor<2x2xi1>) -> tensor<2x2xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x2xi1>, tensor<2x2xi1>) -> tensor<2x2xi1>
    "stablehlo.return"(%0) : (tensor<2x2xi1>) -> ()
  }
}

// ===== le_specials_f32
module @le_specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== le_specials_bf16
module @le_specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== le_specials_f64
module @le_specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== le_edges_u8
module @le_edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xi1>
    "stablehlo.return"(%0) : (tensor<7x7xi1>) -> ()
  }
}

// ===== le_edges_i32
module @le_edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== le_edges_i64
module @le_edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== le_bool
module @le_bool {
  func.func @main(%p0_p0: tensor<2x2xi1>, %p1_p1: tensor<2x2xi1>) -> tensor<2x2xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x2xi1>, tensor<2x2xi1>) -> tensor<2x2xi1>
    "stablehlo.return"(%0) : (tensor<2x2xi1>) -> ()
  }
}

// ===== gt_specials_f32
module @gt_specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== gt_specials_bf16
module @gt_specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== gt_specials_f64
module @gt_specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== gt_edges_u8
module @gt_edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xi1>
    "stablehlo.return"(%0) : (tensor<7x7xi1>) -> ()
  }
}

// ===== gt_edges_i32
module @gt_edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== gt_edges_i64
module @gt_edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== gt_bool
module @gt_bool {
  func.func @main(%p0_p0: tensor<2x2xi1>, %p1_p1: tensor<2x2xi1>) -> tensor<2x2xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<2x2xi1>, tensor<2x2xi1>) -> tensor<2x2xi1>
    "stablehlo.return"(%0) : (tensor<2x2xi1>) -> ()
  }
}

// ===== ge_specials_f32
module @ge_specials_f32 {
  func.func @main(%p0_p0: tensor<10x10xf32>, %p1_p1: tensor<10x10xf32>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<10x10xf32>, tensor<10x10xf32>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== ge_specials_bf16
module @ge_specials_bf16 {
  func.func @main(%p0_p0: tensor<10x10xbf16>, %p1_p1: tensor<10x10xbf16>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<10x10xbf16>, tensor<10x10xbf16>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== ge_specials_f64
module @ge_specials_f64 {
  func.func @main(%p0_p0: tensor<10x10xf64>, %p1_p1: tensor<10x10xf64>) -> tensor<10x10xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<10x10xf64>, tensor<10x10xf64>) -> tensor<10x10xi1>
    "stablehlo.return"(%0) : (tensor<10x10xi1>) -> ()
  }
}

// ===== ge_edges_u8
module @ge_edges_u8 {
  func.func @main(%p0_p0: tensor<7x7xui8>, %p1_p1: tensor<7x7xui8>) -> tensor<7x7xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<7x7xui8>, tensor<7x7xui8>) -> tensor<7x7xi1>
    "stablehlo.return"(%0) : (tensor<7x7xi1>) -> ()
  }
}

// ===== ge_edges_i32
module @ge_edges_i32 {
  func.func @main(%p0_p0: tensor<8x8xi32>, %p1_p1: tensor<8x8xi32>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== ge_edges_i64
module @ge_edges_i64 {
  func.func @main(%p0_p0: tensor<8x8xi64>, %p1_p1: tensor<8x8xi64>) -> tensor<8x8xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    "stablehlo.return"(%0) : (tensor<8x8xi1>) -> ()
  }
}

// ===== ge_bool
module @ge_bool {
  func.func @main(%p0_p0: tensor<2x2xi1>, %p1_p1: tensor<2x2xi1>) -> tensor<2x2xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<2x2xi1>, tensor<2x2xi1>) -> tensor<2x2xi1>
    "stablehlo.return"(%0) : (tensor<2x2xi1>) -> ()
  }
}

// ===== eq_nan_and_zeros
module @eq_nan_and_zeros {
  func.func @main(%p0_p0: tensor<3xf32>, %p1_p1: tensor<3xf32>) -> tensor<3xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>
    "stablehlo.return"(%0) : (tensor<3xi1>) -> ()
  }
}

// ===== ne_nan
module @ne_nan {
  func.func @main(%p0_p0: tensor<3xf32>, %p1_p1: tensor<3xf32>) -> tensor<3xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>
    "stablehlo.return"(%0) : (tensor<3xi1>) -> ()
  }
}

// ===== gt_u8_unsigned
module @gt_u8_unsigned {
  func.func @main(%p0_p0: tensor<2xui8>, %p1_p1: tensor<2xui8>) -> tensor<2xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xi1>
    "stablehlo.return"(%0) : (tensor<2xi1>) -> ()
  }
}

// ===== lt_i64_exact
module @lt_i64_exact {
  func.func @main(%p0_p0: tensor<1xi64>, %p1_p1: tensor<1xi64>) -> tensor<1xi1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi1>
    "stablehlo.return"(%0) : (tensor<1xi1>) -> ()
  }
}

// ===== le_scalar_f16
module @le_scalar_f16 {
  func.func @main(%p0_p0: tensor<f16>, %p1_p1: tensor<f16>) -> tensor<i1> {
    %0 = "stablehlo.compare"(%p0_p0, %p1_p1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<f16>, tensor<f16>) -> tensor<i1>
    "stablehlo.return"(%0) : (tensor<i1>) -> ()
  }
}

// ===== odd_7x13_f32#24
module @odd_7x13_f32 {
  func.func @main(%p0_p0: tensor<7x13xi1>, %p1_p1: tensor<7x13xf32>, %p2_p2: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.select"(%p0_p0, %p1_p1, %p2_p2) : (tensor<7x13xi1>, tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== i64
module @i64 {
  func.func @main(%p0_p0: tensor<3xi1>, %p1_p1: tensor<3xi64>, %p2_p2: tensor<3xi64>) -> tensor<3xi64> {
    %0 = "stablehlo.select"(%p0_p0, %p1_p1, %p2_p2) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    "stablehlo.return"(%0) : (tensor<3xi64>) -> ()
  }
}

// ===== bool#4
module @bool {
  func.func @main(%p0_p0: tensor<2xi1>, %p1_p1: tensor<2xi1>, %p2_p2: tensor<2xi1>) -> tensor<2xi1> {
    %0 = "stablehlo.select"(%p0_p0, %p1_p1, %p2_p2) : (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
    "stablehlo.return"(%0) : (tensor<2xi1>) -> ()
  }
}

// ===== scalar_bf16#8
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<i1>, %p1_p1: tensor<bf16>, %p2_p2: tensor<bf16>) -> tensor<bf16> {
    %0 = "stablehlo.select"(%p0_p0, %p1_p1, %p2_p2) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%0) : (tensor<bf16>) -> ()
  }
}

// ===== nan_and_neg_zero_pass_through
module @nan_and_neg_zero_pass_through {
  func.func @main(%p0_p0: tensor<2xi1>, %p1_p1: tensor<2xf16>, %p2_p2: tensor<2xf16>) -> tensor<2xf16> {
    %0 = "stablehlo.select"(%p0_p0, %p1_p1, %p2_p2) : (tensor<2xi1>, tensor<2xf16>, tensor<2xf16>) -> tensor<2xf16>
    "stablehlo.return"(%0) : (tensor<2xf16>) -> ()
  }
}

// ===== empty_u8
module @empty_u8 {
  func.func @main(%p0_p0: tensor<0xi1>, %p1_p1: tensor<0xui8>, %p2_p2: tensor<0xui8>) -> tensor<0xui8> {
    %0 = "stablehlo.select"(%p0_p0, %p1_p1, %p2_p2) : (tensor<0xi1>, tensor<0xui8>, tensor<0xui8>) -> tensor<0xui8>
    "stablehlo.return"(%0) : (tensor<0xui8>) -> ()
  }
}

// ===== bool_to_bool
module @bool_to_bool {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xi1> {
    "stablehlo.return"(%p0_p0) : (tensor<2xi1>) -> ()
  }
}

// ===== bool_to_i8
module @bool_to_i8 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xi8>
    "stablehlo.return"(%0) : (tensor<2xi8>) -> ()
  }
}

// ===== bool_to_u8
module @bool_to_u8 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xui8>
    "stablehlo.return"(%0) : (tensor<2xui8>) -> ()
  }
}

// ===== bool_to_i16
module @bool_to_i16 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xi16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xi16>
    "stablehlo.return"(%0) : (tensor<2xi16>) -> ()
  }
}

// ===== bool_to_i32
module @bool_to_i32 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xi32>
    "stablehlo.return"(%0) : (tensor<2xi32>) -> ()
  }
}

// ===== bool_to_i64
module @bool_to_i64 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xi64>
    "stablehlo.return"(%0) : (tensor<2xi64>) -> ()
  }
}

// ===== bool_to_f32
module @bool_to_f32 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xf32>
    "stablehlo.return"(%0) : (tensor<2xf32>) -> ()
  }
}

// ===== bool_to_f64
module @bool_to_f64 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xf64>
    "stablehlo.return"(%0) : (tensor<2xf64>) -> ()
  }
}

// ===== bool_to_bf16
module @bool_to_bf16 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xbf16>
    "stablehlo.return"(%0) : (tensor<2xbf16>) -> ()
  }
}

// ===== bool_to_f16
module @bool_to_f16 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xf16>
    "stablehlo.return"(%0) : (tensor<2xf16>) -> ()
  }
}

// ===== i8_to_bool
module @i8_to_bool {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xi1> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<15xi8>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<15xi8>, tensor<15xi8>) -> tensor<15xi1>
    "stablehlo.return"(%2) : (tensor<15xi1>) -> ()
  }
}

// ===== i8_to_i8
module @i8_to_i8 {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xi8> {
    "stablehlo.return"(%p0_p0) : (tensor<15xi8>) -> ()
  }
}

// ===== i8_to_u8
module @i8_to_u8 {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi8>) -> tensor<15xui8>
    "stablehlo.return"(%0) : (tensor<15xui8>) -> ()
  }
}

// ===== i8_to_i16
module @i8_to_i16 {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xi16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi8>) -> tensor<15xi16>
    "stablehlo.return"(%0) : (tensor<15xi16>) -> ()
  }
}

// ===== i8_to_i32
module @i8_to_i32 {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi8>) -> tensor<15xi32>
    "stablehlo.return"(%0) : (tensor<15xi32>) -> ()
  }
}

// ===== i8_to_i64
module @i8_to_i64 {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi8>) -> tensor<15xi64>
    "stablehlo.return"(%0) : (tensor<15xi64>) -> ()
  }
}

// ===== i8_to_f32
module @i8_to_f32 {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi8>) -> tensor<15xf32>
    "stablehlo.return"(%0) : (tensor<15xf32>) -> ()
  }
}

// ===== i8_to_f64
module @i8_to_f64 {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi8>) -> tensor<15xf64>
    "stablehlo.return"(%0) : (tensor<15xf64>) -> ()
  }
}

// ===== i8_to_bf16
module @i8_to_bf16 {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi8>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xbf16>
    "stablehlo.return"(%1) : (tensor<15xbf16>) -> ()
  }
}

// ===== i8_to_f16
module @i8_to_f16 {
  func.func @main(%p0_p0: tensor<15xi8>) -> tensor<15xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi8>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xf16>
    "stablehlo.return"(%1) : (tensor<15xf16>) -> ()
  }
}

// ===== u8_to_bool
module @u8_to_bool {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xi1> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<15xui8>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<15xui8>, tensor<15xui8>) -> tensor<15xi1>
    "stablehlo.return"(%2) : (tensor<15xi1>) -> ()
  }
}

// ===== u8_to_i8
module @u8_to_i8 {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xui8>) -> tensor<15xi8>
    "stablehlo.return"(%0) : (tensor<15xi8>) -> ()
  }
}

// ===== u8_to_u8
module @u8_to_u8 {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xui8> {
    "stablehlo.return"(%p0_p0) : (tensor<15xui8>) -> ()
  }
}

// ===== u8_to_i16
module @u8_to_i16 {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xi16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xui8>) -> tensor<15xi16>
    "stablehlo.return"(%0) : (tensor<15xi16>) -> ()
  }
}

// ===== u8_to_i32
module @u8_to_i32 {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xui8>) -> tensor<15xi32>
    "stablehlo.return"(%0) : (tensor<15xi32>) -> ()
  }
}

// ===== u8_to_i64
module @u8_to_i64 {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xui8>) -> tensor<15xi64>
    "stablehlo.return"(%0) : (tensor<15xi64>) -> ()
  }
}

// ===== u8_to_f32
module @u8_to_f32 {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xui8>) -> tensor<15xf32>
    "stablehlo.return"(%0) : (tensor<15xf32>) -> ()
  }
}

// ===== u8_to_f64
module @u8_to_f64 {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xui8>) -> tensor<15xf64>
    "stablehlo.return"(%0) : (tensor<15xf64>) -> ()
  }
}

// ===== u8_to_bf16
module @u8_to_bf16 {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xui8>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xbf16>
    "stablehlo.return"(%1) : (tensor<15xbf16>) -> ()
  }
}

// ===== u8_to_f16
module @u8_to_f16 {
  func.func @main(%p0_p0: tensor<15xui8>) -> tensor<15xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xui8>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xf16>
    "stablehlo.return"(%1) : (tensor<15xf16>) -> ()
  }
}

// ===== i16_to_bool
module @i16_to_bool {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xi1> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i16> } : () -> tensor<i16>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<15xi16>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<15xi16>, tensor<15xi16>) -> tensor<15xi1>
    "stablehlo.return"(%2) : (tensor<15xi1>) -> ()
  }
}

// ===== i16_to_i8
module @i16_to_i8 {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi16>) -> tensor<15xi8>
    "stablehlo.return"(%0) : (tensor<15xi8>) -> ()
  }
}

// ===== i16_to_u8
module @i16_to_u8 {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi16>) -> tensor<15xui8>
    "stablehlo.return"(%0) : (tensor<15xui8>) -> ()
  }
}

// ===== i16_to_i16
module @i16_to_i16 {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xi16> {
    "stablehlo.return"(%p0_p0) : (tensor<15xi16>) -> ()
  }
}

// ===== i16_to_i32
module @i16_to_i32 {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi16>) -> tensor<15xi32>
    "stablehlo.return"(%0) : (tensor<15xi32>) -> ()
  }
}

// ===== i16_to_i64
module @i16_to_i64 {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi16>) -> tensor<15xi64>
    "stablehlo.return"(%0) : (tensor<15xi64>) -> ()
  }
}

// ===== i16_to_f32
module @i16_to_f32 {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi16>) -> tensor<15xf32>
    "stablehlo.return"(%0) : (tensor<15xf32>) -> ()
  }
}

// ===== i16_to_f64
module @i16_to_f64 {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi16>) -> tensor<15xf64>
    "stablehlo.return"(%0) : (tensor<15xf64>) -> ()
  }
}

// ===== i16_to_bf16
module @i16_to_bf16 {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi16>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xbf16>
    "stablehlo.return"(%1) : (tensor<15xbf16>) -> ()
  }
}

// ===== i16_to_f16
module @i16_to_f16 {
  func.func @main(%p0_p0: tensor<15xi16>) -> tensor<15xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi16>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xf16>
    "stablehlo.return"(%1) : (tensor<15xf16>) -> ()
  }
}

// ===== i32_to_bool
module @i32_to_bool {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xi1> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<15xi32>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<15xi32>, tensor<15xi32>) -> tensor<15xi1>
    "stablehlo.return"(%2) : (tensor<15xi1>) -> ()
  }
}

// ===== i32_to_i8
module @i32_to_i8 {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi32>) -> tensor<15xi8>
    "stablehlo.return"(%0) : (tensor<15xi8>) -> ()
  }
}

// ===== i32_to_u8
module @i32_to_u8 {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi32>) -> tensor<15xui8>
    "stablehlo.return"(%0) : (tensor<15xui8>) -> ()
  }
}

// ===== i32_to_i16
module @i32_to_i16 {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xi16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi32>) -> tensor<15xi16>
    "stablehlo.return"(%0) : (tensor<15xi16>) -> ()
  }
}

// ===== i32_to_i32
module @i32_to_i32 {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xi32> {
    "stablehlo.return"(%p0_p0) : (tensor<15xi32>) -> ()
  }
}

// ===== i32_to_i64
module @i32_to_i64 {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi32>) -> tensor<15xi64>
    "stablehlo.return"(%0) : (tensor<15xi64>) -> ()
  }
}

// ===== i32_to_f32
module @i32_to_f32 {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi32>) -> tensor<15xf32>
    "stablehlo.return"(%0) : (tensor<15xf32>) -> ()
  }
}

// ===== i32_to_f64
module @i32_to_f64 {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi32>) -> tensor<15xf64>
    "stablehlo.return"(%0) : (tensor<15xf64>) -> ()
  }
}

// ===== i32_to_bf16
module @i32_to_bf16 {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi32>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xbf16>
    "stablehlo.return"(%1) : (tensor<15xbf16>) -> ()
  }
}

// ===== i32_to_f16
module @i32_to_f16 {
  func.func @main(%p0_p0: tensor<15xi32>) -> tensor<15xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi32>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xf16>
    "stablehlo.return"(%1) : (tensor<15xf16>) -> ()
  }
}

// ===== i64_to_bool
module @i64_to_bool {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xi1> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<15xi64>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<15xi64>, tensor<15xi64>) -> tensor<15xi1>
    "stablehlo.return"(%2) : (tensor<15xi1>) -> ()
  }
}

// ===== i64_to_i8
module @i64_to_i8 {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi64>) -> tensor<15xi8>
    "stablehlo.return"(%0) : (tensor<15xi8>) -> ()
  }
}

// ===== i64_to_u8
module @i64_to_u8 {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi64>) -> tensor<15xui8>
    "stablehlo.return"(%0) : (tensor<15xui8>) -> ()
  }
}

// ===== i64_to_i16
module @i64_to_i16 {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xi16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi64>) -> tensor<15xi16>
    "stablehlo.return"(%0) : (tensor<15xi16>) -> ()
  }
}

// ===== i64_to_i32
module @i64_to_i32 {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi64>) -> tensor<15xi32>
    "stablehlo.return"(%0) : (tensor<15xi32>) -> ()
  }
}

// ===== i64_to_i64
module @i64_to_i64 {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xi64> {
    "stablehlo.return"(%p0_p0) : (tensor<15xi64>) -> ()
  }
}

// ===== i64_to_f32
module @i64_to_f32 {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi64>) -> tensor<15xf32>
    "stablehlo.return"(%0) : (tensor<15xf32>) -> ()
  }
}

// ===== i64_to_f64
module @i64_to_f64 {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi64>) -> tensor<15xf64>
    "stablehlo.return"(%0) : (tensor<15xf64>) -> ()
  }
}

// ===== i64_to_bf16
module @i64_to_bf16 {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi64>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xbf16>
    "stablehlo.return"(%1) : (tensor<15xbf16>) -> ()
  }
}

// ===== i64_to_f16
module @i64_to_f16 {
  func.func @main(%p0_p0: tensor<15xi64>) -> tensor<15xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<15xi64>) -> tensor<15xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<15xf32>) -> tensor<15xf16>
    "stablehlo.return"(%1) : (tensor<15xf16>) -> ()
  }
}

// ===== f32_to_bool
module @f32_to_bool {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xi1> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    "stablehlo.return"(%2) : (tensor<25xi1>) -> ()
  }
}

// ===== f32_to_i8
module @f32_to_i8 {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf32>) -> tensor<25xi8>
    %1 = "stablehlo.constant"() { value = dense<128.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<127> : tensor<i8> } : () -> tensor<i8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    %7 = "stablehlo.constant"() { value = dense<-128.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-128> : tensor<i8> } : () -> tensor<i8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    "stablehlo.return"(%16) : (tensor<25xi8>) -> ()
  }
}

// ===== f32_to_u8
module @f32_to_u8 {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf32>) -> tensor<25xui8>
    %1 = "stablehlo.constant"() { value = dense<256.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    "stablehlo.return"(%16) : (tensor<25xui8>) -> ()
  }
}

// ===== f32_to_i16
module @f32_to_i16 {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xi16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf32>) -> tensor<25xi16>
    %1 = "stablehlo.constant"() { value = dense<32768.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<32767> : tensor<i16> } : () -> tensor<i16>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    %7 = "stablehlo.constant"() { value = dense<-32768.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-32768> : tensor<i16> } : () -> tensor<i16>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i16> } : () -> tensor<i16>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    "stablehlo.return"(%16) : (tensor<25xi16>) -> ()
  }
}

// ===== f32_to_i32
module @f32_to_i32 {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf32>) -> tensor<25xi32>
    %1 = "stablehlo.constant"() { value = dense<2.147483648e+09> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<2147483647> : tensor<i32> } : () -> tensor<i32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    %7 = "stablehlo.constant"() { value = dense<-2.147483648e+09> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    "stablehlo.return"(%16) : (tensor<25xi32>) -> ()
  }
}

// ===== f32_to_i64
module @f32_to_i64 {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf32>) -> tensor<25xi64>
    %1 = "stablehlo.constant"() { value = dense<9.223372036854776e+18> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    %7 = "stablehlo.constant"() { value = dense<-9.223372036854776e+18> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<25xf32>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-9223372036854775808> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf32>, tensor<25xf32>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    "stablehlo.return"(%16) : (tensor<25xi64>) -> ()
  }
}

// ===== f32_to_f32
module @f32_to_f32 {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xf32> {
    "stablehlo.return"(%p0_p0) : (tensor<25xf32>) -> ()
  }
}

// ===== f32_to_f64
module @f32_to_f64 {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf32>) -> tensor<25xf64>
    "stablehlo.return"(%0) : (tensor<25xf64>) -> ()
  }
}

// ===== f32_to_bf16
module @f32_to_bf16 {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf32>) -> tensor<25xbf16>
    "stablehlo.return"(%0) : (tensor<25xbf16>) -> ()
  }
}

// ===== f32_to_f16
module @f32_to_f16 {
  func.func @main(%p0_p0: tensor<25xf32>) -> tensor<25xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf32>) -> tensor<25xf16>
    "stablehlo.return"(%0) : (tensor<25xf16>) -> ()
  }
}

// ===== f64_to_bool
module @f64_to_bool {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xi1> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    "stablehlo.return"(%2) : (tensor<25xi1>) -> ()
  }
}

// ===== f64_to_i8
module @f64_to_i8 {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf64>) -> tensor<25xi8>
    %1 = "stablehlo.constant"() { value = dense<128.0> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<127> : tensor<i8> } : () -> tensor<i8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    %7 = "stablehlo.constant"() { value = dense<-128.0> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-128> : tensor<i8> } : () -> tensor<i8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    "stablehlo.return"(%16) : (tensor<25xi8>) -> ()
  }
}

// ===== f64_to_u8
module @f64_to_u8 {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf64>) -> tensor<25xui8>
    %1 = "stablehlo.constant"() { value = dense<256.0> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    "stablehlo.return"(%16) : (tensor<25xui8>) -> ()
  }
}

// ===== f64_to_i16
module @f64_to_i16 {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xi16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf64>) -> tensor<25xi16>
    %1 = "stablehlo.constant"() { value = dense<32768.0> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<32767> : tensor<i16> } : () -> tensor<i16>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    %7 = "stablehlo.constant"() { value = dense<-32768.0> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-32768> : tensor<i16> } : () -> tensor<i16>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i16> } : () -> tensor<i16>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    "stablehlo.return"(%16) : (tensor<25xi16>) -> ()
  }
}

// ===== f64_to_i32
module @f64_to_i32 {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf64>) -> tensor<25xi32>
    %1 = "stablehlo.constant"() { value = dense<2.147483648e+09> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<2147483647> : tensor<i32> } : () -> tensor<i32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    %7 = "stablehlo.constant"() { value = dense<-2.147483648e+09> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    "stablehlo.return"(%16) : (tensor<25xi32>) -> ()
  }
}

// ===== f64_to_i64
module @f64_to_i64 {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf64>) -> tensor<25xi64>
    %1 = "stablehlo.constant"() { value = dense<9.223372036854776e+18> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    %7 = "stablehlo.constant"() { value = dense<-9.223372036854776e+18> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<25xf64>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-9223372036854775808> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf64>, tensor<25xf64>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    "stablehlo.return"(%16) : (tensor<25xi64>) -> ()
  }
}

// ===== f64_to_f32
module @f64_to_f32 {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf64>) -> tensor<25xf32>
    "stablehlo.return"(%0) : (tensor<25xf32>) -> ()
  }
}

// ===== f64_to_f64
module @f64_to_f64 {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xf64> {
    "stablehlo.return"(%p0_p0) : (tensor<25xf64>) -> ()
  }
}

// ===== f64_to_bf16
module @f64_to_bf16 {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf64>) -> tensor<25xbf16>
    "stablehlo.return"(%0) : (tensor<25xbf16>) -> ()
  }
}

// ===== f64_to_f16
module @f64_to_f16 {
  func.func @main(%p0_p0: tensor<25xf64>) -> tensor<25xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf64>) -> tensor<25xf16>
    "stablehlo.return"(%0) : (tensor<25xf16>) -> ()
  }
}

// ===== bf16_to_bool
module @bf16_to_bool {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xi1> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<bf16> } : () -> tensor<bf16>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    "stablehlo.return"(%2) : (tensor<25xi1>) -> ()
  }
}

// ===== bf16_to_i8
module @bf16_to_i8 {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xbf16>) -> tensor<25xi8>
    %1 = "stablehlo.constant"() { value = dense<128.0> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<127> : tensor<i8> } : () -> tensor<i8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    %7 = "stablehlo.constant"() { value = dense<-128.0> : tensor<bf16> } : () -> tensor<bf16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-128> : tensor<i8> } : () -> tensor<i8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    "stablehlo.return"(%16) : (tensor<25xi8>) -> ()
  }
}

// ===== bf16_to_u8
module @bf16_to_u8 {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xbf16>) -> tensor<25xui8>
    %1 = "stablehlo.constant"() { value = dense<256.0> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<bf16> } : () -> tensor<bf16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    "stablehlo.return"(%16) : (tensor<25xui8>) -> ()
  }
}

// ===== bf16_to_i16
module @bf16_to_i16 {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xi16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xbf16>) -> tensor<25xi16>
    %1 = "stablehlo.constant"() { value = dense<32768.0> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<32767> : tensor<i16> } : () -> tensor<i16>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    %7 = "stablehlo.constant"() { value = dense<-32768.0> : tensor<bf16> } : () -> tensor<bf16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-32768> : tensor<i16> } : () -> tensor<i16>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i16> } : () -> tensor<i16>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    "stablehlo.return"(%16) : (tensor<25xi16>) -> ()
  }
}

// ===== bf16_to_i32
module @bf16_to_i32 {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xbf16>) -> tensor<25xi32>
    %1 = "stablehlo.constant"() { value = dense<2.147483648e+09> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<2147483647> : tensor<i32> } : () -> tensor<i32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    %7 = "stablehlo.constant"() { value = dense<-2.147483648e+09> : tensor<bf16> } : () -> tensor<bf16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    "stablehlo.return"(%16) : (tensor<25xi32>) -> ()
  }
}

// ===== bf16_to_i64
module @bf16_to_i64 {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xbf16>) -> tensor<25xi64>
    %1 = "stablehlo.constant"() { value = dense<9.223372036854776e+18> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    %7 = "stablehlo.constant"() { value = dense<-9.223372036854776e+18> : tensor<bf16> } : () -> tensor<bf16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<25xbf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-9223372036854775808> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xbf16>, tensor<25xbf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    "stablehlo.return"(%16) : (tensor<25xi64>) -> ()
  }
}

// ===== bf16_to_f32
module @bf16_to_f32 {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xbf16>) -> tensor<25xf32>
    "stablehlo.return"(%0) : (tensor<25xf32>) -> ()
  }
}

// ===== bf16_to_f64
module @bf16_to_f64 {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xbf16>) -> tensor<25xf64>
    "stablehlo.return"(%0) : (tensor<25xf64>) -> ()
  }
}

// ===== bf16_to_bf16
module @bf16_to_bf16 {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xbf16> {
    "stablehlo.return"(%p0_p0) : (tensor<25xbf16>) -> ()
  }
}

// ===== bf16_to_f16
module @bf16_to_f16 {
  func.func @main(%p0_p0: tensor<25xbf16>) -> tensor<25xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xbf16>) -> tensor<25xf16>
    "stablehlo.return"(%0) : (tensor<25xf16>) -> ()
  }
}

// ===== f16_to_bool
module @f16_to_bool {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xi1> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f16> } : () -> tensor<f16>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    "stablehlo.return"(%2) : (tensor<25xi1>) -> ()
  }
}

// ===== f16_to_i8
module @f16_to_i8 {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf16>) -> tensor<25xi8>
    %1 = "stablehlo.constant"() { value = dense<128.0> : tensor<f16> } : () -> tensor<f16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<127> : tensor<i8> } : () -> tensor<i8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    %7 = "stablehlo.constant"() { value = dense<-128.0> : tensor<f16> } : () -> tensor<f16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-128> : tensor<i8> } : () -> tensor<i8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<25xi8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi8>, tensor<25xi8>) -> tensor<25xi8>
    "stablehlo.return"(%16) : (tensor<25xi8>) -> ()
  }
}

// ===== f16_to_u8
module @f16_to_u8 {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf16>) -> tensor<25xui8>
    %1 = "stablehlo.constant"() { value = dense<256.0> : tensor<f16> } : () -> tensor<f16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f16> } : () -> tensor<f16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<25xui8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xui8>, tensor<25xui8>) -> tensor<25xui8>
    "stablehlo.return"(%16) : (tensor<25xui8>) -> ()
  }
}

// ===== f16_to_i16
module @f16_to_i16 {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xi16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf16>) -> tensor<25xi16>
    %1 = "stablehlo.constant"() { value = dense<32768.0> : tensor<f16> } : () -> tensor<f16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<32767> : tensor<i16> } : () -> tensor<i16>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    %7 = "stablehlo.constant"() { value = dense<-32768.0> : tensor<f16> } : () -> tensor<f16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-32768> : tensor<i16> } : () -> tensor<i16>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i16> } : () -> tensor<i16>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i16>) -> tensor<25xi16>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi16>, tensor<25xi16>) -> tensor<25xi16>
    "stablehlo.return"(%16) : (tensor<25xi16>) -> ()
  }
}

// ===== f16_to_i32
module @f16_to_i32 {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf16>) -> tensor<25xi32>
    %1 = "stablehlo.constant"() { value = dense<0x7c00> : tensor<f16> } : () -> tensor<f16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<2147483647> : tensor<i32> } : () -> tensor<i32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    %7 = "stablehlo.constant"() { value = dense<0xfc00> : tensor<f16> } : () -> tensor<f16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<25xi32>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi32>, tensor<25xi32>) -> tensor<25xi32>
    "stablehlo.return"(%16) : (tensor<25xi32>) -> ()
  }
}

// ===== f16_to_i64
module @f16_to_i64 {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf16>) -> tensor<25xi64>
    %1 = "stablehlo.constant"() { value = dense<0x7c00> : tensor<f16> } : () -> tensor<f16>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %4 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    %7 = "stablehlo.constant"() { value = dense<0xfc00> : tensor<f16> } : () -> tensor<f16>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<25xf16>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %10 = "stablehlo.constant"() { value = dense<-9223372036854775808> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<25xf16>, tensor<25xf16>) -> tensor<25xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<25xi64>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<25xi1>, tensor<25xi64>, tensor<25xi64>) -> tensor<25xi64>
    "stablehlo.return"(%16) : (tensor<25xi64>) -> ()
  }
}

// ===== f16_to_f32
module @f16_to_f32 {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf16>) -> tensor<25xf32>
    "stablehlo.return"(%0) : (tensor<25xf32>) -> ()
  }
}

// ===== f16_to_f64
module @f16_to_f64 {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf16>) -> tensor<25xf64>
    "stablehlo.return"(%0) : (tensor<25xf64>) -> ()
  }
}

// ===== f16_to_bf16
module @f16_to_bf16 {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<25xf16>) -> tensor<25xbf16>
    "stablehlo.return"(%0) : (tensor<25xbf16>) -> ()
  }
}

// ===== f16_to_f16
module @f16_to_f16 {
  func.func @main(%p0_p0: tensor<25xf16>) -> tensor<25xf16> {
    "stablehlo.return"(%p0_p0) : (tensor<25xf16>) -> ()
  }
}

// ===== f32_i32_saturates
module @f32_i32_saturates {
  func.func @main(%p0_p0: tensor<7xf32>) -> tensor<7xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<7xf32>) -> tensor<7xi32>
    %1 = "stablehlo.constant"() { value = dense<2.147483648e+09> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7xf32>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xi1>
    %4 = "stablehlo.constant"() { value = dense<2147483647> : tensor<i32> } : () -> tensor<i32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<7xi32>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<7xi1>, tensor<7xi32>, tensor<7xi32>) -> tensor<7xi32>
    %7 = "stablehlo.constant"() { value = dense<-2.147483648e+09> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7xf32>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xi1>
    %10 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<7xi32>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<7xi1>, tensor<7xi32>, tensor<7xi32>) -> tensor<7xi32>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<7xi32>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<7xi1>, tensor<7xi32>, tensor<7xi32>) -> tensor<7xi32>
    "stablehlo.return"(%16) : (tensor<7xi32>) -> ()
  }
}

// ===== f32_u8_saturates
module @f32_u8_saturates {
  func.func @main(%p0_p0: tensor<5xf32>) -> tensor<5xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<5xf32>) -> tensor<5xui8>
    %1 = "stablehlo.constant"() { value = dense<256.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5xf32>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %4 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<5xui8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<5xi1>, tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5xf32>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %10 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<5xui8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<5xi1>, tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<5xui8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<5xi1>, tensor<5xui8>, tensor<5xui8>) -> tensor<5xui8>
    "stablehlo.return"(%16) : (tensor<5xui8>) -> ()
  }
}

// ===== f64_i64_saturates
module @f64_i64_saturates {
  func.func @main(%p0_p0: tensor<3xf64>) -> tensor<3xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<3xf64>) -> tensor<3xi64>
    %1 = "stablehlo.constant"() { value = dense<9.223372036854776e+18> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<3xf64>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xi1>
    %4 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    %7 = "stablehlo.constant"() { value = dense<-9.223372036854776e+18> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<3xf64>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xi1>
    %10 = "stablehlo.constant"() { value = dense<-9223372036854775808> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    "stablehlo.return"(%16) : (tensor<3xi64>) -> ()
  }
}

// ===== f32_f16_overflow
module @f32_f16_overflow {
  func.func @main(%p0_p0: tensor<4xf32>) -> tensor<4xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<4xf32>) -> tensor<4xf16>
    "stablehlo.return"(%0) : (tensor<4xf16>) -> ()
  }
}

// ===== f32_bf16_half_even
module @f32_bf16_half_even {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<3xf32>) -> tensor<3xbf16>
    "stablehlo.return"(%0) : (tensor<3xbf16>) -> ()
  }
}

// ===== i32_i8_wraps
module @i32_i8_wraps {
  func.func @main(%p0_p0: tensor<4xi32>) -> tensor<4xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<4xi32>) -> tensor<4xi8>
    "stablehlo.return"(%0) : (tensor<4xi8>) -> ()
  }
}

// ===== u8_i8_wraps
module @u8_i8_wraps {
  func.func @main(%p0_p0: tensor<2xui8>) -> tensor<2xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xui8>) -> tensor<2xi8>
    "stablehlo.return"(%0) : (tensor<2xi8>) -> ()
  }
}

// ===== i8_u8_wraps
module @i8_u8_wraps {
  func.func @main(%p0_p0: tensor<2xi8>) -> tensor<2xui8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi8>) -> tensor<2xui8>
    "stablehlo.return"(%0) : (tensor<2xui8>) -> ()
  }
}

// ===== bool_f32
module @bool_f32 {
  func.func @main(%p0_p0: tensor<2xi1>) -> tensor<2xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi1>) -> tensor<2xf32>
    "stablehlo.return"(%0) : (tensor<2xf32>) -> ()
  }
}

// ===== f32_bool
module @f32_bool {
  func.func @main(%p0_p0: tensor<5xf32>) -> tensor<5xi1> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5xf32>
    %2 = "stablehlo.compare"(%p0_p0, %1) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    "stablehlo.return"(%2) : (tensor<5xi1>) -> ()
  }
}

// ===== i64_f32_rounds
module @i64_f32_rounds {
  func.func @main(%p0_p0: tensor<2xi64>) -> tensor<2xf32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2xi64>) -> tensor<2xf32>
    "stablehlo.return"(%0) : (tensor<2xf32>) -> ()
  }
}

// ===== i64_f64_rounds
module @i64_f64_rounds {
  func.func @main(%p0_p0: tensor<1xi64>) -> tensor<1xf64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<1xi64>) -> tensor<1xf64>
    "stablehlo.return"(%0) : (tensor<1xf64>) -> ()
  }
}

// ===== scalar_f16_f32
module @scalar_f16_f32 {
  func.func @main(%p0_p0: tensor<f16>) -> tensor<f32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<f16>) -> tensor<f32>
    "stablehlo.return"(%0) : (tensor<f32>) -> ()
  }
}

// ===== empty#2
module @empty {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xi8> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<0x3xf32>) -> tensor<0x3xi8>
    %1 = "stablehlo.constant"() { value = dense<128.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0x3xf32>
    %3 = "stablehlo.compare"(%p0_p0, %2) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<0x3xf32>, tensor<0x3xf32>) -> tensor<0x3xi1>
    %4 = "stablehlo.constant"() { value = dense<127> : tensor<i8> } : () -> tensor<i8>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<0x3xi8>
    %6 = "stablehlo.select"(%3, %5, %0) : (tensor<0x3xi1>, tensor<0x3xi8>, tensor<0x3xi8>) -> tensor<0x3xi8>
    %7 = "stablehlo.constant"() { value = dense<-128.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0x3xf32>
    %9 = "stablehlo.compare"(%p0_p0, %8) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<0x3xf32>, tensor<0x3xf32>) -> tensor<0x3xi1>
    %10 = "stablehlo.constant"() { value = dense<-128> : tensor<i8> } : () -> tensor<i8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<0x3xi8>
    %12 = "stablehlo.select"(%9, %11, %6) : (tensor<0x3xi1>, tensor<0x3xi8>, tensor<0x3xi8>) -> tensor<0x3xi8>
    %13 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<0x3xf32>, tensor<0x3xf32>) -> tensor<0x3xi1>
    %14 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<i8>) -> tensor<0x3xi8>
    %16 = "stablehlo.select"(%13, %15, %12) : (tensor<0x3xi1>, tensor<0x3xi8>, tensor<0x3xi8>) -> tensor<0x3xi8>
    "stablehlo.return"(%16) : (tensor<0x3xi8>) -> ()
  }
}

// ===== scalar_literal
module @scalar_literal {
  func.func @main(%p0_p0: tensor<f32>) -> tensor<2x3xf32> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x3xf32>
    "stablehlo.return"(%0) : (tensor<2x3xf32>) -> ()
  }
}

// ===== row_literal
module @row_literal {
  func.func @main(%p0_p0: tensor<3xi32>) -> tensor<2x3xi32> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 1> } : (tensor<3xi32>) -> tensor<2x3xi32>
    "stablehlo.return"(%0) : (tensor<2x3xi32>) -> ()
  }
}

// ===== column_literal
module @column_literal {
  func.func @main(%p0_p0: tensor<2xi32>) -> tensor<2x3xi32> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 0> } : (tensor<2xi32>) -> tensor<2x3xi32>
    "stablehlo.return"(%0) : (tensor<2x3xi32>) -> ()
  }
}

// ===== scalar_bf16#9
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>) -> tensor<4x1x3xbf16> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<4x1x3xbf16>
    "stablehlo.return"(%0) : (tensor<4x1x3xbf16>) -> ()
  }
}

// ===== size1_dims_f32
module @size1_dims_f32 {
  func.func @main(%p0_p0: tensor<1x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== middle_f16
module @middle_f16 {
  func.func @main(%p0_p0: tensor<2x1x4xf16>) -> tensor<2x5x4xf16> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x1x4xf16>) -> tensor<2x5x4xf16>
    "stablehlo.return"(%0) : (tensor<2x5x4xf16>) -> ()
  }
}

// ===== insert_dims_i64
module @insert_dims_i64 {
  func.func @main(%p0_p0: tensor<3xi64>) -> tensor<2x3x4xi64> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 1> } : (tensor<3xi64>) -> tensor<2x3x4xi64>
    "stablehlo.return"(%0) : (tensor<2x3x4xi64>) -> ()
  }
}

// ===== bool#5
module @bool {
  func.func @main(%p0_p0: tensor<2x1xi1>) -> tensor<3x2x2xi1> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x1xi1>) -> tensor<3x2x2xi1>
    "stablehlo.return"(%0) : (tensor<3x2x2xi1>) -> ()
  }
}

// ===== u8_to_empty
module @u8_to_empty {
  func.func @main(%p0_p0: tensor<3xui8>) -> tensor<0x3xui8> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 1> } : (tensor<3xui8>) -> tensor<0x3xui8>
    "stablehlo.return"(%0) : (tensor<0x3xui8>) -> ()
  }
}

// ===== same_shape_f64
module @same_shape_f64 {
  func.func @main(%p0_p0: tensor<3x2xf64>) -> tensor<3x2xf64> {
    "stablehlo.return"(%p0_p0) : (tensor<3x2xf64>) -> ()
  }
}

// ===== f32_2x3_to_3x2
module @f32_2x3_to_3x2 {
  func.func @main(%p0_p0: tensor<2x3xf32>) -> tensor<3x2xf32> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    "stablehlo.return"(%0) : (tensor<3x2xf32>) -> ()
  }
}

// ===== i8_insert_ones
module @i8_insert_ones {
  func.func @main(%p0_p0: tensor<6xi8>) -> tensor<1x6x1xi8> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<6xi8>) -> tensor<1x6x1xi8>
    "stablehlo.return"(%0) : (tensor<1x6x1xi8>) -> ()
  }
}

// ===== scalar_to_1
module @scalar_to_1 {
  func.func @main(%p0_p0: tensor<bf16>) -> tensor<1xbf16> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<bf16>) -> tensor<1xbf16>
    "stablehlo.return"(%0) : (tensor<1xbf16>) -> ()
  }
}

// ===== 1x1_to_scalar
module @_1x1_to_scalar {
  func.func @main(%p0_p0: tensor<1x1xi64>) -> tensor<i64> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x1xi64>) -> tensor<i64>
    "stablehlo.return"(%0) : (tensor<i64>) -> ()
  }
}

// ===== empty#3
module @empty {
  func.func @main(%p0_p0: tensor<0x4xi1>) -> tensor<4x0x2xi1> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<0x4xi1>) -> tensor<4x0x2xi1>
    "stablehlo.return"(%0) : (tensor<4x0x2xi1>) -> ()
  }
}

// ===== odd_f16
module @odd_f16 {
  func.func @main(%p0_p0: tensor<7x13xf16>) -> tensor<13x7xf16> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<7x13xf16>) -> tensor<13x7xf16>
    "stablehlo.return"(%0) : (tensor<13x7xf16>) -> ()
  }
}

// ===== literal_2x3
module @literal_2x3 {
  func.func @main(%p0_p0: tensor<2x3xi32>) -> tensor<3x2xi32> {
    %0 = "stablehlo.transpose"(%p0_p0) { permutation = array<i64: 1, 0> } : (tensor<2x3xi32>) -> tensor<3x2xi32>
    "stablehlo.return"(%0) : (tensor<3x2xi32>) -> ()
  }
}

// ===== rank3_f32
module @rank3_f32 {
  func.func @main(%p0_p0: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
    %0 = "stablehlo.transpose"(%p0_p0) { permutation = array<i64: 2, 0, 1> } : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
    "stablehlo.return"(%0) : (tensor<4x2x3xf32>) -> ()
  }
}

// ===== odd_i8
module @odd_i8 {
  func.func @main(%p0_p0: tensor<7x13xi8>) -> tensor<13x7xi8> {
    %0 = "stablehlo.transpose"(%p0_p0) { permutation = array<i64: 1, 0> } : (tensor<7x13xi8>) -> tensor<13x7xi8>
    "stablehlo.return"(%0) : (tensor<13x7xi8>) -> ()
  }
}

// ===== rank4_bf16
module @rank4_bf16 {
  func.func @main(%p0_p0: tensor<2x3x1x5xbf16>) -> tensor<2x1x5x3xbf16> {
    %0 = "stablehlo.transpose"(%p0_p0) { permutation = array<i64: 0, 2, 3, 1> } : (tensor<2x3x1x5xbf16>) -> tensor<2x1x5x3xbf16>
    "stablehlo.return"(%0) : (tensor<2x1x5x3xbf16>) -> ()
  }
}

// ===== empty_bool
module @empty_bool {
  func.func @main(%p0_p0: tensor<0x3xi1>) -> tensor<3x0xi1> {
    %0 = "stablehlo.transpose"(%p0_p0) { permutation = array<i64: 1, 0> } : (tensor<0x3xi1>) -> tensor<3x0xi1>
    "stablehlo.return"(%0) : (tensor<3x0xi1>) -> ()
  }
}

// ===== identity_f64
module @identity_f64 {
  func.func @main(%p0_p0: tensor<3x2xf64>) -> tensor<3x2xf64> {
    "stablehlo.return"(%p0_p0) : (tensor<3x2xf64>) -> ()
  }
}

// ===== literal
module @literal {
  func.func @main(%p0_p0: tensor<7xi32>) -> tensor<3xi32> {
    %0 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 6>,
      start_indices = array<i64: 1>,
      strides = array<i64: 2>
    } : (tensor<7xi32>) -> tensor<3xi32>
    "stablehlo.return"(%0) : (tensor<3xi32>) -> ()
  }
}

// ===== odd_strided_f32
module @odd_strided_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<3x4xf32> {
    %0 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 6, 13>,
      start_indices = array<i64: 1, 2>,
      strides = array<i64: 2, 3>
    } : (tensor<7x13xf32>) -> tensor<3x4xf32>
    "stablehlo.return"(%0) : (tensor<3x4xf32>) -> ()
  }
}

// ===== empty_result_i64
module @empty_result_i64 {
  func.func @main(%p0_p0: tensor<4x3xi64>) -> tensor<0x3xi64> {
    %0 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 2, 3>,
      start_indices = array<i64: 2, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x3xi64>) -> tensor<0x3xi64>
    "stablehlo.return"(%0) : (tensor<0x3xi64>) -> ()
  }
}

// ===== full_bf16
module @full_bf16 {
  func.func @main(%p0_p0: tensor<3x3xbf16>) -> tensor<3x3xbf16> {
    "stablehlo.return"(%p0_p0) : (tensor<3x3xbf16>) -> ()
  }
}

// ===== rank3_u8
module @rank3_u8 {
  func.func @main(%p0_p0: tensor<3x4x5xui8>) -> tensor<2x2x1xui8> {
    %0 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 3, 4, 5>,
      start_indices = array<i64: 0, 1, 4>,
      strides = array<i64: 2, 2, 5>
    } : (tensor<3x4x5xui8>) -> tensor<2x2x1xui8>
    "stablehlo.return"(%0) : (tensor<2x2x1xui8>) -> ()
  }
}

// ===== scalar
module @scalar {
  func.func @main(%p0_p0: tensor<f16>) -> tensor<f16> {
    "stablehlo.return"(%p0_p0) : (tensor<f16>) -> ()
  }
}

// ===== literal#1
module @literal {
  func.func @main(%p0_p0: tensor<2xi32>, %p1_p1: tensor<1xi32>) -> tensor<3xi32> {
    %0 = "stablehlo.concatenate"(%p0_p0, %p1_p1) { dimension = 0 : i64 } : (tensor<2xi32>, tensor<1xi32>) -> tensor<3xi32>
    "stablehlo.return"(%0) : (tensor<3xi32>) -> ()
  }
}

// ===== axis1_three_f32
module @axis1_three_f32 {
  func.func @main(%p0_p0: tensor<7x2xf32>, %p1_p1: tensor<7x0xf32>, %p2_p2: tensor<7x11xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.concatenate"(%p0_p0, %p1_p1, %p2_p2) { dimension = 1 : i64 } : (tensor<7x2xf32>, tensor<7x0xf32>, tensor<7x11xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%0) : (tensor<7x13xf32>) -> ()
  }
}

// ===== axis0_bool
module @axis0_bool {
  func.func @main(%p0_p0: tensor<1x2xi1>, %p1_p1: tensor<2x2xi1>) -> tensor<3x2xi1> {
    %0 = "stablehlo.concatenate"(%p0_p0, %p1_p1) { dimension = 0 : i64 } : (tensor<1x2xi1>, tensor<2x2xi1>) -> tensor<3x2xi1>
    "stablehlo.return"(%0) : (tensor<3x2xi1>) -> ()
  }
}

// ===== axis2_bf16
module @axis2_bf16 {
  func.func @main(%p0_p0: tensor<2x3x1xbf16>, %p1_p1: tensor<2x3x4xbf16>) -> tensor<2x3x5xbf16> {
    %0 = "stablehlo.concatenate"(%p0_p0, %p1_p1) { dimension = 2 : i64 } : (tensor<2x3x1xbf16>, tensor<2x3x4xbf16>) -> tensor<2x3x5xbf16>
    "stablehlo.return"(%0) : (tensor<2x3x5xbf16>) -> ()
  }
}

// ===== single_i64
module @single_i64 {
  func.func @main(%p0_p0: tensor<2xi64>) -> tensor<2xi64> {
    "stablehlo.return"(%p0_p0) : (tensor<2xi64>) -> ()
  }
}

// ===== all_empty_f16
module @all_empty_f16 {
  func.func @main(%p0_p0: tensor<0x2xf16>, %p1_p1: tensor<0x2xf16>) -> tensor<0x2xf16> {
    %0 = "stablehlo.concatenate"(%p0_p0, %p1_p1) { dimension = 0 : i64 } : (tensor<0x2xf16>, tensor<0x2xf16>) -> tensor<0x2xf16>
    "stablehlo.return"(%0) : (tensor<0x2xf16>) -> ()
  }
}

// ===== literal_interior
module @literal_interior {
  func.func @main(%p0_p0: tensor<3xi32>, %p1_p1: tensor<i32>) -> tensor<8xi32> {
    %0 = "stablehlo.pad"(%p0_p0, %p1_p1) {
      edge_padding_high = array<i64: 2>,
      edge_padding_low = array<i64: 1>,
      interior_padding = array<i64: 1>
    } : (tensor<3xi32>, tensor<i32>) -> tensor<8xi32>
    "stablehlo.return"(%0) : (tensor<8xi32>) -> ()
  }
}

// ===== literal_crop
module @literal_crop {
  func.func @main(%p0_p0: tensor<5xf32>, %p1_p1: tensor<f32>) -> tensor<2xf32> {
    %0 = "stablehlo.pad"(%p0_p0, %p1_p1) {
      edge_padding_high = array<i64: -2>,
      edge_padding_low = array<i64: -1>,
      interior_padding = array<i64: 0>
    } : (tensor<5xf32>, tensor<f32>) -> tensor<2xf32>
    "stablehlo.return"(%0) : (tensor<2xf32>) -> ()
  }
}

// ===== 2d_mixed_f32
module @_2d_mixed_f32 {
  func.func @main(%p0_p0: tensor<3x4xf32>, %p1_p1: tensor<f32>) -> tensor<7x12xf32> {
    %0 = "stablehlo.pad"(%p0_p0, %p1_p1) {
      edge_padding_high = array<i64: 0, 3>,
      edge_padding_low = array<i64: 2, -1>,
      interior_padding = array<i64: 1, 2>
    } : (tensor<3x4xf32>, tensor<f32>) -> tensor<7x12xf32>
    "stablehlo.return"(%0) : (tensor<7x12xf32>) -> ()
  }
}

// ===== bf16
module @bf16 {
  func.func @main(%p0_p0: tensor<2x5xbf16>, %p1_p1: tensor<bf16>) -> tensor<4x5xbf16> {
    %0 = "stablehlo.pad"(%p0_p0, %p1_p1) {
      edge_padding_high = array<i64: 1, 0>,
      edge_padding_low = array<i64: 1, 0>,
      interior_padding = array<i64: 0, 0>
    } : (tensor<2x5xbf16>, tensor<bf16>) -> tensor<4x5xbf16>
    "stablehlo.return"(%0) : (tensor<4x5xbf16>) -> ()
  }
}

// ===== empty_operand_i8
module @empty_operand_i8 {
  func.func @main(%p0_p0: tensor<0x2xi8>, %p1_p1: tensor<i8>) -> tensor<3x3xi8> {
    %0 = "stablehlo.pad"(%p0_p0, %p1_p1) {
      edge_padding_high = array<i64: 1, 0>,
      edge_padding_low = array<i64: 2, 1>,
      interior_padding = array<i64: 3, 0>
    } : (tensor<0x2xi8>, tensor<i8>) -> tensor<3x3xi8>
    "stablehlo.return"(%0) : (tensor<3x3xi8>) -> ()
  }
}

// ===== bool#6
module @bool {
  func.func @main(%p0_p0: tensor<2xi1>, %p1_p1: tensor<i1>) -> tensor<6xi1> {
    %0 = "stablehlo.pad"(%p0_p0, %p1_p1) {
      edge_padding_high = array<i64: 1>,
      edge_padding_low = array<i64: 1>,
      interior_padding = array<i64: 2>
    } : (tensor<2xi1>, tensor<i1>) -> tensor<6xi1>
    "stablehlo.return"(%0) : (tensor<6xi1>) -> ()
  }
}

// ===== crop_all_f64
module @crop_all_f64 {
  func.func @main(%p0_p0: tensor<3xf64>, %p1_p1: tensor<f64>) -> tensor<0xf64> {
    %0 = "stablehlo.pad"(%p0_p0, %p1_p1) {
      edge_padding_high = array<i64: -1>,
      edge_padding_low = array<i64: -2>,
      interior_padding = array<i64: 0>
    } : (tensor<3xf64>, tensor<f64>) -> tensor<0xf64>
    "stablehlo.return"(%0) : (tensor<0xf64>) -> ()
  }
}

// ===== literal_clamped
module @literal_clamped {
  func.func @main(%p0_p0: tensor<5xi32>, %p1_p1: tensor<i32>) -> tensor<2xi32> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<i32>) -> tensor<i64>
    %1 = "stablehlo.dynamic_slice"(%p0_p0, %0) { slice_sizes = array<i64: 2> } : (tensor<5xi32>, tensor<i64>) -> tensor<2xi32>
    "stablehlo.return"(%1) : (tensor<2xi32>) -> ()
  }
}

// ===== literal_negative_clamped
module @literal_negative_clamped {
  func.func @main(%p0_p0: tensor<5xi32>, %p1_p1: tensor<i64>) -> tensor<2xi32> {
    %0 = "stablehlo.dynamic_slice"(%p0_p0, %p1_p1) { slice_sizes = array<i64: 2> } : (tensor<5xi32>, tensor<i64>) -> tensor<2xi32>
    "stablehlo.return"(%0) : (tensor<2xi32>) -> ()
  }
}

// ===== in_range_f32
module @in_range_f32 {
  func.func @main(%p0_p0: tensor<5x6xf32>, %p1_p1: tensor<i32>, %p2_p2: tensor<i32>) -> tensor<2x3xf32> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<i32>) -> tensor<i64>
    %1 = "stablehlo.convert"(%p2_p2) : (tensor<i32>) -> tensor<i64>
    %2 = "stablehlo.dynamic_slice"(%p0_p0, %0, %1) { slice_sizes = array<i64: 2, 3> } : (tensor<5x6xf32>, tensor<i64>, tensor<i64>) -> tensor<2x3xf32>
    "stablehlo.return"(%2) : (tensor<2x3xf32>) -> ()
  }
}

// ===== clamped_high_low_bf16
module @clamped_high_low_bf16 {
  func.func @main(%p0_p0: tensor<5x6xbf16>, %p1_p1: tensor<i64>, %p2_p2: tensor<i64>) -> tensor<2x3xbf16> {
    %0 = "stablehlo.dynamic_slice"(%p0_p0, %p1_p1, %p2_p2) { slice_sizes = array<i64: 2, 3> } : (tensor<5x6xbf16>, tensor<i64>, tensor<i64>) -> tensor<2x3xbf16>
    "stablehlo.return"(%0) : (tensor<2x3xbf16>) -> ()
  }
}

// ===== huge_index_i64
module @huge_index_i64 {
  func.func @main(%p0_p0: tensor<4x3xi64>, %p1_p1: tensor<i64>, %p2_p2: tensor<i64>) -> tensor<1x3xi64> {
    %0 = "stablehlo.dynamic_slice"(%p0_p0, %p1_p1, %p2_p2) { slice_sizes = array<i64: 1, 3> } : (tensor<4x3xi64>, tensor<i64>, tensor<i64>) -> tensor<1x3xi64>
    "stablehlo.return"(%0) : (tensor<1x3xi64>) -> ()
  }
}

// ===== u8_index_bool
module @u8_index_bool {
  func.func @main(%p0_p0: tensor<3xi1>, %p1_p1: tensor<ui8>) -> tensor<2xi1> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<ui8>) -> tensor<i64>
    %1 = "stablehlo.dynamic_slice"(%p0_p0, %0) { slice_sizes = array<i64: 2> } : (tensor<3xi1>, tensor<i64>) -> tensor<2xi1>
    "stablehlo.return"(%1) : (tensor<2xi1>) -> ()
  }
}

// ===== empty_size_f16
module @empty_size_f16 {
  func.func @main(%p0_p0: tensor<4x2xf16>, %p1_p1: tensor<i32>, %p2_p2: tensor<i32>) -> tensor<0x2xf16> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<i32>) -> tensor<i64>
    %1 = "stablehlo.convert"(%p2_p2) : (tensor<i32>) -> tensor<i64>
    %2 = "stablehlo.dynamic_slice"(%p0_p0, %0, %1) { slice_sizes = array<i64: 0, 2> } : (tensor<4x2xf16>, tensor<i64>, tensor<i64>) -> tensor<0x2xf16>
    "stablehlo.return"(%2) : (tensor<0x2xf16>) -> ()
  }
}

// ===== i8_index_odd
module @i8_index_odd {
  func.func @main(%p0_p0: tensor<7x13xf64>, %p1_p1: tensor<i8>, %p2_p2: tensor<i8>) -> tensor<3x5xf64> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<i8>) -> tensor<i64>
    %1 = "stablehlo.convert"(%p2_p2) : (tensor<i8>) -> tensor<i64>
    %2 = "stablehlo.dynamic_slice"(%p0_p0, %0, %1) { slice_sizes = array<i64: 3, 5> } : (tensor<7x13xf64>, tensor<i64>, tensor<i64>) -> tensor<3x5xf64>
    "stablehlo.return"(%2) : (tensor<3x5xf64>) -> ()
  }
}

// ===== literal_clamped#1
module @literal_clamped {
  func.func @main(%p0_p0: tensor<5xi32> { tf.aliasing_output = 0 : i32 }, %p1_p1: tensor<2xi32>, %p2_p2: tensor<i32>) -> tensor<5xi32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<i32>) -> tensor<i64>
    %1 = "stablehlo.dynamic_update_slice"(%p0_p0, %p1_p1, %0) : (tensor<5xi32>, tensor<2xi32>, tensor<i64>) -> tensor<5xi32>
    "stablehlo.return"(%1) : (tensor<5xi32>) -> ()
  }
}

// ===== in_range_f32#1
module @in_range_f32 {
  func.func @main(%p0_p0: tensor<5x6xf32> { tf.aliasing_output = 0 : i32 }, %p1_p1: tensor<2x3xf32>, %p2_p2: tensor<i32>, %p3_p3: tensor<i32>) -> tensor<5x6xf32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<i32>) -> tensor<i64>
    %1 = "stablehlo.convert"(%p3_p3) : (tensor<i32>) -> tensor<i64>
    %2 = "stablehlo.dynamic_update_slice"(%p0_p0, %p1_p1, %0, %1) : (tensor<5x6xf32>, tensor<2x3xf32>, tensor<i64>, tensor<i64>) -> tensor<5x6xf32>
    "stablehlo.return"(%2) : (tensor<5x6xf32>) -> ()
  }
}

// ===== clamped_bf16
module @clamped_bf16 {
  func.func @main(%p0_p0: tensor<5x6xbf16> { tf.aliasing_output = 0 : i32 }, %p1_p1: tensor<2x3xbf16>, %p2_p2: tensor<i64>, %p3_p3: tensor<i64>) -> tensor<5x6xbf16> {
    %0 = "stablehlo.dynamic_update_slice"(%p0_p0, %p1_p1, %p2_p2, %p3_p3) : (tensor<5x6xbf16>, tensor<2x3xbf16>, tensor<i64>, tensor<i64>) -> tensor<5x6xbf16>
    "stablehlo.return"(%0) : (tensor<5x6xbf16>) -> ()
  }
}

// ===== i64_whole
module @i64_whole {
  func.func @main(%p0_p0: tensor<2xi64> { tf.aliasing_output = 0 : i32 }, %p1_p1: tensor<2xi64>, %p2_p2: tensor<i64>) -> tensor<2xi64> {
    %0 = "stablehlo.dynamic_update_slice"(%p0_p0, %p1_p1, %p2_p2) : (tensor<2xi64>, tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
    "stablehlo.return"(%0) : (tensor<2xi64>) -> ()
  }
}

// ===== bool_u8_index
module @bool_u8_index {
  func.func @main(%p0_p0: tensor<2x2xi1> { tf.aliasing_output = 0 : i32 }, %p1_p1: tensor<1x2xi1>, %p2_p2: tensor<ui8>, %p3_p3: tensor<ui8>) -> tensor<2x2xi1> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<ui8>) -> tensor<i64>
    %1 = "stablehlo.convert"(%p3_p3) : (tensor<ui8>) -> tensor<i64>
    %2 = "stablehlo.dynamic_update_slice"(%p0_p0, %p1_p1, %0, %1) : (tensor<2x2xi1>, tensor<1x2xi1>, tensor<i64>, tensor<i64>) -> tensor<2x2xi1>
    "stablehlo.return"(%2) : (tensor<2x2xi1>) -> ()
  }
}

// ===== empty_update_f16
module @empty_update_f16 {
  func.func @main(%p0_p0: tensor<3xf16> { tf.aliasing_output = 0 : i32 }, %p1_p1: tensor<0xf16>, %p2_p2: tensor<i32>) -> tensor<3xf16> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<i32>) -> tensor<i64>
    %1 = "stablehlo.dynamic_update_slice"(%p0_p0, %p1_p1, %0) : (tensor<3xf16>, tensor<0xf16>, tensor<i64>) -> tensor<3xf16>
    "stablehlo.return"(%1) : (tensor<3xf16>) -> ()
  }
}

// ===== scalar_operand
module @scalar_operand {
  func.func @main(%p0_p0: tensor<f32> { tf.aliasing_output = 0 : i32 }, %p1_p1: tensor<f32>) -> tensor<f32> {
    %0 = "stablehlo.dynamic_update_slice"(%p0_p0, %p1_p1) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%0) : (tensor<f32>) -> ()
  }
}

// ===== embedding_literal_clamped
module @embedding_literal_clamped {
  func.func @main(%p0_p0: tensor<3x2xf32>, %p1_p1: tensor<4xi32>) -> tensor<4x2xf32> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<4xi32>) -> tensor<4xi64>
    %1 = "stablehlo.gather"(%p0_p0, %0) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 2>
    } : (tensor<3x2xf32>, tensor<4xi64>) -> tensor<4x2xf32>
    "stablehlo.return"(%1) : (tensor<4x2xf32>) -> ()
  }
}

// ===== take_along_axis_literal
module @take_along_axis_literal {
  func.func @main(%p0_p0: tensor<2x3xi32>, %p1_p1: tensor<2x2xi64>) -> tensor<2x2xi32> {
    %0 = "stablehlo.gather"(%p0_p0, %p1_p1) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<2x3xi32>, tensor<2x2xi64>) -> tensor<2x2xi32>
    "stablehlo.return"(%0) : (tensor<2x2xi32>) -> ()
  }
}

// ===== embedding_2d_indices_bf16
module @embedding_2d_indices_bf16 {
  func.func @main(%p0_p0: tensor<5x3xbf16>, %p1_p1: tensor<2x4xi32>) -> tensor<2x4x3xbf16> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<2x4xi32>) -> tensor<2x4xi64>
    %1 = "stablehlo.gather"(%p0_p0, %0) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 3>
    } : (tensor<5x3xbf16>, tensor<2x4xi64>) -> tensor<2x4x3xbf16>
    "stablehlo.return"(%1) : (tensor<2x4x3xbf16>) -> ()
  }
}

// ===== axis1_f32
module @axis1_f32 {
  func.func @main(%p0_p0: tensor<2x5x3xf32>, %p1_p1: tensor<4xi64>) -> tensor<2x4x3xf32> {
    %0 = "stablehlo.gather"(%p0_p0, %p1_p1) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [0, 2],
  collapsed_slice_dims = [1],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [1],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 2, 1, 3>
    } : (tensor<2x5x3xf32>, tensor<4xi64>) -> tensor<2x4x3xf32>
    "stablehlo.return"(%0) : (tensor<2x4x3xf32>) -> ()
  }
}

// ===== batch_dims_odd_f32
module @batch_dims_odd_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<7x3xi32>) -> tensor<7x3xf32> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<7x3xi32>) -> tensor<7x3xi64>
    %1 = "stablehlo.gather"(%p0_p0, %0) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<7x13xf32>, tensor<7x3xi64>) -> tensor<7x3xf32>
    "stablehlo.return"(%1) : (tensor<7x3xf32>) -> ()
  }
}

// ===== scalar_index_i64
module @scalar_index_i64 {
  func.func @main(%p0_p0: tensor<3x4xi64>, %p1_p1: tensor<i32>) -> tensor<4xi64> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<i32>) -> tensor<i64>
    %1 = "stablehlo.gather"(%p0_p0, %0) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [0],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 0>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 4>
    } : (tensor<3x4xi64>, tensor<i64>) -> tensor<4xi64>
    "stablehlo.return"(%1) : (tensor<4xi64>) -> ()
  }
}

// ===== u8_indices_f16
module @u8_indices_f16 {
  func.func @main(%p0_p0: tensor<4x2xf16>, %p1_p1: tensor<3xui8>) -> tensor<3x2xf16> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<3xui8>) -> tensor<3xi64>
    %1 = "stablehlo.gather"(%p0_p0, %0) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 2>
    } : (tensor<4x2xf16>, tensor<3xi64>) -> tensor<3x2xf16>
    "stablehlo.return"(%1) : (tensor<3x2xf16>) -> ()
  }
}

// ===== bool_operand
module @bool_operand {
  func.func @main(%p0_p0: tensor<3xi1>, %p1_p1: tensor<2xi32>) -> tensor<2xi1> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<2xi32>) -> tensor<2xi64>
    %1 = "stablehlo.gather"(%p0_p0, %0) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<3xi1>, tensor<2xi64>) -> tensor<2xi1>
    "stablehlo.return"(%1) : (tensor<2xi1>) -> ()
  }
}

// ===== empty_indices_f64
module @empty_indices_f64 {
  func.func @main(%p0_p0: tensor<3x2xf64>, %p1_p1: tensor<0xi32>) -> tensor<0x2xf64> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<0x2xf64>
    "stablehlo.return"(%1) : (tensor<0x2xf64>) -> ()
  }
}

// ===== empty_axis_zeros
module @empty_axis_zeros {
  func.func @main(%p0_p0: tensor<0x2xf32>, %p1_p1: tensor<2xi32>) -> tensor<2x2xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2xf32>
    "stablehlo.return"(%1) : (tensor<2x2xf32>) -> ()
  }
}

// ===== literal_dup_and_skip
module @literal_dup_and_skip {
  func.func @main(%p0_p0: tensor<3xf32>, %p1_p1: tensor<4xi32>, %p2_p2: tensor<4xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<4xi32>) -> tensor<4xi64>
    %2 = "stablehlo.scatter"(%p0_p0, %0, %p2_p2) ({
      ^updateFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [],
  inserted_window_dims = [0],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<3xf32>, tensor<4xi64>, tensor<4xf32>) -> tensor<3xf32>
    "stablehlo.return"(%2) : (tensor<3xf32>) -> ()
  }
}

// ===== literal_negative_skipped
module @literal_negative_skipped {
  func.func @main(%p0_p0: tensor<2xi32>, %p1_p1: tensor<2xi64>, %p2_p2: tensor<2xi32>) -> tensor<2xi32> {
    %1 = "stablehlo.scatter"(%p0_p0, %p1_p1, %p2_p2) ({
      ^updateFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %0 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%0) : (tensor<i32>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [],
  inserted_window_dims = [0],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<2xi32>, tensor<2xi64>, tensor<2xi32>) -> tensor<2xi32>
    "stablehlo.return"(%1) : (tensor<2xi32>) -> ()
  }
}

// ===== rows_f32
module @rows_f32 {
  func.func @main(%p0_p0: tensor<5x3xf32>, %p1_p1: tensor<4xi32>, %p2_p2: tensor<4x3xf32>) -> tensor<5x3xf32> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<4xi32>) -> tensor<4xi64>
    %2 = "stablehlo.scatter"(%p0_p0, %0, %p2_p2) ({
      ^updateFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [1],
  inserted_window_dims = [0],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<5x3xf32>, tensor<4xi64>, tensor<4x3xf32>) -> tensor<5x3xf32>
    "stablehlo.return"(%2) : (tensor<5x3xf32>) -> ()
  }
}

// ===== batch_dims_bf16
module @batch_dims_bf16 {
  func.func @main(%p0_p0: tensor<2x5xbf16>, %p1_p1: tensor<2x3xi32>, %p2_p2: tensor<2x3xbf16>) -> tensor<2x5xbf16> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<2x3xi32>) -> tensor<2x3xi64>
    %2 = "stablehlo.scatter"(%p0_p0, %0, %p2_p2) ({
      ^updateFn(%c1_lhs: tensor<bf16>, %c1_rhs: tensor<bf16>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
          "stablehlo.return"(%1) : (tensor<bf16>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [],
  inserted_window_dims = [1],
  input_batching_dims = [0],
  scatter_indices_batching_dims = [0],
  scatter_dims_to_operand_dims = [1],
  index_vector_dim = 2>,
      unique_indices = false
    } : (tensor<2x5xbf16>, tensor<2x3xi64>, tensor<2x3xbf16>) -> tensor<2x5xbf16>
    "stablehlo.return"(%2) : (tensor<2x5xbf16>) -> ()
  }
}

// ===== i8_wraps#1
module @i8_wraps {
  func.func @main(%p0_p0: tensor<2xi8>, %p1_p1: tensor<3xi32>, %p2_p2: tensor<3xi8>) -> tensor<2xi8> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<3xi32>) -> tensor<3xi64>
    %2 = "stablehlo.scatter"(%p0_p0, %0, %p2_p2) ({
      ^updateFn(%c1_lhs: tensor<i8>, %c1_rhs: tensor<i8>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<i8>, tensor<i8>) -> tensor<i8>
          "stablehlo.return"(%1) : (tensor<i8>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [],
  inserted_window_dims = [0],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<2xi8>, tensor<3xi64>, tensor<3xi8>) -> tensor<2xi8>
    "stablehlo.return"(%2) : (tensor<2xi8>) -> ()
  }
}

// ===== axis1_f64_2d_indices
module @axis1_f64_2d_indices {
  func.func @main(%p0_p0: tensor<2x4x3xf64>, %p1_p1: tensor<2x2xi64>, %p2_p2: tensor<2x2x2x3xf64>) -> tensor<2x4x3xf64> {
    %1 = "stablehlo.scatter"(%p0_p0, %p1_p1, %p2_p2) ({
      ^updateFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %0 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%0) : (tensor<f64>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [0, 3],
  inserted_window_dims = [1],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [1],
  index_vector_dim = 2>,
      unique_indices = false
    } : (tensor<2x4x3xf64>, tensor<2x2xi64>, tensor<2x2x2x3xf64>) -> tensor<2x4x3xf64>
    "stablehlo.return"(%1) : (tensor<2x4x3xf64>) -> ()
  }
}

// ===== empty_updates_f16
module @empty_updates_f16 {
  func.func @main(%p0_p0: tensor<3xf16>, %p1_p1: tensor<0xi32>, %p2_p2: tensor<0xf16>) -> tensor<3xf16> {
    "stablehlo.return"(%p0_p0) : (tensor<3xf16>) -> ()
  }
}

// ===== f16_accumulates_wide
module @f16_accumulates_wide {
  func.func @main(%p0_p0: tensor<1xf16>, %p1_p1: tensor<4xi32>, %p2_p2: tensor<4xf16>) -> tensor<1xf16> {
    %0 = "stablehlo.convert"(%p1_p1) : (tensor<4xi32>) -> tensor<4xi64>
    %2 = "stablehlo.scatter"(%p0_p0, %0, %p2_p2) ({
      ^updateFn(%c1_lhs: tensor<f16>, %c1_rhs: tensor<f16>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f16>, tensor<f16>) -> tensor<f16>
          "stablehlo.return"(%1) : (tensor<f16>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [],
  inserted_window_dims = [0],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<1xf16>, tensor<4xi64>, tensor<4xf16>) -> tensor<1xf16>
    "stablehlo.return"(%2) : (tensor<1xf16>) -> ()
  }
}

// ===== sum_odd_rows_f32
module @sum_odd_rows_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    "stablehlo.return"(%2) : (tensor<7xf32>) -> ()
  }
}

// ===== sum_odd_cols_f64
module @sum_odd_cols_f64 {
  func.func @main(%p0_p0: tensor<7x13xf64>) -> tensor<13xf64> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xf64>, tensor<f64>) -> tensor<13xf64>
    "stablehlo.return"(%2) : (tensor<13xf64>) -> ()
  }
}

// ===== sum_all_bf16
module @sum_all_bf16 {
  func.func @main(%p0_p0: tensor<3x5xbf16>) -> tensor<bf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<3x5xbf16>) -> tensor<3x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0, 1> } : (tensor<3x5xf32>, tensor<f32>) -> tensor<f32>
    %4 = "stablehlo.convert"(%3) : (tensor<f32>) -> tensor<bf16>
    "stablehlo.return"(%4) : (tensor<bf16>) -> ()
  }
}

// ===== sum_outer_inner_f16
module @sum_outer_inner_f16 {
  func.func @main(%p0_p0: tensor<2x3x4xf16>) -> tensor<3xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2x3x4xf16>) -> tensor<2x3x4xf32>
    %1 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0, 2> } : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<3xf32>
    %4 = "stablehlo.convert"(%3) : (tensor<3xf32>) -> tensor<3xf16>
    "stablehlo.return"(%4) : (tensor<3xf16>) -> ()
  }
}

// ===== sum_no_axes_f32
module @sum_no_axes_f32 {
  func.func @main(%p0_p0: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64> } : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
    "stablehlo.return"(%2) : (tensor<2x3xf32>) -> ()
  }
}

// ===== sum_empty_identity_f32
module @sum_empty_identity_f32 {
  func.func @main(%p0_p0: tensor<0x5xf32>) -> tensor<5xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0x5xf32>, tensor<f32>) -> tensor<5xf32>
    "stablehlo.return"(%2) : (tensor<5xf32>) -> ()
  }
}

// ===== sum_empty_identity_i32
module @sum_empty_identity_i32 {
  func.func @main(%p0_p0: tensor<3x0xi32>) -> tensor<3xi32> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x0xi32>, tensor<i32>) -> tensor<3xi32>
    "stablehlo.return"(%2) : (tensor<3xi32>) -> ()
  }
}

// ===== sum_empty_identity_u8
module @sum_empty_identity_u8 {
  func.func @main(%p0_p0: tensor<0xui8>) -> tensor<ui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0xui8>, tensor<ui8>) -> tensor<ui8>
    "stablehlo.return"(%2) : (tensor<ui8>) -> ()
  }
}

// ===== sum_empty_identity_bool
module @sum_empty_identity_bool {
  func.func @main(%p0_p0: tensor<2x0xi1>) -> tensor<2xi1> {
    %0 = "stablehlo.constant"() { value = dense<false> : tensor<i1> } : () -> tensor<i1>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i1>, %c1_rhs: tensor<i1>) :
          %1 = "stablehlo.or"(%c1_lhs, %c1_rhs) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1) : (tensor<i1>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x0xi1>, tensor<i1>) -> tensor<2xi1>
    "stablehlo.return"(%2) : (tensor<2xi1>) -> ()
  }
}

// ===== sum_specials_f32
module @sum_specials_f32 {
  func.func @main(%p0_p0: tensor<3x3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    "stablehlo.return"(%2) : (tensor<3xf32>) -> ()
  }
}

// ===== sum_edges_i8
module @sum_edges_i8 {
  func.func @main(%p0_p0: tensor<2x4xi8>) -> tensor<2xi8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i8>, %c1_rhs: tensor<i8>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<i8>, tensor<i8>) -> tensor<i8>
          "stablehlo.return"(%1) : (tensor<i8>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xi8>, tensor<i8>) -> tensor<2xi8>
    "stablehlo.return"(%2) : (tensor<2xi8>) -> ()
  }
}

// ===== sum_edges_i64
module @sum_edges_i64 {
  func.func @main(%p0_p0: tensor<3x2xi64>) -> tensor<2xi64> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i64>, %c1_rhs: tensor<i64>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%1) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3x2xi64>, tensor<i64>) -> tensor<2xi64>
    "stablehlo.return"(%2) : (tensor<2xi64>) -> ()
  }
}

// ===== sum_u8
module @sum_u8 {
  func.func @main(%p0_p0: tensor<2x3xui8>) -> tensor<2xui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xui8>, tensor<ui8>) -> tensor<2xui8>
    "stablehlo.return"(%2) : (tensor<2xui8>) -> ()
  }
}

// ===== sum_bool
module @sum_bool {
  func.func @main(%p0_p0: tensor<3x2xi1>) -> tensor<3xi1> {
    %0 = "stablehlo.constant"() { value = dense<false> : tensor<i1> } : () -> tensor<i1>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i1>, %c1_rhs: tensor<i1>) :
          %1 = "stablehlo.or"(%c1_lhs, %c1_rhs) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1) : (tensor<i1>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x2xi1>, tensor<i1>) -> tensor<3xi1>
    "stablehlo.return"(%2) : (tensor<3xi1>) -> ()
  }
}

// ===== sum_i32_rank3
module @sum_i32_rank3 {
  func.func @main(%p0_p0: tensor<2x3x2xi32>) -> tensor<2x2xi32> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3x2xi32>, tensor<i32>) -> tensor<2x2xi32>
    "stablehlo.return"(%2) : (tensor<2x2xi32>) -> ()
  }
}

// ===== max_odd_rows_f32
module @max_odd_rows_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    "stablehlo.return"(%2) : (tensor<7xf32>) -> ()
  }
}

// ===== max_odd_cols_f64
module @max_odd_cols_f64 {
  func.func @main(%p0_p0: tensor<7x13xf64>) -> tensor<13xf64> {
    %0 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xf64>, tensor<f64>) -> tensor<13xf64>
    "stablehlo.return"(%2) : (tensor<13xf64>) -> ()
  }
}

// ===== max_all_bf16
module @max_all_bf16 {
  func.func @main(%p0_p0: tensor<3x5xbf16>) -> tensor<bf16> {
    %0 = "stablehlo.constant"() { value = dense<0xff80> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<bf16>, %c1_rhs: tensor<bf16>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
          "stablehlo.return"(%1) : (tensor<bf16>) -> ()
    }) { dimensions = array<i64: 0, 1> } : (tensor<3x5xbf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%2) : (tensor<bf16>) -> ()
  }
}

// ===== max_outer_inner_f16
module @max_outer_inner_f16 {
  func.func @main(%p0_p0: tensor<2x3x4xf16>) -> tensor<3xf16> {
    %0 = "stablehlo.constant"() { value = dense<0xfc00> : tensor<f16> } : () -> tensor<f16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f16>, %c1_rhs: tensor<f16>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f16>, tensor<f16>) -> tensor<f16>
          "stablehlo.return"(%1) : (tensor<f16>) -> ()
    }) { dimensions = array<i64: 0, 2> } : (tensor<2x3x4xf16>, tensor<f16>) -> tensor<3xf16>
    "stablehlo.return"(%2) : (tensor<3xf16>) -> ()
  }
}

// ===== max_no_axes_f32
module @max_no_axes_f32 {
  func.func @main(%p0_p0: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64> } : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
    "stablehlo.return"(%2) : (tensor<2x3xf32>) -> ()
  }
}

// ===== max_empty_identity_f32
module @max_empty_identity_f32 {
  func.func @main(%p0_p0: tensor<0x5xf32>) -> tensor<5xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0x5xf32>, tensor<f32>) -> tensor<5xf32>
    "stablehlo.return"(%2) : (tensor<5xf32>) -> ()
  }
}

// ===== max_empty_identity_i32
module @max_empty_identity_i32 {
  func.func @main(%p0_p0: tensor<3x0xi32>) -> tensor<3xi32> {
    %0 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x0xi32>, tensor<i32>) -> tensor<3xi32>
    "stablehlo.return"(%2) : (tensor<3xi32>) -> ()
  }
}

// ===== max_empty_identity_u8
module @max_empty_identity_u8 {
  func.func @main(%p0_p0: tensor<0xui8>) -> tensor<ui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0xui8>, tensor<ui8>) -> tensor<ui8>
    "stablehlo.return"(%2) : (tensor<ui8>) -> ()
  }
}

// ===== max_empty_identity_bool
module @max_empty_identity_bool {
  func.func @main(%p0_p0: tensor<2x0xi1>) -> tensor<2xi1> {
    %0 = "stablehlo.constant"() { value = dense<false> : tensor<i1> } : () -> tensor<i1>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i1>, %c1_rhs: tensor<i1>) :
          %1 = "stablehlo.or"(%c1_lhs, %c1_rhs) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1) : (tensor<i1>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x0xi1>, tensor<i1>) -> tensor<2xi1>
    "stablehlo.return"(%2) : (tensor<2xi1>) -> ()
  }
}

// ===== max_specials_f32
module @max_specials_f32 {
  func.func @main(%p0_p0: tensor<3x3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    "stablehlo.return"(%2) : (tensor<3xf32>) -> ()
  }
}

// ===== max_edges_i8
module @max_edges_i8 {
  func.func @main(%p0_p0: tensor<2x4xi8>) -> tensor<2xi8> {
    %0 = "stablehlo.constant"() { value = dense<-128> : tensor<i8> } : () -> tensor<i8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i8>, %c1_rhs: tensor<i8>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<i8>, tensor<i8>) -> tensor<i8>
          "stablehlo.return"(%1) : (tensor<i8>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xi8>, tensor<i8>) -> tensor<2xi8>
    "stablehlo.return"(%2) : (tensor<2xi8>) -> ()
  }
}

// ===== max_edges_i64
module @max_edges_i64 {
  func.func @main(%p0_p0: tensor<3x2xi64>) -> tensor<2xi64> {
    %0 = "stablehlo.constant"() { value = dense<-9223372036854775808> : tensor<i64> } : () -> tensor<i64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i64>, %c1_rhs: tensor<i64>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%1) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3x2xi64>, tensor<i64>) -> tensor<2xi64>
    "stablehlo.return"(%2) : (tensor<2xi64>) -> ()
  }
}

// ===== max_u8
module @max_u8 {
  func.func @main(%p0_p0: tensor<2x3xui8>) -> tensor<2xui8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xui8>, tensor<ui8>) -> tensor<2xui8>
    "stablehlo.return"(%2) : (tensor<2xui8>) -> ()
  }
}

// ===== max_bool
module @max_bool {
  func.func @main(%p0_p0: tensor<3x2xi1>) -> tensor<3xi1> {
    %0 = "stablehlo.constant"() { value = dense<false> : tensor<i1> } : () -> tensor<i1>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i1>, %c1_rhs: tensor<i1>) :
          %1 = "stablehlo.or"(%c1_lhs, %c1_rhs) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1) : (tensor<i1>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x2xi1>, tensor<i1>) -> tensor<3xi1>
    "stablehlo.return"(%2) : (tensor<3xi1>) -> ()
  }
}

// ===== max_i32_rank3
module @max_i32_rank3 {
  func.func @main(%p0_p0: tensor<2x3x2xi32>) -> tensor<2x2xi32> {
    %0 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3x2xi32>, tensor<i32>) -> tensor<2x2xi32>
    "stablehlo.return"(%2) : (tensor<2x2xi32>) -> ()
  }
}

// ===== min_odd_rows_f32
module @min_odd_rows_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7xf32> {
    %0 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    "stablehlo.return"(%2) : (tensor<7xf32>) -> ()
  }
}

// ===== min_odd_cols_f64
module @min_odd_cols_f64 {
  func.func @main(%p0_p0: tensor<7x13xf64>) -> tensor<13xf64> {
    %0 = "stablehlo.constant"() { value = dense<0x7ff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xf64>, tensor<f64>) -> tensor<13xf64>
    "stablehlo.return"(%2) : (tensor<13xf64>) -> ()
  }
}

// ===== min_all_bf16
module @min_all_bf16 {
  func.func @main(%p0_p0: tensor<3x5xbf16>) -> tensor<bf16> {
    %0 = "stablehlo.constant"() { value = dense<0x7f80> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<bf16>, %c1_rhs: tensor<bf16>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
          "stablehlo.return"(%1) : (tensor<bf16>) -> ()
    }) { dimensions = array<i64: 0, 1> } : (tensor<3x5xbf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%2) : (tensor<bf16>) -> ()
  }
}

// ===== min_outer_inner_f16
module @min_outer_inner_f16 {
  func.func @main(%p0_p0: tensor<2x3x4xf16>) -> tensor<3xf16> {
    %0 = "stablehlo.constant"() { value = dense<0x7c00> : tensor<f16> } : () -> tensor<f16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f16>, %c1_rhs: tensor<f16>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f16>, tensor<f16>) -> tensor<f16>
          "stablehlo.return"(%1) : (tensor<f16>) -> ()
    }) { dimensions = array<i64: 0, 2> } : (tensor<2x3x4xf16>, tensor<f16>) -> tensor<3xf16>
    "stablehlo.return"(%2) : (tensor<3xf16>) -> ()
  }
}

// ===== min_no_axes_f32
module @min_no_axes_f32 {
  func.func @main(%p0_p0: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64> } : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
    "stablehlo.return"(%2) : (tensor<2x3xf32>) -> ()
  }
}

// ===== min_empty_identity_f32
module @min_empty_identity_f32 {
  func.func @main(%p0_p0: tensor<0x5xf32>) -> tensor<5xf32> {
    %0 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0x5xf32>, tensor<f32>) -> tensor<5xf32>
    "stablehlo.return"(%2) : (tensor<5xf32>) -> ()
  }
}

// ===== min_empty_identity_i32
module @min_empty_identity_i32 {
  func.func @main(%p0_p0: tensor<3x0xi32>) -> tensor<3xi32> {
    %0 = "stablehlo.constant"() { value = dense<2147483647> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x0xi32>, tensor<i32>) -> tensor<3xi32>
    "stablehlo.return"(%2) : (tensor<3xi32>) -> ()
  }
}

// ===== min_empty_identity_u8
module @min_empty_identity_u8 {
  func.func @main(%p0_p0: tensor<0xui8>) -> tensor<ui8> {
    %0 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0xui8>, tensor<ui8>) -> tensor<ui8>
    "stablehlo.return"(%2) : (tensor<ui8>) -> ()
  }
}

// ===== min_empty_identity_bool
module @min_empty_identity_bool {
  func.func @main(%p0_p0: tensor<2x0xi1>) -> tensor<2xi1> {
    %0 = "stablehlo.constant"() { value = dense<true> : tensor<i1> } : () -> tensor<i1>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i1>, %c1_rhs: tensor<i1>) :
          %1 = "stablehlo.and"(%c1_lhs, %c1_rhs) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1) : (tensor<i1>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x0xi1>, tensor<i1>) -> tensor<2xi1>
    "stablehlo.return"(%2) : (tensor<2xi1>) -> ()
  }
}

// ===== min_specials_f32
module @min_specials_f32 {
  func.func @main(%p0_p0: tensor<3x3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    "stablehlo.return"(%2) : (tensor<3xf32>) -> ()
  }
}

// ===== min_edges_i8
module @min_edges_i8 {
  func.func @main(%p0_p0: tensor<2x4xi8>) -> tensor<2xi8> {
    %0 = "stablehlo.constant"() { value = dense<127> : tensor<i8> } : () -> tensor<i8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i8>, %c1_rhs: tensor<i8>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<i8>, tensor<i8>) -> tensor<i8>
          "stablehlo.return"(%1) : (tensor<i8>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xi8>, tensor<i8>) -> tensor<2xi8>
    "stablehlo.return"(%2) : (tensor<2xi8>) -> ()
  }
}

// ===== min_edges_i64
module @min_edges_i64 {
  func.func @main(%p0_p0: tensor<3x2xi64>) -> tensor<2xi64> {
    %0 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i64>, %c1_rhs: tensor<i64>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%1) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3x2xi64>, tensor<i64>) -> tensor<2xi64>
    "stablehlo.return"(%2) : (tensor<2xi64>) -> ()
  }
}

// ===== min_u8
module @min_u8 {
  func.func @main(%p0_p0: tensor<2x3xui8>) -> tensor<2xui8> {
    %0 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xui8>, tensor<ui8>) -> tensor<2xui8>
    "stablehlo.return"(%2) : (tensor<2xui8>) -> ()
  }
}

// ===== min_bool
module @min_bool {
  func.func @main(%p0_p0: tensor<3x2xi1>) -> tensor<3xi1> {
    %0 = "stablehlo.constant"() { value = dense<true> : tensor<i1> } : () -> tensor<i1>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i1>, %c1_rhs: tensor<i1>) :
          %1 = "stablehlo.and"(%c1_lhs, %c1_rhs) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1) : (tensor<i1>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x2xi1>, tensor<i1>) -> tensor<3xi1>
    "stablehlo.return"(%2) : (tensor<3xi1>) -> ()
  }
}

// ===== min_i32_rank3
module @min_i32_rank3 {
  func.func @main(%p0_p0: tensor<2x3x2xi32>) -> tensor<2x2xi32> {
    %0 = "stablehlo.constant"() { value = dense<2147483647> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3x2xi32>, tensor<i32>) -> tensor<2x2xi32>
    "stablehlo.return"(%2) : (tensor<2x2xi32>) -> ()
  }
}

// ===== prod_odd_rows_f32
module @prod_odd_rows_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    "stablehlo.return"(%2) : (tensor<7xf32>) -> ()
  }
}

// ===== prod_odd_cols_f64
module @prod_odd_cols_f64 {
  func.func @main(%p0_p0: tensor<7x13xf64>) -> tensor<13xf64> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xf64>, tensor<f64>) -> tensor<13xf64>
    "stablehlo.return"(%2) : (tensor<13xf64>) -> ()
  }
}

// ===== prod_all_bf16
module @prod_all_bf16 {
  func.func @main(%p0_p0: tensor<3x5xbf16>) -> tensor<bf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<3x5xbf16>) -> tensor<3x5xf32>
    %1 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0, 1> } : (tensor<3x5xf32>, tensor<f32>) -> tensor<f32>
    %4 = "stablehlo.convert"(%3) : (tensor<f32>) -> tensor<bf16>
    "stablehlo.return"(%4) : (tensor<bf16>) -> ()
  }
}

// ===== prod_outer_inner_f16
module @prod_outer_inner_f16 {
  func.func @main(%p0_p0: tensor<2x3x4xf16>) -> tensor<3xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2x3x4xf16>) -> tensor<2x3x4xf32>
    %1 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0, 2> } : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<3xf32>
    %4 = "stablehlo.convert"(%3) : (tensor<3xf32>) -> tensor<3xf16>
    "stablehlo.return"(%4) : (tensor<3xf16>) -> ()
  }
}

// ===== prod_no_axes_f32
module @prod_no_axes_f32 {
  func.func @main(%p0_p0: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64> } : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
    "stablehlo.return"(%2) : (tensor<2x3xf32>) -> ()
  }
}

// ===== prod_empty_identity_f32
module @prod_empty_identity_f32 {
  func.func @main(%p0_p0: tensor<0x5xf32>) -> tensor<5xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0x5xf32>, tensor<f32>) -> tensor<5xf32>
    "stablehlo.return"(%2) : (tensor<5xf32>) -> ()
  }
}

// ===== prod_empty_identity_i32
module @prod_empty_identity_i32 {
  func.func @main(%p0_p0: tensor<3x0xi32>) -> tensor<3xi32> {
    %0 = "stablehlo.constant"() { value = dense<1> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x0xi32>, tensor<i32>) -> tensor<3xi32>
    "stablehlo.return"(%2) : (tensor<3xi32>) -> ()
  }
}

// ===== prod_empty_identity_u8
module @prod_empty_identity_u8 {
  func.func @main(%p0_p0: tensor<0xui8>) -> tensor<ui8> {
    %0 = "stablehlo.constant"() { value = dense<1> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0xui8>, tensor<ui8>) -> tensor<ui8>
    "stablehlo.return"(%2) : (tensor<ui8>) -> ()
  }
}

// ===== prod_empty_identity_bool
module @prod_empty_identity_bool {
  func.func @main(%p0_p0: tensor<2x0xi1>) -> tensor<2xi1> {
    %0 = "stablehlo.constant"() { value = dense<true> : tensor<i1> } : () -> tensor<i1>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i1>, %c1_rhs: tensor<i1>) :
          %1 = "stablehlo.and"(%c1_lhs, %c1_rhs) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1) : (tensor<i1>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x0xi1>, tensor<i1>) -> tensor<2xi1>
    "stablehlo.return"(%2) : (tensor<2xi1>) -> ()
  }
}

// ===== prod_specials_f32
module @prod_specials_f32 {
  func.func @main(%p0_p0: tensor<3x3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    "stablehlo.return"(%2) : (tensor<3xf32>) -> ()
  }
}

// ===== prod_edges_i8
module @prod_edges_i8 {
  func.func @main(%p0_p0: tensor<2x4xi8>) -> tensor<2xi8> {
    %0 = "stablehlo.constant"() { value = dense<1> : tensor<i8> } : () -> tensor<i8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i8>, %c1_rhs: tensor<i8>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<i8>, tensor<i8>) -> tensor<i8>
          "stablehlo.return"(%1) : (tensor<i8>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xi8>, tensor<i8>) -> tensor<2xi8>
    "stablehlo.return"(%2) : (tensor<2xi8>) -> ()
  }
}

// ===== prod_edges_i64
module @prod_edges_i64 {
  func.func @main(%p0_p0: tensor<3x2xi64>) -> tensor<2xi64> {
    %0 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i64>, %c1_rhs: tensor<i64>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%1) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3x2xi64>, tensor<i64>) -> tensor<2xi64>
    "stablehlo.return"(%2) : (tensor<2xi64>) -> ()
  }
}

// ===== prod_u8
module @prod_u8 {
  func.func @main(%p0_p0: tensor<2x3xui8>) -> tensor<2xui8> {
    %0 = "stablehlo.constant"() { value = dense<1> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xui8>, tensor<ui8>) -> tensor<2xui8>
    "stablehlo.return"(%2) : (tensor<2xui8>) -> ()
  }
}

// ===== prod_bool
module @prod_bool {
  func.func @main(%p0_p0: tensor<3x2xi1>) -> tensor<3xi1> {
    %0 = "stablehlo.constant"() { value = dense<true> : tensor<i1> } : () -> tensor<i1>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i1>, %c1_rhs: tensor<i1>) :
          %1 = "stablehlo.and"(%c1_lhs, %c1_rhs) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1) : (tensor<i1>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x2xi1>, tensor<i1>) -> tensor<3xi1>
    "stablehlo.return"(%2) : (tensor<3xi1>) -> ()
  }
}

// ===== prod_i32_rank3
module @prod_i32_rank3 {
  func.func @main(%p0_p0: tensor<2x3x2xi32>) -> tensor<2x2xi32> {
    %0 = "stablehlo.constant"() { value = dense<1> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.multiply"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3x2xi32>, tensor<i32>) -> tensor<2x2xi32>
    "stablehlo.return"(%2) : (tensor<2x2xi32>) -> ()
  }
}

// ===== sum_literal
module @sum_literal {
  func.func @main(%p0_p0: tensor<2x3xf32>) -> tensor<2xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xf32>, tensor<f32>) -> tensor<2xf32>
    "stablehlo.return"(%2) : (tensor<2xf32>) -> ()
  }
}

// ===== max_nan_literal
module @max_nan_literal {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<f32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%2) : (tensor<f32>) -> ()
  }
}

// ===== min_empty_literal
module @min_empty_literal {
  func.func @main(%p0_p0: tensor<0xbf16>) -> tensor<bf16> {
    %0 = "stablehlo.constant"() { value = dense<0x7f80> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<bf16>, %c1_rhs: tensor<bf16>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
          "stablehlo.return"(%1) : (tensor<bf16>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0xbf16>, tensor<bf16>) -> tensor<bf16>
    "stablehlo.return"(%2) : (tensor<bf16>) -> ()
  }
}

// ===== max_empty_i8_literal
module @max_empty_i8_literal {
  func.func @main(%p0_p0: tensor<0xi8>) -> tensor<i8> {
    %0 = "stablehlo.constant"() { value = dense<-128> : tensor<i8> } : () -> tensor<i8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i8>, %c1_rhs: tensor<i8>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<i8>, tensor<i8>) -> tensor<i8>
          "stablehlo.return"(%1) : (tensor<i8>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<0xi8>, tensor<i8>) -> tensor<i8>
    "stablehlo.return"(%2) : (tensor<i8>) -> ()
  }
}

// ===== sum_i8_wraps_literal
module @sum_i8_wraps_literal {
  func.func @main(%p0_p0: tensor<3xi8>) -> tensor<i8> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i8> } : () -> tensor<i8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i8>, %c1_rhs: tensor<i8>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<i8>, tensor<i8>) -> tensor<i8>
          "stablehlo.return"(%1) : (tensor<i8>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3xi8>, tensor<i8>) -> tensor<i8>
    "stablehlo.return"(%2) : (tensor<i8>) -> ()
  }
}

// ===== sum_bool_is_or
module @sum_bool_is_or {
  func.func @main(%p0_p0: tensor<2x2xi1>) -> tensor<2xi1> {
    %0 = "stablehlo.constant"() { value = dense<false> : tensor<i1> } : () -> tensor<i1>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i1>, %c1_rhs: tensor<i1>) :
          %1 = "stablehlo.or"(%c1_lhs, %c1_rhs) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1) : (tensor<i1>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x2xi1>, tensor<i1>) -> tensor<2xi1>
    "stablehlo.return"(%2) : (tensor<2xi1>) -> ()
  }
}

// ===== sum_f16_accumulates_wide
module @sum_f16_accumulates_wide {
  func.func @main(%p0_p0: tensor<5xf16>) -> tensor<f16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<5xf16>) -> tensor<5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<5xf32>, tensor<f32>) -> tensor<f32>
    %4 = "stablehlo.convert"(%3) : (tensor<f32>) -> tensor<f16>
    "stablehlo.return"(%4) : (tensor<f16>) -> ()
  }
}

// ===== odd_rows_f32
module @odd_rows_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7xi32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<7xf32>) -> tensor<7x13xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<7x13xi64>
    %5 = "stablehlo.constant"() { value = dense<13> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<7x13xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<7x13xi1>, tensor<7x13xi64>, tensor<7x13xi64>) -> tensor<7x13xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xi64>, tensor<i64>) -> tensor<7xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<7x13xi1>, tensor<7x13xi64>, tensor<7x13xi64>) -> tensor<7x13xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xi64>, tensor<i64>) -> tensor<7xi64>
    %17 = "stablehlo.constant"() { value = dense<13> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<7xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<7xi64>, tensor<7xi64>) -> tensor<7xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<7xi1>, tensor<7xi64>, tensor<7xi64>) -> tensor<7xi64>
    %21 = "stablehlo.convert"(%20) : (tensor<7xi64>) -> tensor<7xi32>
    "stablehlo.return"(%21) : (tensor<7xi32>) -> ()
  }
}

// ===== odd_cols_bf16_i64
module @odd_cols_bf16_i64 {
  func.func @main(%p0_p0: tensor<7x13xbf16>) -> tensor<13xi64> {
    %0 = "stablehlo.constant"() { value = dense<0xff80> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<bf16>, %c1_rhs: tensor<bf16>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
          "stablehlo.return"(%1) : (tensor<bf16>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xbf16>, tensor<bf16>) -> tensor<13xbf16>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<13xbf16>) -> tensor<7x13xbf16>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<7x13xi64>
    %5 = "stablehlo.constant"() { value = dense<7> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<7x13xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x13xbf16>, tensor<7x13xbf16>) -> tensor<7x13xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<7x13xi1>, tensor<7x13xi64>, tensor<7x13xi64>) -> tensor<7x13xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xi64>, tensor<i64>) -> tensor<13xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<7x13xbf16>, tensor<7x13xbf16>) -> tensor<7x13xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<7x13xi1>, tensor<7x13xi64>, tensor<7x13xi64>) -> tensor<7x13xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xi64>, tensor<i64>) -> tensor<13xi64>
    %17 = "stablehlo.constant"() { value = dense<7> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<13xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<13xi64>, tensor<13xi64>) -> tensor<13xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<13xi1>, tensor<13xi64>, tensor<13xi64>) -> tensor<13xi64>
    "stablehlo.return"(%20) : (tensor<13xi64>) -> ()
  }
}

// ===== specials_f32#24
module @specials_f32 {
  func.func @main(%p0_p0: tensor<3x4xf32>) -> tensor<3xi32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x4xf32>, tensor<f32>) -> tensor<3xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x4xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x4xi64>
    %5 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3x4xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<3x4xi1>, tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x4xi64>, tensor<i64>) -> tensor<3xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<3x4xi1>, tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x4xi64>, tensor<i64>) -> tensor<3xi64>
    %17 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    %21 = "stablehlo.convert"(%20) : (tensor<3xi64>) -> tensor<3xi32>
    "stablehlo.return"(%21) : (tensor<3xi32>) -> ()
  }
}

// ===== ties_i32
module @ties_i32 {
  func.func @main(%p0_p0: tensor<2x4xi32>) -> tensor<2xi64> {
    %0 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xi32>, tensor<i32>) -> tensor<2xi32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<2xi32>) -> tensor<2x4xi32>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x4xi64>
    %5 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x4xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<2x4xi1>, tensor<2x4xi64>, tensor<2x4xi64>) -> tensor<2x4xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xi64>, tensor<i64>) -> tensor<2xi64>
    "stablehlo.return"(%11) : (tensor<2xi64>) -> ()
  }
}

// ===== u8
module @u8 {
  func.func @main(%p0_p0: tensor<4xui8>) -> tensor<i32> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xui8>, tensor<ui8>) -> tensor<ui8>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<4xui8>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<4xi64>
    %5 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<4xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<4xi1>, tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xi64>, tensor<i64>) -> tensor<i64>
    %12 = "stablehlo.convert"(%11) : (tensor<i64>) -> tensor<i32>
    "stablehlo.return"(%12) : (tensor<i32>) -> ()
  }
}

// ===== i64_rank3
module @i64_rank3 {
  func.func @main(%p0_p0: tensor<2x3x2xi64>) -> tensor<2x2xi64> {
    %0 = "stablehlo.constant"() { value = dense<-9223372036854775808> : tensor<i64> } : () -> tensor<i64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i64>, %c1_rhs: tensor<i64>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%1) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3x2xi64>, tensor<i64>) -> tensor<2x2xi64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xi64>) -> tensor<2x3x2xi64>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x3x2xi64>
    %5 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x3x2xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2x3x2xi64>, tensor<2x3x2xi64>) -> tensor<2x3x2xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<2x3x2xi1>, tensor<2x3x2xi64>, tensor<2x3x2xi64>) -> tensor<2x3x2xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3x2xi64>, tensor<i64>) -> tensor<2x2xi64>
    "stablehlo.return"(%11) : (tensor<2x2xi64>) -> ()
  }
}

// ===== f16_empty_other_dim
module @f16_empty_other_dim {
  func.func @main(%p0_p0: tensor<0x3xf16>) -> tensor<0xi32> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<0xi32>
    "stablehlo.return"(%1) : (tensor<0xi32>) -> ()
  }
}

// ===== f64_single
module @f64_single {
  func.func @main(%p0_p0: tensor<1x2xf64>) -> tensor<2xi32> {
    %0 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1x2xf64>, tensor<f64>) -> tensor<2xf64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<2xf64>) -> tensor<1x2xf64>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<1x2xi64>
    %5 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1x2xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1x2xf64>, tensor<1x2xf64>) -> tensor<1x2xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<1x2xi1>, tensor<1x2xi64>, tensor<1x2xi64>) -> tensor<1x2xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1x2xi64>, tensor<i64>) -> tensor<2xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<1x2xf64>, tensor<1x2xf64>) -> tensor<1x2xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<1x2xi1>, tensor<1x2xi64>, tensor<1x2xi64>) -> tensor<1x2xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1x2xi64>, tensor<i64>) -> tensor<2xi64>
    %17 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<2xi1>, tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
    %21 = "stablehlo.convert"(%20) : (tensor<2xi64>) -> tensor<2xi32>
    "stablehlo.return"(%21) : (tensor<2xi32>) -> ()
  }
}

// ===== long_row_ties_bf16
module @long_row_ties_bf16 {
  func.func @main(%p0_p0: tensor<3x700xbf16>) -> tensor<3xi64> {
    %0 = "stablehlo.constant"() { value = dense<0xff80> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<bf16>, %c1_rhs: tensor<bf16>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
          "stablehlo.return"(%1) : (tensor<bf16>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x700xbf16>, tensor<bf16>) -> tensor<3xbf16>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<3xbf16>) -> tensor<3x700xbf16>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x700xi64>
    %5 = "stablehlo.constant"() { value = dense<700> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3x700xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<3x700xbf16>, tensor<3x700xbf16>) -> tensor<3x700xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<3x700xi1>, tensor<3x700xi64>, tensor<3x700xi64>) -> tensor<3x700xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x700xi64>, tensor<i64>) -> tensor<3xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<3x700xbf16>, tensor<3x700xbf16>) -> tensor<3x700xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<3x700xi1>, tensor<3x700xi64>, tensor<3x700xi64>) -> tensor<3x700xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x700xi64>, tensor<i64>) -> tensor<3xi64>
    %17 = "stablehlo.constant"() { value = dense<700> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    "stablehlo.return"(%20) : (tensor<3xi64>) -> ()
  }
}

// ===== long_row_nans_f32
module @long_row_nans_f32 {
  func.func @main(%p0_p0: tensor<2x600xf32>) -> tensor<2xi32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x600xf32>, tensor<f32>) -> tensor<2xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x600xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x600xi64>
    %5 = "stablehlo.constant"() { value = dense<600> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x600xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2x600xf32>, tensor<2x600xf32>) -> tensor<2x600xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<2x600xi1>, tensor<2x600xi64>, tensor<2x600xi64>) -> tensor<2x600xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x600xi64>, tensor<i64>) -> tensor<2xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<2x600xf32>, tensor<2x600xf32>) -> tensor<2x600xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<2x600xi1>, tensor<2x600xi64>, tensor<2x600xi64>) -> tensor<2x600xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x600xi64>, tensor<i64>) -> tensor<2xi64>
    %17 = "stablehlo.constant"() { value = dense<600> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<2xi1>, tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
    %21 = "stablehlo.convert"(%20) : (tensor<2xi64>) -> tensor<2xi32>
    "stablehlo.return"(%21) : (tensor<2xi32>) -> ()
  }
}

// ===== long_axis0_i32
module @long_axis0_i32 {
  func.func @main(%p0_p0: tensor<800x3xi32>) -> tensor<3xi64> {
    %0 = "stablehlo.constant"() { value = dense<-2147483648> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<800x3xi32>, tensor<i32>) -> tensor<3xi32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<3xi32>) -> tensor<800x3xi32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<800x3xi64>
    %5 = "stablehlo.constant"() { value = dense<800> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<800x3xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<800x3xi32>, tensor<800x3xi32>) -> tensor<800x3xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<800x3xi1>, tensor<800x3xi64>, tensor<800x3xi64>) -> tensor<800x3xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<800x3xi64>, tensor<i64>) -> tensor<3xi64>
    "stablehlo.return"(%11) : (tensor<3xi64>) -> ()
  }
}

// ===== odd_rows_f32#1
module @odd_rows_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7xi32> {
    %0 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<7xf32>) -> tensor<7x13xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<7x13xi64>
    %5 = "stablehlo.constant"() { value = dense<13> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<7x13xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<7x13xi1>, tensor<7x13xi64>, tensor<7x13xi64>) -> tensor<7x13xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xi64>, tensor<i64>) -> tensor<7xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<7x13xi1>, tensor<7x13xi64>, tensor<7x13xi64>) -> tensor<7x13xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xi64>, tensor<i64>) -> tensor<7xi64>
    %17 = "stablehlo.constant"() { value = dense<13> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<7xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<7xi64>, tensor<7xi64>) -> tensor<7xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<7xi1>, tensor<7xi64>, tensor<7xi64>) -> tensor<7xi64>
    %21 = "stablehlo.convert"(%20) : (tensor<7xi64>) -> tensor<7xi32>
    "stablehlo.return"(%21) : (tensor<7xi32>) -> ()
  }
}

// ===== odd_cols_bf16_i64#1
module @odd_cols_bf16_i64 {
  func.func @main(%p0_p0: tensor<7x13xbf16>) -> tensor<13xi64> {
    %0 = "stablehlo.constant"() { value = dense<0x7f80> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<bf16>, %c1_rhs: tensor<bf16>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
          "stablehlo.return"(%1) : (tensor<bf16>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xbf16>, tensor<bf16>) -> tensor<13xbf16>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<13xbf16>) -> tensor<7x13xbf16>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<7x13xi64>
    %5 = "stablehlo.constant"() { value = dense<7> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<7x13xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7x13xbf16>, tensor<7x13xbf16>) -> tensor<7x13xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<7x13xi1>, tensor<7x13xi64>, tensor<7x13xi64>) -> tensor<7x13xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xi64>, tensor<i64>) -> tensor<13xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<7x13xbf16>, tensor<7x13xbf16>) -> tensor<7x13xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<7x13xi1>, tensor<7x13xi64>, tensor<7x13xi64>) -> tensor<7x13xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xi64>, tensor<i64>) -> tensor<13xi64>
    %17 = "stablehlo.constant"() { value = dense<7> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<13xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<13xi64>, tensor<13xi64>) -> tensor<13xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<13xi1>, tensor<13xi64>, tensor<13xi64>) -> tensor<13xi64>
    "stablehlo.return"(%20) : (tensor<13xi64>) -> ()
  }
}

// ===== specials_f32#25
module @specials_f32 {
  func.func @main(%p0_p0: tensor<3x4xf32>) -> tensor<3xi32> {
    %0 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x4xf32>, tensor<f32>) -> tensor<3xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x4xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x4xi64>
    %5 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3x4xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<3x4xi1>, tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x4xi64>, tensor<i64>) -> tensor<3xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<3x4xi1>, tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x4xi64>, tensor<i64>) -> tensor<3xi64>
    %17 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    %21 = "stablehlo.convert"(%20) : (tensor<3xi64>) -> tensor<3xi32>
    "stablehlo.return"(%21) : (tensor<3xi32>) -> ()
  }
}

// ===== ties_i32#1
module @ties_i32 {
  func.func @main(%p0_p0: tensor<2x4xi32>) -> tensor<2xi64> {
    %0 = "stablehlo.constant"() { value = dense<2147483647> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xi32>, tensor<i32>) -> tensor<2xi32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<2xi32>) -> tensor<2x4xi32>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x4xi64>
    %5 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x4xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<2x4xi1>, tensor<2x4xi64>, tensor<2x4xi64>) -> tensor<2x4xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xi64>, tensor<i64>) -> tensor<2xi64>
    "stablehlo.return"(%11) : (tensor<2xi64>) -> ()
  }
}

// ===== u8#1
module @u8 {
  func.func @main(%p0_p0: tensor<4xui8>) -> tensor<i32> {
    %0 = "stablehlo.constant"() { value = dense<255> : tensor<ui8> } : () -> tensor<ui8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<ui8>, %c1_rhs: tensor<ui8>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
          "stablehlo.return"(%1) : (tensor<ui8>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xui8>, tensor<ui8>) -> tensor<ui8>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<4xui8>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<4xi64>
    %5 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<4xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type UNSIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<4xi1>, tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xi64>, tensor<i64>) -> tensor<i64>
    %12 = "stablehlo.convert"(%11) : (tensor<i64>) -> tensor<i32>
    "stablehlo.return"(%12) : (tensor<i32>) -> ()
  }
}

// ===== i64_rank3#1
module @i64_rank3 {
  func.func @main(%p0_p0: tensor<2x3x2xi64>) -> tensor<2x2xi64> {
    %0 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i64>, %c1_rhs: tensor<i64>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%1) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3x2xi64>, tensor<i64>) -> tensor<2x2xi64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xi64>) -> tensor<2x3x2xi64>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x3x2xi64>
    %5 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x3x2xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2x3x2xi64>, tensor<2x3x2xi64>) -> tensor<2x3x2xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<2x3x2xi1>, tensor<2x3x2xi64>, tensor<2x3x2xi64>) -> tensor<2x3x2xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3x2xi64>, tensor<i64>) -> tensor<2x2xi64>
    "stablehlo.return"(%11) : (tensor<2x2xi64>) -> ()
  }
}

// ===== f16_empty_other_dim#1
module @f16_empty_other_dim {
  func.func @main(%p0_p0: tensor<0x3xf16>) -> tensor<0xi32> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<0xi32>
    "stablehlo.return"(%1) : (tensor<0xi32>) -> ()
  }
}

// ===== f64_single#1
module @f64_single {
  func.func @main(%p0_p0: tensor<1x2xf64>) -> tensor<2xi32> {
    %0 = "stablehlo.constant"() { value = dense<0x7ff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1x2xf64>, tensor<f64>) -> tensor<2xf64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<2xf64>) -> tensor<1x2xf64>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<1x2xi64>
    %5 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1x2xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1x2xf64>, tensor<1x2xf64>) -> tensor<1x2xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<1x2xi1>, tensor<1x2xi64>, tensor<1x2xi64>) -> tensor<1x2xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1x2xi64>, tensor<i64>) -> tensor<2xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<1x2xf64>, tensor<1x2xf64>) -> tensor<1x2xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<1x2xi1>, tensor<1x2xi64>, tensor<1x2xi64>) -> tensor<1x2xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1x2xi64>, tensor<i64>) -> tensor<2xi64>
    %17 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<2xi1>, tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
    %21 = "stablehlo.convert"(%20) : (tensor<2xi64>) -> tensor<2xi32>
    "stablehlo.return"(%21) : (tensor<2xi32>) -> ()
  }
}

// ===== long_row_ties_bf16#1
module @long_row_ties_bf16 {
  func.func @main(%p0_p0: tensor<3x700xbf16>) -> tensor<3xi64> {
    %0 = "stablehlo.constant"() { value = dense<0x7f80> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<bf16>, %c1_rhs: tensor<bf16>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
          "stablehlo.return"(%1) : (tensor<bf16>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x700xbf16>, tensor<bf16>) -> tensor<3xbf16>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<3xbf16>) -> tensor<3x700xbf16>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x700xi64>
    %5 = "stablehlo.constant"() { value = dense<700> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3x700xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<3x700xbf16>, tensor<3x700xbf16>) -> tensor<3x700xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<3x700xi1>, tensor<3x700xi64>, tensor<3x700xi64>) -> tensor<3x700xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x700xi64>, tensor<i64>) -> tensor<3xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<3x700xbf16>, tensor<3x700xbf16>) -> tensor<3x700xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<3x700xi1>, tensor<3x700xi64>, tensor<3x700xi64>) -> tensor<3x700xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x700xi64>, tensor<i64>) -> tensor<3xi64>
    %17 = "stablehlo.constant"() { value = dense<700> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    "stablehlo.return"(%20) : (tensor<3xi64>) -> ()
  }
}

// ===== long_row_nans_f32#1
module @long_row_nans_f32 {
  func.func @main(%p0_p0: tensor<2x600xf32>) -> tensor<2xi32> {
    %0 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x600xf32>, tensor<f32>) -> tensor<2xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x600xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x600xi64>
    %5 = "stablehlo.constant"() { value = dense<600> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x600xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2x600xf32>, tensor<2x600xf32>) -> tensor<2x600xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<2x600xi1>, tensor<2x600xi64>, tensor<2x600xi64>) -> tensor<2x600xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x600xi64>, tensor<i64>) -> tensor<2xi64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<2x600xf32>, tensor<2x600xf32>) -> tensor<2x600xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<2x600xi1>, tensor<2x600xi64>, tensor<2x600xi64>) -> tensor<2x600xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x600xi64>, tensor<i64>) -> tensor<2xi64>
    %17 = "stablehlo.constant"() { value = dense<600> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2xi64>
    %19 = "stablehlo.compare"(%16, %18) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi1>
    %20 = "stablehlo.select"(%19, %16, %11) : (tensor<2xi1>, tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
    %21 = "stablehlo.convert"(%20) : (tensor<2xi64>) -> tensor<2xi32>
    "stablehlo.return"(%21) : (tensor<2xi32>) -> ()
  }
}

// ===== long_axis0_i32#1
module @long_axis0_i32 {
  func.func @main(%p0_p0: tensor<800x3xi32>) -> tensor<3xi64> {
    %0 = "stablehlo.constant"() { value = dense<2147483647> : tensor<i32> } : () -> tensor<i32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i32>, %c1_rhs: tensor<i32>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<800x3xi32>, tensor<i32>) -> tensor<3xi32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<3xi32>) -> tensor<800x3xi32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<800x3xi64>
    %5 = "stablehlo.constant"() { value = dense<800> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<800x3xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<800x3xi32>, tensor<800x3xi32>) -> tensor<800x3xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<800x3xi1>, tensor<800x3xi64>, tensor<800x3xi64>) -> tensor<800x3xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<800x3xi64>, tensor<i64>) -> tensor<3xi64>
    "stablehlo.return"(%11) : (tensor<3xi64>) -> ()
  }
}

// ===== ties_first_literal
module @ties_first_literal {
  func.func @main(%p0_p0: tensor<4xf32>) -> tensor<i32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<4xi64>
    %5 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<4xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<4xi1>, tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xi64>, tensor<i64>) -> tensor<i64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<4xi1>, tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xi64>, tensor<i64>) -> tensor<i64>
    %17 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.compare"(%16, %17) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %19 = "stablehlo.select"(%18, %16, %11) : (tensor<i1>, tensor<i64>, tensor<i64>) -> tensor<i64>
    %20 = "stablehlo.convert"(%19) : (tensor<i64>) -> tensor<i32>
    "stablehlo.return"(%20) : (tensor<i32>) -> ()
  }
}

// ===== nan_wins_literal
module @nan_wins_literal {
  func.func @main(%p0_p0: tensor<4xf32>) -> tensor<i64> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<4xi64>
    %5 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<4xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<4xi1>, tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xi64>, tensor<i64>) -> tensor<i64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<4xi1>, tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<4xi64>, tensor<i64>) -> tensor<i64>
    %17 = "stablehlo.constant"() { value = dense<4> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.compare"(%16, %17) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %19 = "stablehlo.select"(%18, %16, %11) : (tensor<i1>, tensor<i64>, tensor<i64>) -> tensor<i64>
    "stablehlo.return"(%19) : (tensor<i64>) -> ()
  }
}

// ===== ties_first_literal#1
module @ties_first_literal {
  func.func @main(%p0_p0: tensor<2x3xi8>) -> tensor<2xi32> {
    %0 = "stablehlo.constant"() { value = dense<127> : tensor<i8> } : () -> tensor<i8>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<i8>, %c1_rhs: tensor<i8>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<i8>, tensor<i8>) -> tensor<i8>
          "stablehlo.return"(%1) : (tensor<i8>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xi8>, tensor<i8>) -> tensor<2xi8>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<2xi8>) -> tensor<2x3xi8>
    %4 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x3xi64>
    %5 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x3xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2x3xi8>, tensor<2x3xi8>) -> tensor<2x3xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<2x3xi1>, tensor<2x3xi64>, tensor<2x3xi64>) -> tensor<2x3xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xi64>, tensor<i64>) -> tensor<2xi64>
    %12 = "stablehlo.convert"(%11) : (tensor<2xi64>) -> tensor<2xi32>
    "stablehlo.return"(%12) : (tensor<2xi32>) -> ()
  }
}

// ===== nan_wins_literal#1
module @nan_wins_literal {
  func.func @main(%p0_p0: tensor<3xbf16>) -> tensor<i32> {
    %0 = "stablehlo.constant"() { value = dense<0x7f80> : tensor<bf16> } : () -> tensor<bf16>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<bf16>, %c1_rhs: tensor<bf16>) :
          %1 = "stablehlo.minimum"(%c1_lhs, %c1_rhs) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
          "stablehlo.return"(%1) : (tensor<bf16>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3xbf16>, tensor<bf16>) -> tensor<bf16>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<3xbf16>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3xi64>
    %5 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %7 = "stablehlo.compare"(%p0_p0, %3) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<3xbf16>, tensor<3xbf16>) -> tensor<3xi1>
    %8 = "stablehlo.select"(%7, %4, %6) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    %9 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<i64>, %c2_rhs: tensor<i64>) :
          %10 = "stablehlo.minimum"(%c2_lhs, %c2_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%10) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
    %12 = "stablehlo.compare"(%p0_p0, %p0_p0) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<3xbf16>, tensor<3xbf16>) -> tensor<3xi1>
    %13 = "stablehlo.select"(%12, %4, %6) : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    %14 = "stablehlo.constant"() { value = dense<9223372036854775807> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c3_lhs: tensor<i64>, %c3_rhs: tensor<i64>) :
          %15 = "stablehlo.minimum"(%c3_lhs, %c3_rhs) : (tensor<i64>, tensor<i64>) -> tensor<i64>
          "stablehlo.return"(%15) : (tensor<i64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
    %17 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.compare"(%16, %17) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %19 = "stablehlo.select"(%18, %16, %11) : (tensor<i1>, tensor<i64>, tensor<i64>) -> tensor<i64>
    %20 = "stablehlo.convert"(%19) : (tensor<i64>) -> tensor<i32>
    "stablehlo.return"(%20) : (tensor<i32>) -> ()
  }
}

// ===== matmul_literal
module @matmul_literal {
  func.func @main(%p0_p0: tensor<2x3xf32>, %p1_p1: tensor<3x2xf32>) -> tensor<2x2xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
    "stablehlo.return"(%0) : (tensor<2x2xf32>) -> ()
  }
}

// ===== i8_to_i32_literal
module @i8_to_i32_literal {
  func.func @main(%p0_p0: tensor<1x2xi8>, %p1_p1: tensor<2x1xi8>) -> tensor<1x1xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<1x2xi8>) -> tensor<1x2xi32>
    %1 = "stablehlo.convert"(%p1_p1) : (tensor<2x1xi8>) -> tensor<2x1xi32>
    %2 = "stablehlo.dot_general"(%0, %1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2xi32>, tensor<2x1xi32>) -> tensor<1x1xi32>
    "stablehlo.return"(%2) : (tensor<1x1xi32>) -> ()
  }
}

// ===== i8_to_i8_wraps_literal
module @i8_to_i8_wraps_literal {
  func.func @main(%p0_p0: tensor<1x2xi8>, %p1_p1: tensor<2x1xi8>) -> tensor<1x1xi8> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2xi8>, tensor<2x1xi8>) -> tensor<1x1xi8>
    "stablehlo.return"(%0) : (tensor<1x1xi8>) -> ()
  }
}

// ===== u8_unsigned_literal
module @u8_unsigned_literal {
  func.func @main(%p0_p0: tensor<1x1xui8>, %p1_p1: tensor<1x1xui8>) -> tensor<1x1xi32> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<1x1xui8>) -> tensor<1x1xi32>
    %1 = "stablehlo.convert"(%p1_p1) : (tensor<1x1xui8>) -> tensor<1x1xi32>
    %2 = "stablehlo.dot_general"(%0, %1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    "stablehlo.return"(%2) : (tensor<1x1xi32>) -> ()
  }
}

// ===== empty_contraction_literal
module @empty_contraction_literal {
  func.func @main(%p0_p0: tensor<2x0xf32>, %p1_p1: tensor<0x3xf32>) -> tensor<2x3xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x0xf32>, tensor<0x3xf32>) -> tensor<2x3xf32>
    "stablehlo.return"(%0) : (tensor<2x3xf32>) -> ()
  }
}

// ===== matmul_odd_f32
module @matmul_odd_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>, %p1_p1: tensor<13x5xf32>) -> tensor<7x5xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<7x13xf32>, tensor<13x5xf32>) -> tensor<7x5xf32>
    "stablehlo.return"(%0) : (tensor<7x5xf32>) -> ()
  }
}

// ===== batched_bf16_to_f32
module @batched_bf16_to_f32 {
  func.func @main(%p0_p0: tensor<2x3x4xbf16>, %p1_p1: tensor<2x4x5xbf16>) -> tensor<2x3x5xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [0],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x4xbf16>, tensor<2x4x5xbf16>) -> tensor<2x3x5xf32>
    "stablehlo.return"(%0) : (tensor<2x3x5xf32>) -> ()
  }
}

// ===== transposed_f64
module @transposed_f64 {
  func.func @main(%p0_p0: tensor<4x3xf64>, %p1_p1: tensor<5x4xf64>) -> tensor<3x5xf64> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [0],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x3xf64>, tensor<5x4xf64>) -> tensor<3x5xf64>
    "stablehlo.return"(%0) : (tensor<3x5xf64>) -> ()
  }
}

// ===== two_contracting_f32
module @two_contracting_f32 {
  func.func @main(%p0_p0: tensor<2x3x4xf32>, %p1_p1: tensor<3x4x5xf32>) -> tensor<2x5xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1, 2],
  rhs_contracting_dimensions = [0, 1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x3x4xf32>, tensor<3x4x5xf32>) -> tensor<2x5xf32>
    "stablehlo.return"(%0) : (tensor<2x5xf32>) -> ()
  }
}

// ===== inner_batch_f32
module @inner_batch_f32 {
  func.func @main(%p0_p0: tensor<3x2x4xf32>, %p1_p1: tensor<4x2x5xf32>) -> tensor<2x3x5xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<3x2x4xf32>, tensor<4x2x5xf32>) -> tensor<2x3x5xf32>
    "stablehlo.return"(%0) : (tensor<2x3x5xf32>) -> ()
  }
}

// ===== vector_dot_f32
module @vector_dot_f32 {
  func.func @main(%p0_p0: tensor<5xf32>, %p1_p1: tensor<5xf32>) -> tensor<f32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [0],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<5xf32>, tensor<5xf32>) -> tensor<f32>
    "stablehlo.return"(%0) : (tensor<f32>) -> ()
  }
}

// ===== outer_product_f16
module @outer_product_f16 {
  func.func @main(%p0_p0: tensor<3xf16>, %p1_p1: tensor<4xf16>) -> tensor<3x4xf16> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [],
  rhs_contracting_dimensions = []
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<3xf16>, tensor<4xf16>) -> tensor<3x4xf16>
    "stablehlo.return"(%0) : (tensor<3x4xf16>) -> ()
  }
}

// ===== bf16_to_bf16#1
module @bf16_to_bf16 {
  func.func @main(%p0_p0: tensor<3x16xbf16>, %p1_p1: tensor<16x2xbf16>) -> tensor<3x2xbf16> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<3x16xbf16>, tensor<16x2xbf16>) -> tensor<3x2xbf16>
    "stablehlo.return"(%0) : (tensor<3x2xbf16>) -> ()
  }
}

// ===== f16_long_accumulation
module @f16_long_accumulation {
  func.func @main(%p0_p0: tensor<2x300xf16>, %p1_p1: tensor<300x2xf16>) -> tensor<2x2xf16> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x300xf16>, tensor<300x2xf16>) -> tensor<2x2xf16>
    "stablehlo.return"(%0) : (tensor<2x2xf16>) -> ()
  }
}

// ===== i32_to_i64#1
module @i32_to_i64 {
  func.func @main(%p0_p0: tensor<2x2xi32>, %p1_p1: tensor<2x2xi32>) -> tensor<2x2xi64> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2x2xi32>) -> tensor<2x2xi64>
    %1 = "stablehlo.convert"(%p1_p1) : (tensor<2x2xi32>) -> tensor<2x2xi64>
    %2 = "stablehlo.dot_general"(%0, %1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x2xi64>, tensor<2x2xi64>) -> tensor<2x2xi64>
    "stablehlo.return"(%2) : (tensor<2x2xi64>) -> ()
  }
}

// ===== i32_wraps#1
module @i32_wraps {
  func.func @main(%p0_p0: tensor<2x2xi32>, %p1_p1: tensor<2x2xi32>) -> tensor<2x2xi32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x2xi32>, tensor<2x2xi32>) -> tensor<2x2xi32>
    "stablehlo.return"(%0) : (tensor<2x2xi32>) -> ()
  }
}

// ===== i64_batched
module @i64_batched {
  func.func @main(%p0_p0: tensor<2x2x3xi64>, %p1_p1: tensor<2x3xi64>) -> tensor<2x2xi64> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [0],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x2x3xi64>, tensor<2x3xi64>) -> tensor<2x2xi64>
    "stablehlo.return"(%0) : (tensor<2x2xi64>) -> ()
  }
}

// ===== empty_batch_f32
module @empty_batch_f32 {
  func.func @main(%p0_p0: tensor<0x2x3xf32>, %p1_p1: tensor<0x3xf32>) -> tensor<0x2xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [0],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<0x2x3xf32>, tensor<0x3xf32>) -> tensor<0x2xf32>
    "stablehlo.return"(%0) : (tensor<0x2xf32>) -> ()
  }
}

// ===== literal_1d
module @literal_1d {
  func.func @main(%p0_p0: tensor<1x1x5xf32>, %p1_p1: tensor<1x1x2xf32>) -> tensor<1x1x4xf32> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0]x[o, i, 0]->[b, f, 0]>,
      feature_group_count = 1 : i64,
      lhs_dilation = array<i64: 1>,
      padding = dense<[[0, 0]]> : tensor<1x2xi64>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>],
      rhs_dilation = array<i64: 1>,
      window_reversal = array<i1: false>,
      window_strides = array<i64: 1>
    } : (tensor<1x1x5xf32>, tensor<1x1x2xf32>) -> tensor<1x1x4xf32>
    "stablehlo.return"(%0) : (tensor<1x1x4xf32>) -> ()
  }
}

// ===== literal_padded_strided
module @literal_padded_strided {
  func.func @main(%p0_p0: tensor<1x1x4xf32>, %p1_p1: tensor<1x1x3xf32>) -> tensor<1x1x2xf32> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0]x[o, i, 0]->[b, f, 0]>,
      feature_group_count = 1 : i64,
      lhs_dilation = array<i64: 1>,
      padding = dense<[[1, 1]]> : tensor<1x2xi64>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>],
      rhs_dilation = array<i64: 1>,
      window_reversal = array<i1: false>,
      window_strides = array<i64: 2>
    } : (tensor<1x1x4xf32>, tensor<1x1x3xf32>) -> tensor<1x1x2xf32>
    "stablehlo.return"(%0) : (tensor<1x1x2xf32>) -> ()
  }
}

// ===== whisper_conv1d_f32
module @whisper_conv1d_f32 {
  func.func @main(%p0_p0: tensor<2x3x7xf32>, %p1_p1: tensor<4x3x3xf32>) -> tensor<2x4x7xf32> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0]x[o, i, 0]->[b, f, 0]>,
      feature_group_count = 1 : i64,
      lhs_dilation = array<i64: 1>,
      padding = dense<[[1, 1]]> : tensor<1x2xi64>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>],
      rhs_dilation = array<i64: 1>,
      window_reversal = array<i1: false>,
      window_strides = array<i64: 1>
    } : (tensor<2x3x7xf32>, tensor<4x3x3xf32>) -> tensor<2x4x7xf32>
    "stablehlo.return"(%0) : (tensor<2x4x7xf32>) -> ()
  }
}

// ===== whisper_conv1d_stride2_bf16
module @whisper_conv1d_stride2_bf16 {
  func.func @main(%p0_p0: tensor<1x3x7xbf16>, %p1_p1: tensor<4x3x3xbf16>) -> tensor<1x4x4xbf16> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0]x[o, i, 0]->[b, f, 0]>,
      feature_group_count = 1 : i64,
      lhs_dilation = array<i64: 1>,
      padding = dense<[[1, 1]]> : tensor<1x2xi64>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>],
      rhs_dilation = array<i64: 1>,
      window_reversal = array<i1: false>,
      window_strides = array<i64: 2>
    } : (tensor<1x3x7xbf16>, tensor<4x3x3xbf16>) -> tensor<1x4x4xbf16>
    "stablehlo.return"(%0) : (tensor<1x4x4xbf16>) -> ()
  }
}

// ===== vit_patch_embed_f32
module @vit_patch_embed_f32 {
  func.func @main(%p0_p0: tensor<1x3x4x4xf32>, %p1_p1: tensor<2x3x2x2xf32>) -> tensor<1x2x2x2xf32> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1]>,
      feature_group_count = 1 : i64,
      lhs_dilation = array<i64: 1, 1>,
      padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>],
      rhs_dilation = array<i64: 1, 1>,
      window_reversal = array<i1: false, false>,
      window_strides = array<i64: 2, 2>
    } : (tensor<1x3x4x4xf32>, tensor<2x3x2x2xf32>) -> tensor<1x2x2x2xf32>
    "stablehlo.return"(%0) : (tensor<1x2x2x2xf32>) -> ()
  }
}

// ===== groups_f64
module @groups_f64 {
  func.func @main(%p0_p0: tensor<1x4x5xf64>, %p1_p1: tensor<6x2x2xf64>) -> tensor<1x6x4xf64> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0]x[o, i, 0]->[b, f, 0]>,
      feature_group_count = 2 : i64,
      lhs_dilation = array<i64: 1>,
      padding = dense<[[0, 0]]> : tensor<1x2xi64>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>],
      rhs_dilation = array<i64: 1>,
      window_reversal = array<i1: false>,
      window_strides = array<i64: 1>
    } : (tensor<1x4x5xf64>, tensor<6x2x2xf64>) -> tensor<1x6x4xf64>
    "stablehlo.return"(%0) : (tensor<1x6x4xf64>) -> ()
  }
}

// ===== depthwise_2d_f32
module @depthwise_2d_f32 {
  func.func @main(%p0_p0: tensor<2x3x5x4xf32>, %p1_p1: tensor<3x1x3x3xf32>) -> tensor<2x3x5x4xf32> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1]>,
      feature_group_count = 3 : i64,
      lhs_dilation = array<i64: 1, 1>,
      padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>],
      rhs_dilation = array<i64: 1, 1>,
      window_reversal = array<i1: false, false>,
      window_strides = array<i64: 1, 1>
    } : (tensor<2x3x5x4xf32>, tensor<3x1x3x3xf32>) -> tensor<2x3x5x4xf32>
    "stablehlo.return"(%0) : (tensor<2x3x5x4xf32>) -> ()
  }
}

// ===== dilation_f32
module @dilation_f32 {
  func.func @main(%p0_p0: tensor<1x2x9xf32>, %p1_p1: tensor<2x2x3xf32>) -> tensor<1x2x9xf32> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0]x[o, i, 0]->[b, f, 0]>,
      feature_group_count = 1 : i64,
      lhs_dilation = array<i64: 1>,
      padding = dense<[[2, 2]]> : tensor<1x2xi64>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>],
      rhs_dilation = array<i64: 2>,
      window_reversal = array<i1: false>,
      window_strides = array<i64: 1>
    } : (tensor<1x2x9xf32>, tensor<2x2x3xf32>) -> tensor<1x2x9xf32>
    "stablehlo.return"(%0) : (tensor<1x2x9xf32>) -> ()
  }
}

// ===== negative_and_asymmetric_padding_f16
module @negative_and_asymmetric_padding_f16 {
  func.func @main(%p0_p0: tensor<1x1x7xf16>, %p1_p1: tensor<1x1x2xf16>) -> tensor<1x1x4xf16> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0]x[o, i, 0]->[b, f, 0]>,
      feature_group_count = 1 : i64,
      lhs_dilation = array<i64: 1>,
      padding = dense<[[-1, 2]]> : tensor<1x2xi64>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>],
      rhs_dilation = array<i64: 1>,
      window_reversal = array<i1: false>,
      window_strides = array<i64: 2>
    } : (tensor<1x1x7xf16>, tensor<1x1x2xf16>) -> tensor<1x1x4xf16>
    "stablehlo.return"(%0) : (tensor<1x1x4xf16>) -> ()
  }
}

// ===== empty_output_f32
module @empty_output_f32 {
  func.func @main(%p0_p0: tensor<1x1x2xf32>, %p1_p1: tensor<1x1x3xf32>) -> tensor<1x1x0xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1x0xf32>
    "stablehlo.return"(%1) : (tensor<1x1x0xf32>) -> ()
  }
}

// ===== odd_3d_f32
module @odd_3d_f32 {
  func.func @main(%p0_p0: tensor<1x2x3x4x5xf32>, %p1_p1: tensor<2x2x2x3x2xf32>) -> tensor<1x2x3x2x4xf32> {
    %0 = "stablehlo.convolution"(%p0_p0, %p1_p1) {
      batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<[b, f, 0, 1, 2]x[o, i, 0, 1, 2]->[b, f, 0, 1, 2]>,
      feature_group_count = 1 : i64,
      lhs_dilation = array<i64: 1, 1, 1>,
      padding = dense<[[0, 1], [1, 0], [0, 1]]> : tensor<3x2xi64>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>],
      rhs_dilation = array<i64: 1, 1, 2>,
      window_reversal = array<i1: false, false, false>,
      window_strides = array<i64: 1, 2, 1>
    } : (tensor<1x2x3x4x5xf32>, tensor<2x2x2x3x2xf32>) -> tensor<1x2x3x2x4xf32>
    "stablehlo.return"(%0) : (tensor<1x2x3x2x4xf32>) -> ()
  }
}

// ===== known_answer_f64
module @known_answer_f64 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<1xf64> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<1xi64>
    %2 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %4 = "stablehlo.add"(%1, %3) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %5 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %7 = "stablehlo.shift_right_logical"(%4, %6) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %8 = "stablehlo.xor"(%4, %7) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %9 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %12 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %14 = "stablehlo.shift_right_logical"(%11, %13) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %15 = "stablehlo.xor"(%11, %14) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %16 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %18 = "stablehlo.multiply"(%15, %17) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %19 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %21 = "stablehlo.shift_right_logical"(%18, %20) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %23 = "stablehlo.xor"(%0, %22) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %24 = "stablehlo.add"(%23, %3) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %25 = "stablehlo.shift_right_logical"(%24, %6) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %26 = "stablehlo.xor"(%24, %25) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %27 = "stablehlo.multiply"(%26, %10) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %28 = "stablehlo.shift_right_logical"(%27, %13) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %29 = "stablehlo.xor"(%27, %28) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %30 = "stablehlo.multiply"(%29, %17) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %31 = "stablehlo.shift_right_logical"(%30, %20) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %32 = "stablehlo.xor"(%30, %31) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %33 = "stablehlo.constant"() { value = dense<11> : tensor<i64> } : () -> tensor<i64>
    %34 = "stablehlo.broadcast_in_dim"(%33) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %35 = "stablehlo.shift_right_logical"(%32, %34) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %36 = "stablehlo.convert"(%35) : (tensor<1xi64>) -> tensor<1xf64>
    %37 = "stablehlo.constant"() { value = dense<1.1102230246251565e-16> : tensor<f64> } : () -> tensor<f64>
    %38 = "stablehlo.broadcast_in_dim"(%37) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %39 = "stablehlo.multiply"(%36, %38) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    "stablehlo.return"(%39) : (tensor<1xf64>) -> ()
  }
}

// ===== known_answer_f32
module @known_answer_f32 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<f32> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<1xi64>
    %2 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %4 = "stablehlo.add"(%1, %3) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %5 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %7 = "stablehlo.shift_right_logical"(%4, %6) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %8 = "stablehlo.xor"(%4, %7) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %9 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %12 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %14 = "stablehlo.shift_right_logical"(%11, %13) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %15 = "stablehlo.xor"(%11, %14) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %16 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %18 = "stablehlo.multiply"(%15, %17) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %19 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %21 = "stablehlo.shift_right_logical"(%18, %20) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %23 = "stablehlo.xor"(%0, %22) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %24 = "stablehlo.add"(%23, %3) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %25 = "stablehlo.shift_right_logical"(%24, %6) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %26 = "stablehlo.xor"(%24, %25) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %27 = "stablehlo.multiply"(%26, %10) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %28 = "stablehlo.shift_right_logical"(%27, %13) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %29 = "stablehlo.xor"(%27, %28) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %30 = "stablehlo.multiply"(%29, %17) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %31 = "stablehlo.shift_right_logical"(%30, %20) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %32 = "stablehlo.xor"(%30, %31) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %33 = "stablehlo.constant"() { value = dense<40> : tensor<i64> } : () -> tensor<i64>
    %34 = "stablehlo.broadcast_in_dim"(%33) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %35 = "stablehlo.shift_right_logical"(%32, %34) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %36 = "stablehlo.convert"(%35) : (tensor<1xi64>) -> tensor<1xf32>
    %37 = "stablehlo.constant"() { value = dense<5.960464477539063e-08> : tensor<f32> } : () -> tensor<f32>
    %38 = "stablehlo.broadcast_in_dim"(%37) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %39 = "stablehlo.multiply"(%36, %38) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %40 = "stablehlo.reshape"(%39) : (tensor<1xf32>) -> tensor<f32>
    "stablehlo.return"(%40) : (tensor<f32>) -> ()
  }
}

// ===== known_answer_bf16
module @known_answer_bf16 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<1xbf16> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<1xi64>
    %2 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %4 = "stablehlo.add"(%1, %3) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %5 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %7 = "stablehlo.shift_right_logical"(%4, %6) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %8 = "stablehlo.xor"(%4, %7) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %9 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %12 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %14 = "stablehlo.shift_right_logical"(%11, %13) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %15 = "stablehlo.xor"(%11, %14) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %16 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %18 = "stablehlo.multiply"(%15, %17) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %19 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %21 = "stablehlo.shift_right_logical"(%18, %20) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %23 = "stablehlo.xor"(%0, %22) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %24 = "stablehlo.add"(%23, %3) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %25 = "stablehlo.shift_right_logical"(%24, %6) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %26 = "stablehlo.xor"(%24, %25) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %27 = "stablehlo.multiply"(%26, %10) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %28 = "stablehlo.shift_right_logical"(%27, %13) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %29 = "stablehlo.xor"(%27, %28) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %30 = "stablehlo.multiply"(%29, %17) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %31 = "stablehlo.shift_right_logical"(%30, %20) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %32 = "stablehlo.xor"(%30, %31) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %33 = "stablehlo.constant"() { value = dense<56> : tensor<i64> } : () -> tensor<i64>
    %34 = "stablehlo.broadcast_in_dim"(%33) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %35 = "stablehlo.shift_right_logical"(%32, %34) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %36 = "stablehlo.convert"(%35) : (tensor<1xi64>) -> tensor<1xf32>
    %37 = "stablehlo.convert"(%36) : (tensor<1xf32>) -> tensor<1xbf16>
    %38 = "stablehlo.constant"() { value = dense<0.00390625> : tensor<bf16> } : () -> tensor<bf16>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<1xbf16>
    %40 = "stablehlo.multiply"(%37, %39) : (tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    "stablehlo.return"(%40) : (tensor<1xbf16>) -> ()
  }
}

// ===== uniform_odd_f32
module @uniform_odd_f32 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<7x13xf32> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<91xi64>
    %2 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %4 = "stablehlo.add"(%1, %3) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %5 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %7 = "stablehlo.shift_right_logical"(%4, %6) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %8 = "stablehlo.xor"(%4, %7) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %9 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %12 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %14 = "stablehlo.shift_right_logical"(%11, %13) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %15 = "stablehlo.xor"(%11, %14) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %16 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %18 = "stablehlo.multiply"(%15, %17) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %19 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %21 = "stablehlo.shift_right_logical"(%18, %20) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %23 = "stablehlo.xor"(%0, %22) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %24 = "stablehlo.add"(%23, %3) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %25 = "stablehlo.shift_right_logical"(%24, %6) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %26 = "stablehlo.xor"(%24, %25) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %27 = "stablehlo.multiply"(%26, %10) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %28 = "stablehlo.shift_right_logical"(%27, %13) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %29 = "stablehlo.xor"(%27, %28) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %30 = "stablehlo.multiply"(%29, %17) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %31 = "stablehlo.shift_right_logical"(%30, %20) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %32 = "stablehlo.xor"(%30, %31) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %33 = "stablehlo.constant"() { value = dense<40> : tensor<i64> } : () -> tensor<i64>
    %34 = "stablehlo.broadcast_in_dim"(%33) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %35 = "stablehlo.shift_right_logical"(%32, %34) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %36 = "stablehlo.convert"(%35) : (tensor<91xi64>) -> tensor<91xf32>
    %37 = "stablehlo.constant"() { value = dense<5.960464477539063e-08> : tensor<f32> } : () -> tensor<f32>
    %38 = "stablehlo.broadcast_in_dim"(%37) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<91xf32>
    %39 = "stablehlo.multiply"(%36, %38) : (tensor<91xf32>, tensor<91xf32>) -> tensor<91xf32>
    %40 = "stablehlo.reshape"(%39) : (tensor<91xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%40) : (tensor<7x13xf32>) -> ()
  }
}

// ===== normal_f32
module @normal_f32 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<300xf32> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<300xi64>
    %2 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %4 = "stablehlo.multiply"(%1, %3) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %5 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %8 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %10 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %12 = "stablehlo.add"(%4, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %13 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %15 = "stablehlo.shift_right_logical"(%12, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %16 = "stablehlo.xor"(%12, %15) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %17 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %19 = "stablehlo.multiply"(%16, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %20 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %22 = "stablehlo.shift_right_logical"(%19, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %23 = "stablehlo.xor"(%19, %22) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %24 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %26 = "stablehlo.multiply"(%23, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %27 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %29 = "stablehlo.shift_right_logical"(%26, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %30 = "stablehlo.xor"(%26, %29) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %31 = "stablehlo.xor"(%0, %30) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %32 = "stablehlo.add"(%31, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %33 = "stablehlo.shift_right_logical"(%32, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %34 = "stablehlo.xor"(%32, %33) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %35 = "stablehlo.multiply"(%34, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %36 = "stablehlo.shift_right_logical"(%35, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %37 = "stablehlo.xor"(%35, %36) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %38 = "stablehlo.multiply"(%37, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %39 = "stablehlo.shift_right_logical"(%38, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %40 = "stablehlo.xor"(%38, %39) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %41 = "stablehlo.constant"() { value = dense<11> : tensor<i64> } : () -> tensor<i64>
    %42 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %43 = "stablehlo.shift_right_logical"(%40, %42) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %44 = "stablehlo.convert"(%43) : (tensor<300xi64>) -> tensor<300xf64>
    %45 = "stablehlo.constant"() { value = dense<1.1102230246251565e-16> : tensor<f64> } : () -> tensor<f64>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %47 = "stablehlo.multiply"(%44, %46) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %48 = "stablehlo.subtract"(%9, %47) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %49 = "stablehlo.add"(%7, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %50 = "stablehlo.shift_right_logical"(%49, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %51 = "stablehlo.xor"(%49, %50) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %52 = "stablehlo.multiply"(%51, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %53 = "stablehlo.shift_right_logical"(%52, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %54 = "stablehlo.xor"(%52, %53) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %55 = "stablehlo.multiply"(%54, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %56 = "stablehlo.shift_right_logical"(%55, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %57 = "stablehlo.xor"(%55, %56) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %58 = "stablehlo.xor"(%0, %57) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %59 = "stablehlo.add"(%58, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %60 = "stablehlo.shift_right_logical"(%59, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %61 = "stablehlo.xor"(%59, %60) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %62 = "stablehlo.multiply"(%61, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %63 = "stablehlo.shift_right_logical"(%62, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %64 = "stablehlo.xor"(%62, %63) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %65 = "stablehlo.multiply"(%64, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %66 = "stablehlo.shift_right_logical"(%65, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %67 = "stablehlo.xor"(%65, %66) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %68 = "stablehlo.shift_right_logical"(%67, %42) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %69 = "stablehlo.convert"(%68) : (tensor<300xi64>) -> tensor<300xf64>
    %70 = "stablehlo.multiply"(%69, %46) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %71 = "stablehlo.constant"() { value = dense<-2.0> : tensor<f64> } : () -> tensor<f64>
    %72 = "stablehlo.broadcast_in_dim"(%71) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %73 = "stablehlo.log"(%48) : (tensor<300xf64>) -> tensor<300xf64>
    %74 = "stablehlo.multiply"(%72, %73) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %75 = "stablehlo.sqrt"(%74) : (tensor<300xf64>) -> tensor<300xf64>
    %76 = "stablehlo.constant"() { value = dense<6.283185307179586> : tensor<f64> } : () -> tensor<f64>
    %77 = "stablehlo.broadcast_in_dim"(%76) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %78 = "stablehlo.multiply"(%77, %70) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %79 = "stablehlo.cosine"(%78) : (tensor<300xf64>) -> tensor<300xf64>
    %80 = "stablehlo.multiply"(%75, %79) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %81 = "stablehlo.convert"(%80) : (tensor<300xf64>) -> tensor<300xf32>
    "stablehlo.return"(%81) : (tensor<300xf32>) -> ()
  }
}

// ===== uniform_odd_f64
module @uniform_odd_f64 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<7x13xf64> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<91xi64>
    %2 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %4 = "stablehlo.add"(%1, %3) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %5 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %7 = "stablehlo.shift_right_logical"(%4, %6) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %8 = "stablehlo.xor"(%4, %7) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %9 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %12 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %14 = "stablehlo.shift_right_logical"(%11, %13) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %15 = "stablehlo.xor"(%11, %14) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %16 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %18 = "stablehlo.multiply"(%15, %17) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %19 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %21 = "stablehlo.shift_right_logical"(%18, %20) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %23 = "stablehlo.xor"(%0, %22) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %24 = "stablehlo.add"(%23, %3) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %25 = "stablehlo.shift_right_logical"(%24, %6) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %26 = "stablehlo.xor"(%24, %25) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %27 = "stablehlo.multiply"(%26, %10) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %28 = "stablehlo.shift_right_logical"(%27, %13) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %29 = "stablehlo.xor"(%27, %28) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %30 = "stablehlo.multiply"(%29, %17) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %31 = "stablehlo.shift_right_logical"(%30, %20) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %32 = "stablehlo.xor"(%30, %31) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %33 = "stablehlo.constant"() { value = dense<11> : tensor<i64> } : () -> tensor<i64>
    %34 = "stablehlo.broadcast_in_dim"(%33) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %35 = "stablehlo.shift_right_logical"(%32, %34) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %36 = "stablehlo.convert"(%35) : (tensor<91xi64>) -> tensor<91xf64>
    %37 = "stablehlo.constant"() { value = dense<1.1102230246251565e-16> : tensor<f64> } : () -> tensor<f64>
    %38 = "stablehlo.broadcast_in_dim"(%37) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<91xf64>
    %39 = "stablehlo.multiply"(%36, %38) : (tensor<91xf64>, tensor<91xf64>) -> tensor<91xf64>
    %40 = "stablehlo.reshape"(%39) : (tensor<91xf64>) -> tensor<7x13xf64>
    "stablehlo.return"(%40) : (tensor<7x13xf64>) -> ()
  }
}

// ===== normal_f64
module @normal_f64 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<300xf64> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<300xi64>
    %2 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %4 = "stablehlo.multiply"(%1, %3) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %5 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %8 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %10 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %12 = "stablehlo.add"(%4, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %13 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %15 = "stablehlo.shift_right_logical"(%12, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %16 = "stablehlo.xor"(%12, %15) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %17 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %19 = "stablehlo.multiply"(%16, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %20 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %22 = "stablehlo.shift_right_logical"(%19, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %23 = "stablehlo.xor"(%19, %22) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %24 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %26 = "stablehlo.multiply"(%23, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %27 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %29 = "stablehlo.shift_right_logical"(%26, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %30 = "stablehlo.xor"(%26, %29) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %31 = "stablehlo.xor"(%0, %30) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %32 = "stablehlo.add"(%31, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %33 = "stablehlo.shift_right_logical"(%32, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %34 = "stablehlo.xor"(%32, %33) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %35 = "stablehlo.multiply"(%34, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %36 = "stablehlo.shift_right_logical"(%35, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %37 = "stablehlo.xor"(%35, %36) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %38 = "stablehlo.multiply"(%37, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %39 = "stablehlo.shift_right_logical"(%38, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %40 = "stablehlo.xor"(%38, %39) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %41 = "stablehlo.constant"() { value = dense<11> : tensor<i64> } : () -> tensor<i64>
    %42 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %43 = "stablehlo.shift_right_logical"(%40, %42) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %44 = "stablehlo.convert"(%43) : (tensor<300xi64>) -> tensor<300xf64>
    %45 = "stablehlo.constant"() { value = dense<1.1102230246251565e-16> : tensor<f64> } : () -> tensor<f64>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %47 = "stablehlo.multiply"(%44, %46) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %48 = "stablehlo.subtract"(%9, %47) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %49 = "stablehlo.add"(%7, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %50 = "stablehlo.shift_right_logical"(%49, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %51 = "stablehlo.xor"(%49, %50) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %52 = "stablehlo.multiply"(%51, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %53 = "stablehlo.shift_right_logical"(%52, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %54 = "stablehlo.xor"(%52, %53) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %55 = "stablehlo.multiply"(%54, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %56 = "stablehlo.shift_right_logical"(%55, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %57 = "stablehlo.xor"(%55, %56) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %58 = "stablehlo.xor"(%0, %57) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %59 = "stablehlo.add"(%58, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %60 = "stablehlo.shift_right_logical"(%59, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %61 = "stablehlo.xor"(%59, %60) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %62 = "stablehlo.multiply"(%61, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %63 = "stablehlo.shift_right_logical"(%62, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %64 = "stablehlo.xor"(%62, %63) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %65 = "stablehlo.multiply"(%64, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %66 = "stablehlo.shift_right_logical"(%65, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %67 = "stablehlo.xor"(%65, %66) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %68 = "stablehlo.shift_right_logical"(%67, %42) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %69 = "stablehlo.convert"(%68) : (tensor<300xi64>) -> tensor<300xf64>
    %70 = "stablehlo.multiply"(%69, %46) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %71 = "stablehlo.constant"() { value = dense<-2.0> : tensor<f64> } : () -> tensor<f64>
    %72 = "stablehlo.broadcast_in_dim"(%71) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %73 = "stablehlo.log"(%48) : (tensor<300xf64>) -> tensor<300xf64>
    %74 = "stablehlo.multiply"(%72, %73) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %75 = "stablehlo.sqrt"(%74) : (tensor<300xf64>) -> tensor<300xf64>
    %76 = "stablehlo.constant"() { value = dense<6.283185307179586> : tensor<f64> } : () -> tensor<f64>
    %77 = "stablehlo.broadcast_in_dim"(%76) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %78 = "stablehlo.multiply"(%77, %70) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %79 = "stablehlo.cosine"(%78) : (tensor<300xf64>) -> tensor<300xf64>
    %80 = "stablehlo.multiply"(%75, %79) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    "stablehlo.return"(%80) : (tensor<300xf64>) -> ()
  }
}

// ===== uniform_odd_bf16
module @uniform_odd_bf16 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<7x13xbf16> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<91xi64>
    %2 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %4 = "stablehlo.add"(%1, %3) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %5 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %7 = "stablehlo.shift_right_logical"(%4, %6) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %8 = "stablehlo.xor"(%4, %7) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %9 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %12 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %14 = "stablehlo.shift_right_logical"(%11, %13) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %15 = "stablehlo.xor"(%11, %14) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %16 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %18 = "stablehlo.multiply"(%15, %17) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %19 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %21 = "stablehlo.shift_right_logical"(%18, %20) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %23 = "stablehlo.xor"(%0, %22) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %24 = "stablehlo.add"(%23, %3) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %25 = "stablehlo.shift_right_logical"(%24, %6) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %26 = "stablehlo.xor"(%24, %25) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %27 = "stablehlo.multiply"(%26, %10) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %28 = "stablehlo.shift_right_logical"(%27, %13) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %29 = "stablehlo.xor"(%27, %28) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %30 = "stablehlo.multiply"(%29, %17) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %31 = "stablehlo.shift_right_logical"(%30, %20) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %32 = "stablehlo.xor"(%30, %31) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %33 = "stablehlo.constant"() { value = dense<56> : tensor<i64> } : () -> tensor<i64>
    %34 = "stablehlo.broadcast_in_dim"(%33) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %35 = "stablehlo.shift_right_logical"(%32, %34) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %36 = "stablehlo.convert"(%35) : (tensor<91xi64>) -> tensor<91xf32>
    %37 = "stablehlo.convert"(%36) : (tensor<91xf32>) -> tensor<91xbf16>
    %38 = "stablehlo.constant"() { value = dense<0.00390625> : tensor<bf16> } : () -> tensor<bf16>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64> } : (tensor<bf16>) -> tensor<91xbf16>
    %40 = "stablehlo.multiply"(%37, %39) : (tensor<91xbf16>, tensor<91xbf16>) -> tensor<91xbf16>
    %41 = "stablehlo.reshape"(%40) : (tensor<91xbf16>) -> tensor<7x13xbf16>
    "stablehlo.return"(%41) : (tensor<7x13xbf16>) -> ()
  }
}

// ===== normal_bf16
module @normal_bf16 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<300xbf16> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<300xi64>
    %2 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %4 = "stablehlo.multiply"(%1, %3) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %5 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %8 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %10 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %12 = "stablehlo.add"(%4, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %13 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %15 = "stablehlo.shift_right_logical"(%12, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %16 = "stablehlo.xor"(%12, %15) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %17 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %19 = "stablehlo.multiply"(%16, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %20 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %22 = "stablehlo.shift_right_logical"(%19, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %23 = "stablehlo.xor"(%19, %22) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %24 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %26 = "stablehlo.multiply"(%23, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %27 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %29 = "stablehlo.shift_right_logical"(%26, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %30 = "stablehlo.xor"(%26, %29) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %31 = "stablehlo.xor"(%0, %30) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %32 = "stablehlo.add"(%31, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %33 = "stablehlo.shift_right_logical"(%32, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %34 = "stablehlo.xor"(%32, %33) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %35 = "stablehlo.multiply"(%34, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %36 = "stablehlo.shift_right_logical"(%35, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %37 = "stablehlo.xor"(%35, %36) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %38 = "stablehlo.multiply"(%37, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %39 = "stablehlo.shift_right_logical"(%38, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %40 = "stablehlo.xor"(%38, %39) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %41 = "stablehlo.constant"() { value = dense<11> : tensor<i64> } : () -> tensor<i64>
    %42 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %43 = "stablehlo.shift_right_logical"(%40, %42) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %44 = "stablehlo.convert"(%43) : (tensor<300xi64>) -> tensor<300xf64>
    %45 = "stablehlo.constant"() { value = dense<1.1102230246251565e-16> : tensor<f64> } : () -> tensor<f64>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %47 = "stablehlo.multiply"(%44, %46) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %48 = "stablehlo.subtract"(%9, %47) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %49 = "stablehlo.add"(%7, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %50 = "stablehlo.shift_right_logical"(%49, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %51 = "stablehlo.xor"(%49, %50) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %52 = "stablehlo.multiply"(%51, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %53 = "stablehlo.shift_right_logical"(%52, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %54 = "stablehlo.xor"(%52, %53) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %55 = "stablehlo.multiply"(%54, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %56 = "stablehlo.shift_right_logical"(%55, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %57 = "stablehlo.xor"(%55, %56) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %58 = "stablehlo.xor"(%0, %57) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %59 = "stablehlo.add"(%58, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %60 = "stablehlo.shift_right_logical"(%59, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %61 = "stablehlo.xor"(%59, %60) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %62 = "stablehlo.multiply"(%61, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %63 = "stablehlo.shift_right_logical"(%62, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %64 = "stablehlo.xor"(%62, %63) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %65 = "stablehlo.multiply"(%64, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %66 = "stablehlo.shift_right_logical"(%65, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %67 = "stablehlo.xor"(%65, %66) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %68 = "stablehlo.shift_right_logical"(%67, %42) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %69 = "stablehlo.convert"(%68) : (tensor<300xi64>) -> tensor<300xf64>
    %70 = "stablehlo.multiply"(%69, %46) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %71 = "stablehlo.constant"() { value = dense<-2.0> : tensor<f64> } : () -> tensor<f64>
    %72 = "stablehlo.broadcast_in_dim"(%71) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %73 = "stablehlo.log"(%48) : (tensor<300xf64>) -> tensor<300xf64>
    %74 = "stablehlo.multiply"(%72, %73) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %75 = "stablehlo.sqrt"(%74) : (tensor<300xf64>) -> tensor<300xf64>
    %76 = "stablehlo.constant"() { value = dense<6.283185307179586> : tensor<f64> } : () -> tensor<f64>
    %77 = "stablehlo.broadcast_in_dim"(%76) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %78 = "stablehlo.multiply"(%77, %70) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %79 = "stablehlo.cosine"(%78) : (tensor<300xf64>) -> tensor<300xf64>
    %80 = "stablehlo.multiply"(%75, %79) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %81 = "stablehlo.convert"(%80) : (tensor<300xf64>) -> tensor<300xbf16>
    "stablehlo.return"(%81) : (tensor<300xbf16>) -> ()
  }
}

// ===== uniform_odd_f16
module @uniform_odd_f16 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<7x13xf16> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<91xi64>
    %2 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %4 = "stablehlo.add"(%1, %3) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %5 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %7 = "stablehlo.shift_right_logical"(%4, %6) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %8 = "stablehlo.xor"(%4, %7) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %9 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %12 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %14 = "stablehlo.shift_right_logical"(%11, %13) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %15 = "stablehlo.xor"(%11, %14) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %16 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %18 = "stablehlo.multiply"(%15, %17) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %19 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %21 = "stablehlo.shift_right_logical"(%18, %20) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %23 = "stablehlo.xor"(%0, %22) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %24 = "stablehlo.add"(%23, %3) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %25 = "stablehlo.shift_right_logical"(%24, %6) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %26 = "stablehlo.xor"(%24, %25) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %27 = "stablehlo.multiply"(%26, %10) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %28 = "stablehlo.shift_right_logical"(%27, %13) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %29 = "stablehlo.xor"(%27, %28) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %30 = "stablehlo.multiply"(%29, %17) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %31 = "stablehlo.shift_right_logical"(%30, %20) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %32 = "stablehlo.xor"(%30, %31) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %33 = "stablehlo.constant"() { value = dense<53> : tensor<i64> } : () -> tensor<i64>
    %34 = "stablehlo.broadcast_in_dim"(%33) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<91xi64>
    %35 = "stablehlo.shift_right_logical"(%32, %34) : (tensor<91xi64>, tensor<91xi64>) -> tensor<91xi64>
    %36 = "stablehlo.convert"(%35) : (tensor<91xi64>) -> tensor<91xf32>
    %37 = "stablehlo.convert"(%36) : (tensor<91xf32>) -> tensor<91xf16>
    %38 = "stablehlo.constant"() { value = dense<0.00048828125> : tensor<f16> } : () -> tensor<f16>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64> } : (tensor<f16>) -> tensor<91xf16>
    %40 = "stablehlo.multiply"(%37, %39) : (tensor<91xf16>, tensor<91xf16>) -> tensor<91xf16>
    %41 = "stablehlo.reshape"(%40) : (tensor<91xf16>) -> tensor<7x13xf16>
    "stablehlo.return"(%41) : (tensor<7x13xf16>) -> ()
  }
}

// ===== normal_f16
module @normal_f16 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<300xf16> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<300xi64>
    %2 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %4 = "stablehlo.multiply"(%1, %3) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %5 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %8 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %10 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %12 = "stablehlo.add"(%4, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %13 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %15 = "stablehlo.shift_right_logical"(%12, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %16 = "stablehlo.xor"(%12, %15) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %17 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %19 = "stablehlo.multiply"(%16, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %20 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %22 = "stablehlo.shift_right_logical"(%19, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %23 = "stablehlo.xor"(%19, %22) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %24 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %26 = "stablehlo.multiply"(%23, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %27 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %29 = "stablehlo.shift_right_logical"(%26, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %30 = "stablehlo.xor"(%26, %29) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %31 = "stablehlo.xor"(%0, %30) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %32 = "stablehlo.add"(%31, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %33 = "stablehlo.shift_right_logical"(%32, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %34 = "stablehlo.xor"(%32, %33) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %35 = "stablehlo.multiply"(%34, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %36 = "stablehlo.shift_right_logical"(%35, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %37 = "stablehlo.xor"(%35, %36) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %38 = "stablehlo.multiply"(%37, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %39 = "stablehlo.shift_right_logical"(%38, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %40 = "stablehlo.xor"(%38, %39) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %41 = "stablehlo.constant"() { value = dense<11> : tensor<i64> } : () -> tensor<i64>
    %42 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<300xi64>
    %43 = "stablehlo.shift_right_logical"(%40, %42) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %44 = "stablehlo.convert"(%43) : (tensor<300xi64>) -> tensor<300xf64>
    %45 = "stablehlo.constant"() { value = dense<1.1102230246251565e-16> : tensor<f64> } : () -> tensor<f64>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %47 = "stablehlo.multiply"(%44, %46) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %48 = "stablehlo.subtract"(%9, %47) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %49 = "stablehlo.add"(%7, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %50 = "stablehlo.shift_right_logical"(%49, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %51 = "stablehlo.xor"(%49, %50) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %52 = "stablehlo.multiply"(%51, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %53 = "stablehlo.shift_right_logical"(%52, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %54 = "stablehlo.xor"(%52, %53) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %55 = "stablehlo.multiply"(%54, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %56 = "stablehlo.shift_right_logical"(%55, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %57 = "stablehlo.xor"(%55, %56) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %58 = "stablehlo.xor"(%0, %57) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %59 = "stablehlo.add"(%58, %11) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %60 = "stablehlo.shift_right_logical"(%59, %14) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %61 = "stablehlo.xor"(%59, %60) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %62 = "stablehlo.multiply"(%61, %18) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %63 = "stablehlo.shift_right_logical"(%62, %21) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %64 = "stablehlo.xor"(%62, %63) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %65 = "stablehlo.multiply"(%64, %25) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %66 = "stablehlo.shift_right_logical"(%65, %28) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %67 = "stablehlo.xor"(%65, %66) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %68 = "stablehlo.shift_right_logical"(%67, %42) : (tensor<300xi64>, tensor<300xi64>) -> tensor<300xi64>
    %69 = "stablehlo.convert"(%68) : (tensor<300xi64>) -> tensor<300xf64>
    %70 = "stablehlo.multiply"(%69, %46) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %71 = "stablehlo.constant"() { value = dense<-2.0> : tensor<f64> } : () -> tensor<f64>
    %72 = "stablehlo.broadcast_in_dim"(%71) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %73 = "stablehlo.log"(%48) : (tensor<300xf64>) -> tensor<300xf64>
    %74 = "stablehlo.multiply"(%72, %73) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %75 = "stablehlo.sqrt"(%74) : (tensor<300xf64>) -> tensor<300xf64>
    %76 = "stablehlo.constant"() { value = dense<6.283185307179586> : tensor<f64> } : () -> tensor<f64>
    %77 = "stablehlo.broadcast_in_dim"(%76) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<300xf64>
    %78 = "stablehlo.multiply"(%77, %70) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %79 = "stablehlo.cosine"(%78) : (tensor<300xf64>) -> tensor<300xf64>
    %80 = "stablehlo.multiply"(%75, %79) : (tensor<300xf64>, tensor<300xf64>) -> tensor<300xf64>
    %81 = "stablehlo.convert"(%80) : (tensor<300xf64>) -> tensor<300xf16>
    "stablehlo.return"(%81) : (tensor<300xf16>) -> ()
  }
}

// ===== uniform_negative_key
module @uniform_negative_key {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<5xf64> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<5xi64>
    %2 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5xi64>
    %4 = "stablehlo.add"(%1, %3) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %5 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5xi64>
    %7 = "stablehlo.shift_right_logical"(%4, %6) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %8 = "stablehlo.xor"(%4, %7) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %9 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5xi64>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %12 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5xi64>
    %14 = "stablehlo.shift_right_logical"(%11, %13) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %15 = "stablehlo.xor"(%11, %14) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %16 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5xi64>
    %18 = "stablehlo.multiply"(%15, %17) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %19 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5xi64>
    %21 = "stablehlo.shift_right_logical"(%18, %20) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %23 = "stablehlo.xor"(%0, %22) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %24 = "stablehlo.add"(%23, %3) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %25 = "stablehlo.shift_right_logical"(%24, %6) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %26 = "stablehlo.xor"(%24, %25) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %27 = "stablehlo.multiply"(%26, %10) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %28 = "stablehlo.shift_right_logical"(%27, %13) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %29 = "stablehlo.xor"(%27, %28) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %30 = "stablehlo.multiply"(%29, %17) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %31 = "stablehlo.shift_right_logical"(%30, %20) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %32 = "stablehlo.xor"(%30, %31) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %33 = "stablehlo.constant"() { value = dense<11> : tensor<i64> } : () -> tensor<i64>
    %34 = "stablehlo.broadcast_in_dim"(%33) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5xi64>
    %35 = "stablehlo.shift_right_logical"(%32, %34) : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
    %36 = "stablehlo.convert"(%35) : (tensor<5xi64>) -> tensor<5xf64>
    %37 = "stablehlo.constant"() { value = dense<1.1102230246251565e-16> : tensor<f64> } : () -> tensor<f64>
    %38 = "stablehlo.broadcast_in_dim"(%37) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<5xf64>
    %39 = "stablehlo.multiply"(%36, %38) : (tensor<5xf64>, tensor<5xf64>) -> tensor<5xf64>
    "stablehlo.return"(%39) : (tensor<5xf64>) -> ()
  }
}

// ===== normal_scalar_f32
module @normal_scalar_f32 {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<f32> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<1xi64>
    %2 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %4 = "stablehlo.multiply"(%1, %3) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %5 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %8 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %10 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %12 = "stablehlo.add"(%4, %11) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %13 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %15 = "stablehlo.shift_right_logical"(%12, %14) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %16 = "stablehlo.xor"(%12, %15) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %17 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %19 = "stablehlo.multiply"(%16, %18) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %20 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %22 = "stablehlo.shift_right_logical"(%19, %21) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %23 = "stablehlo.xor"(%19, %22) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %24 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %26 = "stablehlo.multiply"(%23, %25) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %27 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %29 = "stablehlo.shift_right_logical"(%26, %28) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %30 = "stablehlo.xor"(%26, %29) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %31 = "stablehlo.xor"(%0, %30) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %32 = "stablehlo.add"(%31, %11) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %33 = "stablehlo.shift_right_logical"(%32, %14) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %34 = "stablehlo.xor"(%32, %33) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %35 = "stablehlo.multiply"(%34, %18) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %36 = "stablehlo.shift_right_logical"(%35, %21) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %37 = "stablehlo.xor"(%35, %36) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %38 = "stablehlo.multiply"(%37, %25) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %39 = "stablehlo.shift_right_logical"(%38, %28) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %40 = "stablehlo.xor"(%38, %39) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %41 = "stablehlo.constant"() { value = dense<11> : tensor<i64> } : () -> tensor<i64>
    %42 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %43 = "stablehlo.shift_right_logical"(%40, %42) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %44 = "stablehlo.convert"(%43) : (tensor<1xi64>) -> tensor<1xf64>
    %45 = "stablehlo.constant"() { value = dense<1.1102230246251565e-16> : tensor<f64> } : () -> tensor<f64>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %47 = "stablehlo.multiply"(%44, %46) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %48 = "stablehlo.subtract"(%9, %47) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %49 = "stablehlo.add"(%7, %11) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %50 = "stablehlo.shift_right_logical"(%49, %14) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %51 = "stablehlo.xor"(%49, %50) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %52 = "stablehlo.multiply"(%51, %18) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %53 = "stablehlo.shift_right_logical"(%52, %21) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %54 = "stablehlo.xor"(%52, %53) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %55 = "stablehlo.multiply"(%54, %25) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %56 = "stablehlo.shift_right_logical"(%55, %28) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %57 = "stablehlo.xor"(%55, %56) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %58 = "stablehlo.xor"(%0, %57) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %59 = "stablehlo.add"(%58, %11) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %60 = "stablehlo.shift_right_logical"(%59, %14) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %61 = "stablehlo.xor"(%59, %60) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %62 = "stablehlo.multiply"(%61, %18) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %63 = "stablehlo.shift_right_logical"(%62, %21) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %64 = "stablehlo.xor"(%62, %63) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %65 = "stablehlo.multiply"(%64, %25) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %66 = "stablehlo.shift_right_logical"(%65, %28) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %67 = "stablehlo.xor"(%65, %66) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %68 = "stablehlo.shift_right_logical"(%67, %42) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %69 = "stablehlo.convert"(%68) : (tensor<1xi64>) -> tensor<1xf64>
    %70 = "stablehlo.multiply"(%69, %46) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %71 = "stablehlo.constant"() { value = dense<-2.0> : tensor<f64> } : () -> tensor<f64>
    %72 = "stablehlo.broadcast_in_dim"(%71) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %73 = "stablehlo.log"(%48) : (tensor<1xf64>) -> tensor<1xf64>
    %74 = "stablehlo.multiply"(%72, %73) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %75 = "stablehlo.sqrt"(%74) : (tensor<1xf64>) -> tensor<1xf64>
    %76 = "stablehlo.constant"() { value = dense<6.283185307179586> : tensor<f64> } : () -> tensor<f64>
    %77 = "stablehlo.broadcast_in_dim"(%76) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %78 = "stablehlo.multiply"(%77, %70) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %79 = "stablehlo.cosine"(%78) : (tensor<1xf64>) -> tensor<1xf64>
    %80 = "stablehlo.multiply"(%75, %79) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %81 = "stablehlo.convert"(%80) : (tensor<1xf64>) -> tensor<1xf32>
    %82 = "stablehlo.reshape"(%81) : (tensor<1xf32>) -> tensor<f32>
    "stablehlo.return"(%82) : (tensor<f32>) -> ()
  }
}

// ===== empty#4
module @empty {
  func.func @main(%p0_p0: tensor<i64>) -> tensor<0x4xf32> {
    %0 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<0xi64>
    %1 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<0xi64>
    %2 = "stablehlo.constant"() { value = dense<-7046029254386353131> : tensor<i64> } : () -> tensor<i64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<0xi64>
    %4 = "stablehlo.add"(%1, %3) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %5 = "stablehlo.constant"() { value = dense<30> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<0xi64>
    %7 = "stablehlo.shift_right_logical"(%4, %6) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %8 = "stablehlo.xor"(%4, %7) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %9 = "stablehlo.constant"() { value = dense<-4658895280553007687> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<0xi64>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %12 = "stablehlo.constant"() { value = dense<27> : tensor<i64> } : () -> tensor<i64>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<0xi64>
    %14 = "stablehlo.shift_right_logical"(%11, %13) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %15 = "stablehlo.xor"(%11, %14) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %16 = "stablehlo.constant"() { value = dense<-7723592293110705685> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<0xi64>
    %18 = "stablehlo.multiply"(%15, %17) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %19 = "stablehlo.constant"() { value = dense<31> : tensor<i64> } : () -> tensor<i64>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<0xi64>
    %21 = "stablehlo.shift_right_logical"(%18, %20) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %23 = "stablehlo.xor"(%0, %22) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %24 = "stablehlo.add"(%23, %3) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %25 = "stablehlo.shift_right_logical"(%24, %6) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %26 = "stablehlo.xor"(%24, %25) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %27 = "stablehlo.multiply"(%26, %10) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %28 = "stablehlo.shift_right_logical"(%27, %13) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %29 = "stablehlo.xor"(%27, %28) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %30 = "stablehlo.multiply"(%29, %17) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %31 = "stablehlo.shift_right_logical"(%30, %20) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %32 = "stablehlo.xor"(%30, %31) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %33 = "stablehlo.constant"() { value = dense<40> : tensor<i64> } : () -> tensor<i64>
    %34 = "stablehlo.broadcast_in_dim"(%33) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<0xi64>
    %35 = "stablehlo.shift_right_logical"(%32, %34) : (tensor<0xi64>, tensor<0xi64>) -> tensor<0xi64>
    %36 = "stablehlo.convert"(%35) : (tensor<0xi64>) -> tensor<0xf32>
    %37 = "stablehlo.constant"() { value = dense<5.960464477539063e-08> : tensor<f32> } : () -> tensor<f32>
    %38 = "stablehlo.broadcast_in_dim"(%37) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0xf32>
    %39 = "stablehlo.multiply"(%36, %38) : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
    %40 = "stablehlo.reshape"(%39) : (tensor<0xf32>) -> tensor<0x4xf32>
    "stablehlo.return"(%40) : (tensor<0x4xf32>) -> ()
  }
}

// ===== rows_odd_f32
module @rows_odd_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<7xf32>) -> tensor<7x13xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 0> } : (tensor<7xf32>) -> tensor<7x13xf32>
    %10 = "stablehlo.divide"(%5, %9) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%10) : (tensor<7x13xf32>) -> ()
  }
}

// ===== cols_odd_f32
module @cols_odd_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<13xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<13xf32>) -> tensor<7x13xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<13xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 1> } : (tensor<13xf32>) -> tensor<7x13xf32>
    %10 = "stablehlo.divide"(%5, %9) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%10) : (tensor<7x13xf32>) -> ()
  }
}

// ===== rank3_middle_f64
module @rank3_middle_f64 {
  func.func @main(%p0_p0: tensor<2x5x3xf64>) -> tensor<2x5x3xf64> {
    %0 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x5x3xf64>, tensor<f64>) -> tensor<2x3xf64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x3xf64>) -> tensor<2x5x3xf64>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<2x5x3xf64>, tensor<2x5x3xf64>) -> tensor<2x5x3xf64>
    %5 = "stablehlo.exponential"(%4) : (tensor<2x5x3xf64>) -> tensor<2x5x3xf64>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%7) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x5x3xf64>, tensor<f64>) -> tensor<2x3xf64>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x3xf64>) -> tensor<2x5x3xf64>
    %10 = "stablehlo.divide"(%5, %9) : (tensor<2x5x3xf64>, tensor<2x5x3xf64>) -> tensor<2x5x3xf64>
    "stablehlo.return"(%10) : (tensor<2x5x3xf64>) -> ()
  }
}

// ===== bf16#1
module @bf16 {
  func.func @main(%p0_p0: tensor<4x9xbf16>) -> tensor<4x9xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<4x9xbf16>) -> tensor<4x9xf32>
    %1 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x9xf32>, tensor<f32>) -> tensor<4xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x9xf32>
    %5 = "stablehlo.subtract"(%0, %4) : (tensor<4x9xf32>, tensor<4x9xf32>) -> tensor<4x9xf32>
    %6 = "stablehlo.exponential"(%5) : (tensor<4x9xf32>) -> tensor<4x9xf32>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%6, %7) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %8 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x9xf32>, tensor<f32>) -> tensor<4xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x9xf32>
    %11 = "stablehlo.divide"(%6, %10) : (tensor<4x9xf32>, tensor<4x9xf32>) -> tensor<4x9xf32>
    %12 = "stablehlo.convert"(%11) : (tensor<4x9xf32>) -> tensor<4x9xbf16>
    "stablehlo.return"(%12) : (tensor<4x9xbf16>) -> ()
  }
}

// ===== f16
module @f16 {
  func.func @main(%p0_p0: tensor<3x6xf16>) -> tensor<3x6xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<3x6xf16>) -> tensor<3x6xf32>
    %1 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x6xf32>, tensor<f32>) -> tensor<3xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x6xf32>
    %5 = "stablehlo.subtract"(%0, %4) : (tensor<3x6xf32>, tensor<3x6xf32>) -> tensor<3x6xf32>
    %6 = "stablehlo.exponential"(%5) : (tensor<3x6xf32>) -> tensor<3x6xf32>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%6, %7) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %8 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x6xf32>, tensor<f32>) -> tensor<3xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x6xf32>
    %11 = "stablehlo.divide"(%6, %10) : (tensor<3x6xf32>, tensor<3x6xf32>) -> tensor<3x6xf32>
    %12 = "stablehlo.convert"(%11) : (tensor<3x6xf32>) -> tensor<3x6xf16>
    "stablehlo.return"(%12) : (tensor<3x6xf16>) -> ()
  }
}

// ===== masked_and_large_f32
module @masked_and_large_f32 {
  func.func @main(%p0_p0: tensor<3x3xf32>) -> tensor<3x3xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x3xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x3xf32>
    %10 = "stablehlo.divide"(%5, %9) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    "stablehlo.return"(%10) : (tensor<3x3xf32>) -> ()
  }
}

// ===== single_f32
module @single_f32 {
  func.func @main(%p0_p0: tensor<1xf32>) -> tensor<1xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<1xf32>) -> tensor<1xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %10 = "stablehlo.divide"(%5, %9) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    "stablehlo.return"(%10) : (tensor<1xf32>) -> ()
  }
}

// ===== empty_lane_f32
module @empty_lane_f32 {
  func.func @main(%p0_p0: tensor<3x0xf32>) -> tensor<3x0xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x0xf32>, tensor<f32>) -> tensor<3xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x0xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<3x0xf32>, tensor<3x0xf32>) -> tensor<3x0xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<3x0xf32>) -> tensor<3x0xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x0xf32>, tensor<f32>) -> tensor<3xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x0xf32>
    %10 = "stablehlo.divide"(%5, %9) : (tensor<3x0xf32>, tensor<3x0xf32>) -> tensor<3x0xf32>
    "stablehlo.return"(%10) : (tensor<3x0xf32>) -> ()
  }
}

// ===== empty_batch_f32#1
module @empty_batch_f32 {
  func.func @main(%p0_p0: tensor<0x4xf32>) -> tensor<0x4xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<0x4xf32>, tensor<f32>) -> tensor<0xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<0xf32>) -> tensor<0x4xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<0x4xf32>, tensor<0x4xf32>) -> tensor<0x4xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<0x4xf32>) -> tensor<0x4xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<0x4xf32>, tensor<f32>) -> tensor<0xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 0> } : (tensor<0xf32>) -> tensor<0x4xf32>
    %10 = "stablehlo.divide"(%5, %9) : (tensor<0x4xf32>, tensor<0x4xf32>) -> tensor<0x4xf32>
    "stablehlo.return"(%10) : (tensor<0x4xf32>) -> ()
  }
}

// ===== rows_odd_f32#1
module @rows_odd_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<7xf32>) -> tensor<7x13xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<7xf32>
    %9 = "stablehlo.log"(%8) : (tensor<7xf32>) -> tensor<7xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0> } : (tensor<7xf32>) -> tensor<7x13xf32>
    %11 = "stablehlo.subtract"(%4, %10) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%11) : (tensor<7x13xf32>) -> ()
  }
}

// ===== cols_odd_f32#1
module @cols_odd_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<13xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<13xf32>) -> tensor<7x13xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<7x13xf32>, tensor<f32>) -> tensor<13xf32>
    %9 = "stablehlo.log"(%8) : (tensor<13xf32>) -> tensor<13xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 1> } : (tensor<13xf32>) -> tensor<7x13xf32>
    %11 = "stablehlo.subtract"(%4, %10) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%11) : (tensor<7x13xf32>) -> ()
  }
}

// ===== rank3_middle_f64#1
module @rank3_middle_f64 {
  func.func @main(%p0_p0: tensor<2x5x3xf64>) -> tensor<2x5x3xf64> {
    %0 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x5x3xf64>, tensor<f64>) -> tensor<2x3xf64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x3xf64>) -> tensor<2x5x3xf64>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<2x5x3xf64>, tensor<2x5x3xf64>) -> tensor<2x5x3xf64>
    %5 = "stablehlo.exponential"(%4) : (tensor<2x5x3xf64>) -> tensor<2x5x3xf64>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%7) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x5x3xf64>, tensor<f64>) -> tensor<2x3xf64>
    %9 = "stablehlo.log"(%8) : (tensor<2x3xf64>) -> tensor<2x3xf64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x3xf64>) -> tensor<2x5x3xf64>
    %11 = "stablehlo.subtract"(%4, %10) : (tensor<2x5x3xf64>, tensor<2x5x3xf64>) -> tensor<2x5x3xf64>
    "stablehlo.return"(%11) : (tensor<2x5x3xf64>) -> ()
  }
}

// ===== bf16#2
module @bf16 {
  func.func @main(%p0_p0: tensor<4x9xbf16>) -> tensor<4x9xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<4x9xbf16>) -> tensor<4x9xf32>
    %1 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x9xf32>, tensor<f32>) -> tensor<4xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x9xf32>
    %5 = "stablehlo.subtract"(%0, %4) : (tensor<4x9xf32>, tensor<4x9xf32>) -> tensor<4x9xf32>
    %6 = "stablehlo.exponential"(%5) : (tensor<4x9xf32>) -> tensor<4x9xf32>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%6, %7) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %8 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x9xf32>, tensor<f32>) -> tensor<4xf32>
    %10 = "stablehlo.log"(%9) : (tensor<4xf32>) -> tensor<4xf32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x9xf32>
    %12 = "stablehlo.subtract"(%5, %11) : (tensor<4x9xf32>, tensor<4x9xf32>) -> tensor<4x9xf32>
    %13 = "stablehlo.convert"(%12) : (tensor<4x9xf32>) -> tensor<4x9xbf16>
    "stablehlo.return"(%13) : (tensor<4x9xbf16>) -> ()
  }
}

// ===== f16#1
module @f16 {
  func.func @main(%p0_p0: tensor<3x6xf16>) -> tensor<3x6xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<3x6xf16>) -> tensor<3x6xf32>
    %1 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x6xf32>, tensor<f32>) -> tensor<3xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x6xf32>
    %5 = "stablehlo.subtract"(%0, %4) : (tensor<3x6xf32>, tensor<3x6xf32>) -> tensor<3x6xf32>
    %6 = "stablehlo.exponential"(%5) : (tensor<3x6xf32>) -> tensor<3x6xf32>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%6, %7) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %8 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x6xf32>, tensor<f32>) -> tensor<3xf32>
    %10 = "stablehlo.log"(%9) : (tensor<3xf32>) -> tensor<3xf32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x6xf32>
    %12 = "stablehlo.subtract"(%5, %11) : (tensor<3x6xf32>, tensor<3x6xf32>) -> tensor<3x6xf32>
    %13 = "stablehlo.convert"(%12) : (tensor<3x6xf32>) -> tensor<3x6xf16>
    "stablehlo.return"(%13) : (tensor<3x6xf16>) -> ()
  }
}

// ===== masked_and_large_f32#1
module @masked_and_large_f32 {
  func.func @main(%p0_p0: tensor<3x3xf32>) -> tensor<3x3xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x3xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    %9 = "stablehlo.log"(%8) : (tensor<3xf32>) -> tensor<3xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x3xf32>
    %11 = "stablehlo.subtract"(%4, %10) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    "stablehlo.return"(%11) : (tensor<3x3xf32>) -> ()
  }
}

// ===== single_f32#1
module @single_f32 {
  func.func @main(%p0_p0: tensor<1xf32>) -> tensor<1xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<1xf32>) -> tensor<1xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %9 = "stablehlo.log"(%8) : (tensor<f32>) -> tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %11 = "stablehlo.subtract"(%4, %10) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    "stablehlo.return"(%11) : (tensor<1xf32>) -> ()
  }
}

// ===== empty_lane_f32#1
module @empty_lane_f32 {
  func.func @main(%p0_p0: tensor<3x0xf32>) -> tensor<3x0xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x0xf32>, tensor<f32>) -> tensor<3xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x0xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<3x0xf32>, tensor<3x0xf32>) -> tensor<3x0xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<3x0xf32>) -> tensor<3x0xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x0xf32>, tensor<f32>) -> tensor<3xf32>
    %9 = "stablehlo.log"(%8) : (tensor<3xf32>) -> tensor<3xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x0xf32>
    %11 = "stablehlo.subtract"(%4, %10) : (tensor<3x0xf32>, tensor<3x0xf32>) -> tensor<3x0xf32>
    "stablehlo.return"(%11) : (tensor<3x0xf32>) -> ()
  }
}

// ===== empty_batch_f32#2
module @empty_batch_f32 {
  func.func @main(%p0_p0: tensor<0x4xf32>) -> tensor<0x4xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<0x4xf32>, tensor<f32>) -> tensor<0xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<0xf32>) -> tensor<0x4xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<0x4xf32>, tensor<0x4xf32>) -> tensor<0x4xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<0x4xf32>) -> tensor<0x4xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<0x4xf32>, tensor<f32>) -> tensor<0xf32>
    %9 = "stablehlo.log"(%8) : (tensor<0xf32>) -> tensor<0xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0> } : (tensor<0xf32>) -> tensor<0x4xf32>
    %11 = "stablehlo.subtract"(%4, %10) : (tensor<0x4xf32>, tensor<0x4xf32>) -> tensor<0x4xf32>
    "stablehlo.return"(%11) : (tensor<0x4xf32>) -> ()
  }
}

// ===== literal#2
module @literal {
  func.func @main(%p0_p0: tensor<3xf64>) -> tensor<3xf64> {
    %0 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3xf64>, tensor<f64>) -> tensor<f64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<3xf64>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
    %5 = "stablehlo.exponential"(%4) : (tensor<3xf64>) -> tensor<3xf64>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%7) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3xf64>, tensor<f64>) -> tensor<f64>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<3xf64>
    %10 = "stablehlo.divide"(%5, %9) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
    "stablehlo.return"(%10) : (tensor<3xf64>) -> ()
  }
}

// ===== literal#3
module @literal {
  func.func @main(%p0_p0: tensor<3xf64>) -> tensor<3xf64> {
    %0 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3xf64>, tensor<f64>) -> tensor<f64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<3xf64>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
    %5 = "stablehlo.exponential"(%4) : (tensor<3xf64>) -> tensor<3xf64>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%7) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<3xf64>, tensor<f64>) -> tensor<f64>
    %9 = "stablehlo.log"(%8) : (tensor<f64>) -> tensor<f64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<3xf64>
    %11 = "stablehlo.subtract"(%4, %10) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
    "stablehlo.return"(%11) : (tensor<3xf64>) -> ()
  }
}

// ===== uniform_literal
module @uniform_literal {
  func.func @main(%p0_p0: tensor<1x4xf32>) -> tensor<1x4xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x4xf32>
    %4 = "stablehlo.subtract"(%p0_p0, %3) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %5 = "stablehlo.exponential"(%4) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x4xf32>
    %10 = "stablehlo.divide"(%5, %9) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    "stablehlo.return"(%10) : (tensor<1x4xf32>) -> ()
  }
}

// ===== literal#4
module @literal {
  func.func @main(%p0_p0: tensor<2xf64>, %p1_p1: tensor<2xf64>, %p2_p2: tensor<2xf64>) -> tensor<2xf64> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<2xf64>, tensor<f64>) -> tensor<f64>
    %3 = "stablehlo.constant"() { value = dense<2.0> : tensor<f64> } : () -> tensor<f64>
    %4 = "stablehlo.divide"(%2, %3) : (tensor<f64>, tensor<f64>) -> tensor<f64>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2xf64>
    %6 = "stablehlo.subtract"(%p0_p0, %5) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %7 = "stablehlo.multiply"(%6, %6) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %8 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %10 = "stablehlo.reduce"(%7, %8) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %9 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%9) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<2xf64>, tensor<f64>) -> tensor<f64>
    %11 = "stablehlo.divide"(%10, %3) : (tensor<f64>, tensor<f64>) -> tensor<f64>
    %12 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %13 = "stablehlo.add"(%11, %12) : (tensor<f64>, tensor<f64>) -> tensor<f64>
    %14 = "stablehlo.rsqrt"(%13) : (tensor<f64>) -> tensor<f64>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2xf64>
    %16 = "stablehlo.multiply"(%6, %15) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %17 = "stablehlo.multiply"(%16, %p1_p1) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %18 = "stablehlo.add"(%17, %p2_p2) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    "stablehlo.return"(%18) : (tensor<2xf64>) -> ()
  }
}

// ===== odd_f32
module @odd_f32 {
  func.func @main(%p0_p0: tensor<3x7xf32>, %p1_p1: tensor<7xf32>, %p2_p2: tensor<7xf32>) -> tensor<3x7xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x7xf32>, tensor<f32>) -> tensor<3xf32>
    %3 = "stablehlo.constant"() { value = dense<7.0> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %5 = "stablehlo.divide"(%2, %4) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x7xf32>
    %7 = "stablehlo.subtract"(%p0_p0, %6) : (tensor<3x7xf32>, tensor<3x7xf32>) -> tensor<3x7xf32>
    %8 = "stablehlo.multiply"(%7, %7) : (tensor<3x7xf32>, tensor<3x7xf32>) -> tensor<3x7xf32>
    %9 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %10 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%10) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x7xf32>, tensor<f32>) -> tensor<3xf32>
    %12 = "stablehlo.divide"(%11, %4) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %13 = "stablehlo.constant"() { value = dense<9.999999747378752e-06> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %15 = "stablehlo.add"(%12, %14) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %16 = "stablehlo.rsqrt"(%15) : (tensor<3xf32>) -> tensor<3xf32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x7xf32>
    %18 = "stablehlo.multiply"(%7, %17) : (tensor<3x7xf32>, tensor<3x7xf32>) -> tensor<3x7xf32>
    %19 = "stablehlo.broadcast_in_dim"(%p1_p1) { broadcast_dimensions = array<i64: 1> } : (tensor<7xf32>) -> tensor<3x7xf32>
    %20 = "stablehlo.multiply"(%18, %19) : (tensor<3x7xf32>, tensor<3x7xf32>) -> tensor<3x7xf32>
    %21 = "stablehlo.broadcast_in_dim"(%p2_p2) { broadcast_dimensions = array<i64: 1> } : (tensor<7xf32>) -> tensor<3x7xf32>
    %22 = "stablehlo.add"(%20, %21) : (tensor<3x7xf32>, tensor<3x7xf32>) -> tensor<3x7xf32>
    "stablehlo.return"(%22) : (tensor<3x7xf32>) -> ()
  }
}

// ===== weight_rank2_f64
module @weight_rank2_f64 {
  func.func @main(%p0_p0: tensor<4x2x3xf64>, %p1_p1: tensor<2x3xf64>, %p2_p2: tensor<2x3xf64>) -> tensor<4x2x3xf64> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%1) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1, 2> } : (tensor<4x2x3xf64>, tensor<f64>) -> tensor<4xf64>
    %3 = "stablehlo.constant"() { value = dense<6.0> : tensor<f64> } : () -> tensor<f64>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<4xf64>
    %5 = "stablehlo.divide"(%2, %4) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf64>) -> tensor<4x2x3xf64>
    %7 = "stablehlo.subtract"(%p0_p0, %6) : (tensor<4x2x3xf64>, tensor<4x2x3xf64>) -> tensor<4x2x3xf64>
    %8 = "stablehlo.multiply"(%7, %7) : (tensor<4x2x3xf64>, tensor<4x2x3xf64>) -> tensor<4x2x3xf64>
    %9 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %10 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%10) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1, 2> } : (tensor<4x2x3xf64>, tensor<f64>) -> tensor<4xf64>
    %12 = "stablehlo.divide"(%11, %4) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %13 = "stablehlo.constant"() { value = dense<1.0e-06> : tensor<f64> } : () -> tensor<f64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<4xf64>
    %15 = "stablehlo.add"(%12, %14) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %16 = "stablehlo.rsqrt"(%15) : (tensor<4xf64>) -> tensor<4xf64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf64>) -> tensor<4x2x3xf64>
    %18 = "stablehlo.multiply"(%7, %17) : (tensor<4x2x3xf64>, tensor<4x2x3xf64>) -> tensor<4x2x3xf64>
    %19 = "stablehlo.broadcast_in_dim"(%p1_p1) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x3xf64>) -> tensor<4x2x3xf64>
    %20 = "stablehlo.multiply"(%18, %19) : (tensor<4x2x3xf64>, tensor<4x2x3xf64>) -> tensor<4x2x3xf64>
    %21 = "stablehlo.broadcast_in_dim"(%p2_p2) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x3xf64>) -> tensor<4x2x3xf64>
    %22 = "stablehlo.add"(%20, %21) : (tensor<4x2x3xf64>, tensor<4x2x3xf64>) -> tensor<4x2x3xf64>
    "stablehlo.return"(%22) : (tensor<4x2x3xf64>) -> ()
  }
}

// ===== bf16#3
module @bf16 {
  func.func @main(%p0_p0: tensor<2x16xbf16>, %p1_p1: tensor<16xbf16>, %p2_p2: tensor<16xbf16>) -> tensor<2x16xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2x16xbf16>) -> tensor<2x16xf32>
    %1 = "stablehlo.convert"(%p1_p1) : (tensor<16xbf16>) -> tensor<16xf32>
    %2 = "stablehlo.convert"(%p2_p2) : (tensor<16xbf16>) -> tensor<16xf32>
    %3 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %5 = "stablehlo.reduce"(%0, %3) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %4 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
    %6 = "stablehlo.constant"() { value = dense<16.0> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2xf32>
    %8 = "stablehlo.divide"(%5, %7) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x16xf32>
    %10 = "stablehlo.subtract"(%0, %9) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %11 = "stablehlo.multiply"(%10, %10) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %12 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.reduce"(%11, %12) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %13 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%13) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
    %15 = "stablehlo.divide"(%14, %7) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %16 = "stablehlo.constant"() { value = dense<9.999999747378752e-06> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2xf32>
    %18 = "stablehlo.add"(%15, %17) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %19 = "stablehlo.rsqrt"(%18) : (tensor<2xf32>) -> tensor<2xf32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x16xf32>
    %21 = "stablehlo.multiply"(%10, %20) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %22 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 1> } : (tensor<16xf32>) -> tensor<2x16xf32>
    %23 = "stablehlo.multiply"(%21, %22) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %24 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<16xf32>) -> tensor<2x16xf32>
    %25 = "stablehlo.add"(%23, %24) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %26 = "stablehlo.convert"(%25) : (tensor<2x16xf32>) -> tensor<2x16xbf16>
    "stablehlo.return"(%26) : (tensor<2x16xbf16>) -> ()
  }
}

// ===== f16_offset_rows
module @f16_offset_rows {
  func.func @main(%p0_p0: tensor<2x4xf16>, %p1_p1: tensor<4xf16>, %p2_p2: tensor<4xf16>) -> tensor<2x4xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2x4xf16>) -> tensor<2x4xf32>
    %1 = "stablehlo.convert"(%p1_p1) : (tensor<4xf16>) -> tensor<4xf32>
    %2 = "stablehlo.convert"(%p2_p2) : (tensor<4xf16>) -> tensor<4xf32>
    %3 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %5 = "stablehlo.reduce"(%0, %3) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %4 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
    %6 = "stablehlo.constant"() { value = dense<4.0> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2xf32>
    %8 = "stablehlo.divide"(%5, %7) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x4xf32>
    %10 = "stablehlo.subtract"(%0, %9) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %11 = "stablehlo.multiply"(%10, %10) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %12 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.reduce"(%11, %12) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %13 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%13) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
    %15 = "stablehlo.divide"(%14, %7) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %16 = "stablehlo.constant"() { value = dense<9.999999747378752e-06> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2xf32>
    %18 = "stablehlo.add"(%15, %17) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %19 = "stablehlo.rsqrt"(%18) : (tensor<2xf32>) -> tensor<2xf32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x4xf32>
    %21 = "stablehlo.multiply"(%10, %20) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %22 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 1> } : (tensor<4xf32>) -> tensor<2x4xf32>
    %23 = "stablehlo.multiply"(%21, %22) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %24 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 1> } : (tensor<4xf32>) -> tensor<2x4xf32>
    %25 = "stablehlo.add"(%23, %24) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %26 = "stablehlo.convert"(%25) : (tensor<2x4xf32>) -> tensor<2x4xf16>
    "stablehlo.return"(%26) : (tensor<2x4xf16>) -> ()
  }
}

// ===== empty_rows_f32
module @empty_rows_f32 {
  func.func @main(%p0_p0: tensor<0x4xf32>, %p1_p1: tensor<4xf32>, %p2_p2: tensor<4xf32>) -> tensor<0x4xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%p0_p0, %0) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %1 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<0x4xf32>, tensor<f32>) -> tensor<0xf32>
    %3 = "stablehlo.constant"() { value = dense<4.0> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0xf32>
    %5 = "stablehlo.divide"(%2, %4) : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0> } : (tensor<0xf32>) -> tensor<0x4xf32>
    %7 = "stablehlo.subtract"(%p0_p0, %6) : (tensor<0x4xf32>, tensor<0x4xf32>) -> tensor<0x4xf32>
    %8 = "stablehlo.multiply"(%7, %7) : (tensor<0x4xf32>, tensor<0x4xf32>) -> tensor<0x4xf32>
    %9 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %10 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%10) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<0x4xf32>, tensor<f32>) -> tensor<0xf32>
    %12 = "stablehlo.divide"(%11, %4) : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
    %13 = "stablehlo.constant"() { value = dense<9.999999747378752e-06> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0xf32>
    %15 = "stablehlo.add"(%12, %14) : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
    %16 = "stablehlo.rsqrt"(%15) : (tensor<0xf32>) -> tensor<0xf32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 0> } : (tensor<0xf32>) -> tensor<0x4xf32>
    %18 = "stablehlo.multiply"(%7, %17) : (tensor<0x4xf32>, tensor<0x4xf32>) -> tensor<0x4xf32>
    %19 = "stablehlo.broadcast_in_dim"(%p1_p1) { broadcast_dimensions = array<i64: 1> } : (tensor<4xf32>) -> tensor<0x4xf32>
    %20 = "stablehlo.multiply"(%18, %19) : (tensor<0x4xf32>, tensor<0x4xf32>) -> tensor<0x4xf32>
    %21 = "stablehlo.broadcast_in_dim"(%p2_p2) { broadcast_dimensions = array<i64: 1> } : (tensor<4xf32>) -> tensor<0x4xf32>
    %22 = "stablehlo.add"(%20, %21) : (tensor<0x4xf32>, tensor<0x4xf32>) -> tensor<0x4xf32>
    "stablehlo.return"(%22) : (tensor<0x4xf32>) -> ()
  }
}

// ===== literal#5
module @literal {
  func.func @main(%p0_p0: tensor<2xf64>, %p1_p1: tensor<2xf64>) -> tensor<2xf64> {
    %0 = "stablehlo.multiply"(%p0_p0, %p0_p0) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %1 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %2 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%2) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 0> } : (tensor<2xf64>, tensor<f64>) -> tensor<f64>
    %4 = "stablehlo.constant"() { value = dense<2.0> : tensor<f64> } : () -> tensor<f64>
    %5 = "stablehlo.divide"(%3, %4) : (tensor<f64>, tensor<f64>) -> tensor<f64>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %7 = "stablehlo.add"(%5, %6) : (tensor<f64>, tensor<f64>) -> tensor<f64>
    %8 = "stablehlo.rsqrt"(%7) : (tensor<f64>) -> tensor<f64>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2xf64>
    %10 = "stablehlo.multiply"(%p0_p0, %9) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %11 = "stablehlo.multiply"(%p1_p1, %10) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    "stablehlo.return"(%11) : (tensor<2xf64>) -> ()
  }
}

// ===== odd_f32#1
module @odd_f32 {
  func.func @main(%p0_p0: tensor<3x7xf32>, %p1_p1: tensor<7xf32>) -> tensor<3x7xf32> {
    %0 = "stablehlo.multiply"(%p0_p0, %p0_p0) : (tensor<3x7xf32>, tensor<3x7xf32>) -> tensor<3x7xf32>
    %1 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x7xf32>, tensor<f32>) -> tensor<3xf32>
    %4 = "stablehlo.constant"() { value = dense<7.0> : tensor<f32> } : () -> tensor<f32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %6 = "stablehlo.divide"(%3, %5) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %7 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %9 = "stablehlo.add"(%6, %8) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %10 = "stablehlo.rsqrt"(%9) : (tensor<3xf32>) -> tensor<3xf32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x7xf32>
    %12 = "stablehlo.multiply"(%p0_p0, %11) : (tensor<3x7xf32>, tensor<3x7xf32>) -> tensor<3x7xf32>
    %13 = "stablehlo.broadcast_in_dim"(%p1_p1) { broadcast_dimensions = array<i64: 1> } : (tensor<7xf32>) -> tensor<3x7xf32>
    %14 = "stablehlo.multiply"(%13, %12) : (tensor<3x7xf32>, tensor<3x7xf32>) -> tensor<3x7xf32>
    "stablehlo.return"(%14) : (tensor<3x7xf32>) -> ()
  }
}

// ===== bf16_hf_rounding
module @bf16_hf_rounding {
  func.func @main(%p0_p0: tensor<2x16xbf16>, %p1_p1: tensor<16xbf16>) -> tensor<2x16xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<2x16xbf16>) -> tensor<2x16xf32>
    %1 = "stablehlo.multiply"(%0, %0) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %2 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.reduce"(%1, %2) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %3 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
    %5 = "stablehlo.constant"() { value = dense<16.0> : tensor<f32> } : () -> tensor<f32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2xf32>
    %7 = "stablehlo.divide"(%4, %6) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %8 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2xf32>
    %10 = "stablehlo.add"(%7, %9) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %11 = "stablehlo.rsqrt"(%10) : (tensor<2xf32>) -> tensor<2xf32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x16xf32>
    %13 = "stablehlo.multiply"(%0, %12) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %14 = "stablehlo.broadcast_in_dim"(%p1_p1) { broadcast_dimensions = array<i64: 1> } : (tensor<16xbf16>) -> tensor<2x16xbf16>
    %15 = "stablehlo.convert"(%13) : (tensor<2x16xf32>) -> tensor<2x16xbf16>
    %16 = "stablehlo.multiply"(%14, %15) : (tensor<2x16xbf16>, tensor<2x16xbf16>) -> tensor<2x16xbf16>
    "stablehlo.return"(%16) : (tensor<2x16xbf16>) -> ()
  }
}

// ===== f16#2
module @f16 {
  func.func @main(%p0_p0: tensor<3x8xf16>, %p1_p1: tensor<8xf16>) -> tensor<3x8xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<3x8xf16>) -> tensor<3x8xf32>
    %1 = "stablehlo.multiply"(%0, %0) : (tensor<3x8xf32>, tensor<3x8xf32>) -> tensor<3x8xf32>
    %2 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.reduce"(%1, %2) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %3 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x8xf32>, tensor<f32>) -> tensor<3xf32>
    %5 = "stablehlo.constant"() { value = dense<8.0> : tensor<f32> } : () -> tensor<f32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %7 = "stablehlo.divide"(%4, %6) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %8 = "stablehlo.constant"() { value = dense<9.999999747378752e-06> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %10 = "stablehlo.add"(%7, %9) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %11 = "stablehlo.rsqrt"(%10) : (tensor<3xf32>) -> tensor<3xf32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x8xf32>
    %13 = "stablehlo.multiply"(%0, %12) : (tensor<3x8xf32>, tensor<3x8xf32>) -> tensor<3x8xf32>
    %14 = "stablehlo.broadcast_in_dim"(%p1_p1) { broadcast_dimensions = array<i64: 1> } : (tensor<8xf16>) -> tensor<3x8xf16>
    %15 = "stablehlo.convert"(%13) : (tensor<3x8xf32>) -> tensor<3x8xf16>
    %16 = "stablehlo.multiply"(%14, %15) : (tensor<3x8xf16>, tensor<3x8xf16>) -> tensor<3x8xf16>
    "stablehlo.return"(%16) : (tensor<3x8xf16>) -> ()
  }
}

// ===== weight_rank2_f64#1
module @weight_rank2_f64 {
  func.func @main(%p0_p0: tensor<2x2x3xf64>, %p1_p1: tensor<2x3xf64>) -> tensor<2x2x3xf64> {
    %0 = "stablehlo.multiply"(%p0_p0, %p0_p0) : (tensor<2x2x3xf64>, tensor<2x2x3xf64>) -> tensor<2x2x3xf64>
    %1 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %2 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%2) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1, 2> } : (tensor<2x2x3xf64>, tensor<f64>) -> tensor<2xf64>
    %4 = "stablehlo.constant"() { value = dense<6.0> : tensor<f64> } : () -> tensor<f64>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2xf64>
    %6 = "stablehlo.divide"(%3, %5) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %7 = "stablehlo.constant"() { value = dense<1.0e-06> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2xf64>
    %9 = "stablehlo.add"(%6, %8) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %10 = "stablehlo.rsqrt"(%9) : (tensor<2xf64>) -> tensor<2xf64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf64>) -> tensor<2x2x3xf64>
    %12 = "stablehlo.multiply"(%p0_p0, %11) : (tensor<2x2x3xf64>, tensor<2x2x3xf64>) -> tensor<2x2x3xf64>
    %13 = "stablehlo.broadcast_in_dim"(%p1_p1) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x3xf64>) -> tensor<2x2x3xf64>
    %14 = "stablehlo.multiply"(%13, %12) : (tensor<2x2x3xf64>, tensor<2x2x3xf64>) -> tensor<2x2x3xf64>
    "stablehlo.return"(%14) : (tensor<2x2x3xf64>) -> ()
  }
}

// ===== zero_row_f32
module @zero_row_f32 {
  func.func @main(%p0_p0: tensor<1x3xf32>, %p1_p1: tensor<3xf32>) -> tensor<1x3xf32> {
    %0 = "stablehlo.multiply"(%p0_p0, %p0_p0) : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
    %1 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x3xf32>, tensor<f32>) -> tensor<1xf32>
    %4 = "stablehlo.constant"() { value = dense<3.0> : tensor<f32> } : () -> tensor<f32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %6 = "stablehlo.divide"(%3, %5) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %7 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %9 = "stablehlo.add"(%6, %8) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %10 = "stablehlo.rsqrt"(%9) : (tensor<1xf32>) -> tensor<1xf32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x3xf32>
    %12 = "stablehlo.multiply"(%p0_p0, %11) : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
    %13 = "stablehlo.broadcast_in_dim"(%p1_p1) { broadcast_dimensions = array<i64: 1> } : (tensor<3xf32>) -> tensor<1x3xf32>
    %14 = "stablehlo.multiply"(%13, %12) : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
    "stablehlo.return"(%14) : (tensor<1x3xf32>) -> ()
  }
}

// ===== none_specials_f32
module @none_specials_f32 {
  func.func @main(%p0_p0: tensor<18xf32>) -> tensor<18xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %2 = "stablehlo.constant"() { value = dense<0.7071067690849304> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %4 = "stablehlo.multiply"(%p0_p0, %3) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %5 = "chlo.erf"(%4) : (tensor<18xf32>) -> tensor<18xf32>
    %6 = "stablehlo.add"(%1, %5) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %7 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %9 = "stablehlo.multiply"(%8, %p0_p0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %10 = "stablehlo.multiply"(%9, %6) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    "stablehlo.return"(%10) : (tensor<18xf32>) -> ()
  }
}

// ===== none_specials_f64
module @none_specials_f64 {
  func.func @main(%p0_p0: tensor<18xf64>) -> tensor<18xf64> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<18xf64>
    %2 = "stablehlo.constant"() { value = dense<0.7071067811865476> : tensor<f64> } : () -> tensor<f64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<18xf64>
    %4 = "stablehlo.multiply"(%p0_p0, %3) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %5 = "chlo.erf"(%4) : (tensor<18xf64>) -> tensor<18xf64>
    %6 = "stablehlo.add"(%1, %5) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %7 = "stablehlo.constant"() { value = dense<0.5> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<18xf64>
    %9 = "stablehlo.multiply"(%8, %p0_p0) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %10 = "stablehlo.multiply"(%9, %6) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    "stablehlo.return"(%10) : (tensor<18xf64>) -> ()
  }
}

// ===== none_specials_bf16
module @none_specials_bf16 {
  func.func @main(%p0_p0: tensor<18xbf16>) -> tensor<18xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<18xbf16>) -> tensor<18xf32>
    %1 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %3 = "stablehlo.constant"() { value = dense<0.7071067690849304> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %5 = "stablehlo.multiply"(%0, %4) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %6 = "chlo.erf"(%5) : (tensor<18xf32>) -> tensor<18xf32>
    %7 = "stablehlo.add"(%2, %6) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %8 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %10 = "stablehlo.multiply"(%9, %0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %11 = "stablehlo.multiply"(%10, %7) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %12 = "stablehlo.convert"(%11) : (tensor<18xf32>) -> tensor<18xbf16>
    "stablehlo.return"(%12) : (tensor<18xbf16>) -> ()
  }
}

// ===== none_specials_f16
module @none_specials_f16 {
  func.func @main(%p0_p0: tensor<18xf16>) -> tensor<18xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<18xf16>) -> tensor<18xf32>
    %1 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %3 = "stablehlo.constant"() { value = dense<0.7071067690849304> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %5 = "stablehlo.multiply"(%0, %4) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %6 = "chlo.erf"(%5) : (tensor<18xf32>) -> tensor<18xf32>
    %7 = "stablehlo.add"(%2, %6) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %8 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %10 = "stablehlo.multiply"(%9, %0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %11 = "stablehlo.multiply"(%10, %7) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %12 = "stablehlo.convert"(%11) : (tensor<18xf32>) -> tensor<18xf16>
    "stablehlo.return"(%12) : (tensor<18xf16>) -> ()
  }
}

// ===== none_odd_f32
module @none_odd_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x13xf32>
    %2 = "stablehlo.constant"() { value = dense<0.7071067690849304> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x13xf32>
    %4 = "stablehlo.multiply"(%p0_p0, %3) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %5 = "chlo.erf"(%4) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    %6 = "stablehlo.add"(%1, %5) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %7 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x13xf32>
    %9 = "stablehlo.multiply"(%8, %p0_p0) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %10 = "stablehlo.multiply"(%9, %6) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%10) : (tensor<7x13xf32>) -> ()
  }
}

// ===== tanh_specials_f32
module @tanh_specials_f32 {
  func.func @main(%p0_p0: tensor<18xf32>) -> tensor<18xf32> {
    %0 = "stablehlo.multiply"(%p0_p0, %p0_p0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %1 = "stablehlo.multiply"(%0, %p0_p0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %2 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %4 = "stablehlo.multiply"(%3, %1) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %5 = "stablehlo.add"(%p0_p0, %4) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %6 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %8 = "stablehlo.multiply"(%7, %5) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %9 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %11 = "stablehlo.tanh"(%8) : (tensor<18xf32>) -> tensor<18xf32>
    %12 = "stablehlo.add"(%10, %11) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %13 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %15 = "stablehlo.multiply"(%14, %p0_p0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %16 = "stablehlo.multiply"(%15, %12) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    "stablehlo.return"(%16) : (tensor<18xf32>) -> ()
  }
}

// ===== tanh_specials_f64
module @tanh_specials_f64 {
  func.func @main(%p0_p0: tensor<18xf64>) -> tensor<18xf64> {
    %0 = "stablehlo.multiply"(%p0_p0, %p0_p0) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %1 = "stablehlo.multiply"(%0, %p0_p0) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %2 = "stablehlo.constant"() { value = dense<0.044715> : tensor<f64> } : () -> tensor<f64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<18xf64>
    %4 = "stablehlo.multiply"(%3, %1) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %5 = "stablehlo.add"(%p0_p0, %4) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %6 = "stablehlo.constant"() { value = dense<0.7978845608028654> : tensor<f64> } : () -> tensor<f64>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<18xf64>
    %8 = "stablehlo.multiply"(%7, %5) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %9 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<18xf64>
    %11 = "stablehlo.tanh"(%8) : (tensor<18xf64>) -> tensor<18xf64>
    %12 = "stablehlo.add"(%10, %11) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %13 = "stablehlo.constant"() { value = dense<0.5> : tensor<f64> } : () -> tensor<f64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<18xf64>
    %15 = "stablehlo.multiply"(%14, %p0_p0) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    %16 = "stablehlo.multiply"(%15, %12) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    "stablehlo.return"(%16) : (tensor<18xf64>) -> ()
  }
}

// ===== tanh_specials_bf16
module @tanh_specials_bf16 {
  func.func @main(%p0_p0: tensor<18xbf16>) -> tensor<18xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<18xbf16>) -> tensor<18xf32>
    %1 = "stablehlo.multiply"(%0, %0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %2 = "stablehlo.multiply"(%1, %0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %3 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %5 = "stablehlo.multiply"(%4, %2) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %6 = "stablehlo.add"(%0, %5) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %7 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %9 = "stablehlo.multiply"(%8, %6) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %10 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %12 = "stablehlo.tanh"(%9) : (tensor<18xf32>) -> tensor<18xf32>
    %13 = "stablehlo.add"(%11, %12) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %14 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %16 = "stablehlo.multiply"(%15, %0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %17 = "stablehlo.multiply"(%16, %13) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %18 = "stablehlo.convert"(%17) : (tensor<18xf32>) -> tensor<18xbf16>
    "stablehlo.return"(%18) : (tensor<18xbf16>) -> ()
  }
}

// ===== tanh_specials_f16
module @tanh_specials_f16 {
  func.func @main(%p0_p0: tensor<18xf16>) -> tensor<18xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<18xf16>) -> tensor<18xf32>
    %1 = "stablehlo.multiply"(%0, %0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %2 = "stablehlo.multiply"(%1, %0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %3 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %5 = "stablehlo.multiply"(%4, %2) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %6 = "stablehlo.add"(%0, %5) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %7 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %9 = "stablehlo.multiply"(%8, %6) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %10 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %12 = "stablehlo.tanh"(%9) : (tensor<18xf32>) -> tensor<18xf32>
    %13 = "stablehlo.add"(%11, %12) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %14 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<18xf32>
    %16 = "stablehlo.multiply"(%15, %0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %17 = "stablehlo.multiply"(%16, %13) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %18 = "stablehlo.convert"(%17) : (tensor<18xf32>) -> tensor<18xf16>
    "stablehlo.return"(%18) : (tensor<18xf16>) -> ()
  }
}

// ===== tanh_odd_f32
module @tanh_odd_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.multiply"(%p0_p0, %p0_p0) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %1 = "stablehlo.multiply"(%0, %p0_p0) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %2 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x13xf32>
    %4 = "stablehlo.multiply"(%3, %1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %5 = "stablehlo.add"(%p0_p0, %4) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %6 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x13xf32>
    %8 = "stablehlo.multiply"(%7, %5) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %9 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x13xf32>
    %11 = "stablehlo.tanh"(%8) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    %12 = "stablehlo.add"(%10, %11) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %13 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x13xf32>
    %15 = "stablehlo.multiply"(%14, %p0_p0) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %16 = "stablehlo.multiply"(%15, %12) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%16) : (tensor<7x13xf32>) -> ()
  }
}

// ===== exact_literal
module @exact_literal {
  func.func @main(%p0_p0: tensor<3xf64>) -> tensor<3xf64> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<3xf64>
    %2 = "stablehlo.constant"() { value = dense<0.7071067811865476> : tensor<f64> } : () -> tensor<f64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<3xf64>
    %4 = "stablehlo.multiply"(%p0_p0, %3) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
    %5 = "chlo.erf"(%4) : (tensor<3xf64>) -> tensor<3xf64>
    %6 = "stablehlo.add"(%1, %5) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
    %7 = "stablehlo.constant"() { value = dense<0.5> : tensor<f64> } : () -> tensor<f64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<3xf64>
    %9 = "stablehlo.multiply"(%8, %p0_p0) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
    %10 = "stablehlo.multiply"(%9, %6) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
    "stablehlo.return"(%10) : (tensor<3xf64>) -> ()
  }
}

// ===== tanh_literal
module @tanh_literal {
  func.func @main(%p0_p0: tensor<1xf64>) -> tensor<1xf64> {
    %0 = "stablehlo.multiply"(%p0_p0, %p0_p0) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %1 = "stablehlo.multiply"(%0, %p0_p0) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %2 = "stablehlo.constant"() { value = dense<0.044715> : tensor<f64> } : () -> tensor<f64>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %4 = "stablehlo.multiply"(%3, %1) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %5 = "stablehlo.add"(%p0_p0, %4) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %6 = "stablehlo.constant"() { value = dense<0.7978845608028654> : tensor<f64> } : () -> tensor<f64>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %8 = "stablehlo.multiply"(%7, %5) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %9 = "stablehlo.constant"() { value = dense<1.0> : tensor<f64> } : () -> tensor<f64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %11 = "stablehlo.tanh"(%8) : (tensor<1xf64>) -> tensor<1xf64>
    %12 = "stablehlo.add"(%10, %11) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %13 = "stablehlo.constant"() { value = dense<0.5> : tensor<f64> } : () -> tensor<f64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %15 = "stablehlo.multiply"(%14, %p0_p0) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %16 = "stablehlo.multiply"(%15, %12) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    "stablehlo.return"(%16) : (tensor<1xf64>) -> ()
  }
}

// ===== empty_f32#24
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0xf32>) -> tensor<0xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0xf32>
    %2 = "stablehlo.constant"() { value = dense<0.7071067690849304> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0xf32>
    %4 = "stablehlo.multiply"(%p0_p0, %3) : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
    %5 = "chlo.erf"(%4) : (tensor<0xf32>) -> tensor<0xf32>
    %6 = "stablehlo.add"(%1, %5) : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
    %7 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0xf32>
    %9 = "stablehlo.multiply"(%8, %p0_p0) : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
    %10 = "stablehlo.multiply"(%9, %6) : (tensor<0xf32>, tensor<0xf32>) -> tensor<0xf32>
    "stablehlo.return"(%10) : (tensor<0xf32>) -> ()
  }
}

// ===== specials_f32#26
module @specials_f32 {
  func.func @main(%p0_p0: tensor<18xf32>) -> tensor<18xf32> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<18xf32>) -> tensor<18xf32>
    %1 = "stablehlo.multiply"(%p0_p0, %0) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    "stablehlo.return"(%1) : (tensor<18xf32>) -> ()
  }
}

// ===== specials_f64#24
module @specials_f64 {
  func.func @main(%p0_p0: tensor<18xf64>) -> tensor<18xf64> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<18xf64>) -> tensor<18xf64>
    %1 = "stablehlo.multiply"(%p0_p0, %0) : (tensor<18xf64>, tensor<18xf64>) -> tensor<18xf64>
    "stablehlo.return"(%1) : (tensor<18xf64>) -> ()
  }
}

// ===== specials_bf16#24
module @specials_bf16 {
  func.func @main(%p0_p0: tensor<18xbf16>) -> tensor<18xbf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<18xbf16>) -> tensor<18xf32>
    %1 = "stablehlo.logistic"(%0) : (tensor<18xf32>) -> tensor<18xf32>
    %2 = "stablehlo.multiply"(%0, %1) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %3 = "stablehlo.convert"(%2) : (tensor<18xf32>) -> tensor<18xbf16>
    "stablehlo.return"(%3) : (tensor<18xbf16>) -> ()
  }
}

// ===== specials_f16#24
module @specials_f16 {
  func.func @main(%p0_p0: tensor<18xf16>) -> tensor<18xf16> {
    %0 = "stablehlo.convert"(%p0_p0) : (tensor<18xf16>) -> tensor<18xf32>
    %1 = "stablehlo.logistic"(%0) : (tensor<18xf32>) -> tensor<18xf32>
    %2 = "stablehlo.multiply"(%0, %1) : (tensor<18xf32>, tensor<18xf32>) -> tensor<18xf32>
    %3 = "stablehlo.convert"(%2) : (tensor<18xf32>) -> tensor<18xf16>
    "stablehlo.return"(%3) : (tensor<18xf16>) -> ()
  }
}

// ===== odd_f32#2
module @odd_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<7x13xf32>) -> tensor<7x13xf32>
    %1 = "stablehlo.multiply"(%p0_p0, %0) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%1) : (tensor<7x13xf32>) -> ()
  }
}

// ===== literal#6
module @literal {
  func.func @main(%p0_p0: tensor<2xf64>) -> tensor<2xf64> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<2xf64>) -> tensor<2xf64>
    %1 = "stablehlo.multiply"(%p0_p0, %0) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    "stablehlo.return"(%1) : (tensor<2xf64>) -> ()
  }
}

// ===== scalar_f32
module @scalar_f32 {
  func.func @main(%p0_p0: tensor<f32>) -> tensor<f32> {
    %0 = "stablehlo.logistic"(%p0_p0) : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.multiply"(%p0_p0, %0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%1) : (tensor<f32>) -> ()
  }
}

// ===== identity_f32
module @identity_f32 {
  func.func @main(%p0_p0: tensor<12xf32>) -> tensor<12xf32> {
    "stablehlo.return"(%p0_p0) : (tensor<12xf32>) -> ()
  }
}

// ===== identity_f64#1
module @identity_f64 {
  func.func @main(%p0_p0: tensor<12xf64>) -> tensor<12xf64> {
    "stablehlo.return"(%p0_p0) : (tensor<12xf64>) -> ()
  }
}

// ===== identity_bf16
module @identity_bf16 {
  func.func @main(%p0_p0: tensor<12xbf16>) -> tensor<12xbf16> {
    "stablehlo.return"(%p0_p0) : (tensor<12xbf16>) -> ()
  }
}

// ===== identity_f16
module @identity_f16 {
  func.func @main(%p0_p0: tensor<12xf16>) -> tensor<12xf16> {
    "stablehlo.return"(%p0_p0) : (tensor<12xf16>) -> ()
  }
}

// ===== in_expression_f32
module @in_expression_f32 {
  func.func @main(%p0_p0: tensor<7x13xf32>) -> tensor<7x13xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x13xf32>
    %2 = "stablehlo.add"(%p0_p0, %1) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    %3 = "stablehlo.multiply"(%2, %p0_p0) : (tensor<7x13xf32>, tensor<7x13xf32>) -> tensor<7x13xf32>
    "stablehlo.return"(%3) : (tensor<7x13xf32>) -> ()
  }
}

// ===== scalar_bf16#10
module @scalar_bf16 {
  func.func @main(%p0_p0: tensor<bf16>) -> tensor<bf16> {
    "stablehlo.return"(%p0_p0) : (tensor<bf16>) -> ()
  }
}

// ===== empty_f32#25
module @empty_f32 {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    "stablehlo.return"(%p0_p0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== literal_two_keys
module @literal_two_keys {
  func.func @main(%p0_p0: tensor<1x1x1x1xf32>, %p1_p1: tensor<1x1x2x1xf32>, %p2_p2: tensor<1x1x2x1xf32>) -> tensor<1x1x1x1xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x1x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x1x2xf32>
    %1 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x1x2xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x1x2xf32>
    %5 = "stablehlo.subtract"(%0, %4) : (tensor<1x1x1x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32>
    %6 = "stablehlo.exponential"(%5) : (tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%6, %7) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %8 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x1x2xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x1x2xf32>
    %11 = "stablehlo.divide"(%6, %10) : (tensor<1x1x1x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32>
    %12 = "stablehlo.dot_general"(%11, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x1x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x1x1xf32>
    "stablehlo.return"(%12) : (tensor<1x1x1x1xf32>) -> ()
  }
}

// ===== literal_masked_row_is_zero
module @literal_masked_row_is_zero {
  func.func @main(%p0_p0: tensor<1x1x1x1xf32>, %p1_p1: tensor<1x1x2x1xf32>, %p2_p2: tensor<1x1x2x1xf32>, %p3_p3: tensor<1x2xi1>) -> tensor<1x1x1x1xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x1x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x1x2xf32>
    %1 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x2xi1>) -> tensor<1x1x2xi1>
    %2 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<1x2xi1>) -> tensor<1x1x1x2xi1>
    %3 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1x1x2xf32>
    %5 = "stablehlo.select"(%2, %0, %4) : (tensor<1x1x1x2xi1>, tensor<1x1x1x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32>
    %6 = "stablehlo.convert"(%1) : (tensor<1x1x2xi1>) -> tensor<1x1x2xf32>
    %7 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%6, %7) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %8 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x2xf32>, tensor<f32>) -> tensor<1x1xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x1xf32>) -> tensor<1x1x1x2xf32>
    %11 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%5, %11) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %12 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x1x2xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x1x2xf32>
    %15 = "stablehlo.subtract"(%5, %14) : (tensor<1x1x1x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32>
    %16 = "stablehlo.exponential"(%15) : (tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %18 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x1x2xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x1x2xf32>
    %21 = "stablehlo.divide"(%16, %20) : (tensor<1x1x1x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32>
    %22 = "stablehlo.multiply"(%21, %10) : (tensor<1x1x1x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32>
    %23 = "stablehlo.dot_general"(%22, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x1x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x1x1xf32>
    "stablehlo.return"(%23) : (tensor<1x1x1x1xf32>) -> ()
  }
}

// ===== literal_sink
module @literal_sink {
  func.func @main(%p0_p0: tensor<1x1x1x1xf32>, %p1_p1: tensor<1x1x1x1xf32>, %p2_p2: tensor<1x1x1x1xf32>, %p3_p3: tensor<1xf32>) -> tensor<1x1x1x1xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 1> } : (tensor<1xf32>) -> tensor<1x1x1xf32>
    %2 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.reduce"(%0, %2) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %3 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x1x1xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %5 = "stablehlo.maximum"(%4, %1) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x1x1xf32>
    %7 = "stablehlo.subtract"(%0, %6) : (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
    %8 = "stablehlo.exponential"(%7) : (tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
    %9 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %10 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%10) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x1x1xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %12 = "stablehlo.subtract"(%1, %5) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %13 = "stablehlo.exponential"(%12) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %14 = "stablehlo.add"(%11, %13) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x1x1xf32>
    %16 = "stablehlo.divide"(%8, %15) : (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
    %17 = "stablehlo.dot_general"(%16, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
    "stablehlo.return"(%17) : (tensor<1x1x1x1xf32>) -> ()
  }
}

// ===== plain
module @plain {
  func.func @main(%p0_p0: tensor<2x2x3x4xf32>, %p1_p1: tensor<2x2x3x4xf32>, %p2_p2: tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x3xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %4 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %6 = "stablehlo.reduce"(%3, %4) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %5 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %8 = "stablehlo.subtract"(%3, %7) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %9 = "stablehlo.exponential"(%8) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %10 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %12 = "stablehlo.reduce"(%9, %10) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %11 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%11) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %14 = "stablehlo.divide"(%9, %13) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %15 = "stablehlo.dot_general"(%14, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "stablehlo.return"(%15) : (tensor<2x2x3x4xf32>) -> ()
  }
}

// ===== causal
module @causal {
  func.func @main(%p0_p0: tensor<2x2x3x4xf32>, %p1_p1: tensor<2x2x3x4xf32>, %p2_p2: tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x3xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x3xi64>
    %5 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x3xi64>
    %6 = "stablehlo.compare"(%5, %4) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x3xi64>, tensor<3x3xi64>) -> tensor<3x3xi1>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x3xi1>) -> tensor<2x2x3x3xi1>
    %8 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %10 = "stablehlo.select"(%7, %3, %9) : (tensor<2x2x3x3xi1>, tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %11 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %12 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %15 = "stablehlo.subtract"(%10, %14) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %16 = "stablehlo.exponential"(%15) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %18 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %21 = "stablehlo.divide"(%16, %20) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %22 = "stablehlo.dot_general"(%21, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "stablehlo.return"(%22) : (tensor<2x2x3x4xf32>) -> ()
  }
}

// ===== causal_decode_default_positions
module @causal_decode_default_positions {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>) -> tensor<2x2x2x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<2x5xi64>
    %5 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %8 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x5xi64>
    %9 = "stablehlo.compare"(%8, %7) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<2x5xi1>) -> tensor<2x2x2x5xi1>
    %11 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %13 = "stablehlo.select"(%10, %3, %12) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %14 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %15 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%15) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %18 = "stablehlo.subtract"(%13, %17) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %19 = "stablehlo.exponential"(%18) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %20 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %22 = "stablehlo.reduce"(%19, %20) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %21 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%21) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %24 = "stablehlo.divide"(%19, %23) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %25 = "stablehlo.dot_general"(%24, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x4xf32>
    "stablehlo.return"(%25) : (tensor<2x2x2x4xf32>) -> ()
  }
}

// ===== causal_window
module @causal_window {
  func.func @main(%p0_p0: tensor<1x2x5x3xf32>, %p1_p1: tensor<1x1x5x3xf32>, %p2_p2: tensor<1x1x5x2xf32>) -> tensor<1x2x5x2xf32> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x2x5x3xf32>) -> tensor<1x1x10x3xf32>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x10x3xf32>, tensor<1x1x5x3xf32>) -> tensor<1x1x10x5xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x1x10x5xf32>) -> tensor<1x2x5x5xf32>
    %3 = "stablehlo.constant"() { value = dense<0.699999988079071> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x2x5x5xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<5x5xi64>
    %7 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<5x5xi64>
    %8 = "stablehlo.compare"(%7, %6) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi1>
    %9 = "stablehlo.subtract"(%6, %7) : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi64>
    %10 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5x5xi64>
    %12 = "stablehlo.compare"(%9, %11) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi1>
    %13 = "stablehlo.and"(%8, %12) : (tensor<5x5xi1>, tensor<5x5xi1>) -> tensor<5x5xi1>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<5x5xi1>) -> tensor<1x2x5x5xi1>
    %15 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x2x5x5xf32>
    %17 = "stablehlo.select"(%14, %5, %16) : (tensor<1x2x5x5xi1>, tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %18 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.reduce"(%17, %18) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %19 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%19) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x5x5xf32>, tensor<f32>) -> tensor<1x2x5xf32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x5xf32>) -> tensor<1x2x5x5xf32>
    %22 = "stablehlo.subtract"(%17, %21) : (tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %23 = "stablehlo.exponential"(%22) : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %24 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%23, %24) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %25 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x5x5xf32>, tensor<f32>) -> tensor<1x2x5xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x5xf32>) -> tensor<1x2x5x5xf32>
    %28 = "stablehlo.divide"(%23, %27) : (tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<1x2x5x5xf32>) -> tensor<1x1x10x5xf32>
    %30 = "stablehlo.dot_general"(%29, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x10x5xf32>, tensor<1x1x5x2xf32>) -> tensor<1x1x10x2xf32>
    %31 = "stablehlo.reshape"(%30) : (tensor<1x1x10x2xf32>) -> tensor<1x2x5x2xf32>
    "stablehlo.return"(%31) : (tensor<1x2x5x2xf32>) -> ()
  }
}

// ===== window_without_causal
module @window_without_causal {
  func.func @main(%p0_p0: tensor<1x2x5x3xf32>, %p1_p1: tensor<1x1x5x3xf32>, %p2_p2: tensor<1x1x5x2xf32>) -> tensor<1x2x5x2xf32> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x2x5x3xf32>) -> tensor<1x1x10x3xf32>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x10x3xf32>, tensor<1x1x5x3xf32>) -> tensor<1x1x10x5xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x1x10x5xf32>) -> tensor<1x2x5x5xf32>
    %3 = "stablehlo.constant"() { value = dense<0.699999988079071> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x2x5x5xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<5x5xi64>
    %7 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<5x5xi64>
    %8 = "stablehlo.subtract"(%6, %7) : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi64>
    %9 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5x5xi64>
    %11 = "stablehlo.compare"(%8, %10) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi1>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<5x5xi1>) -> tensor<1x2x5x5xi1>
    %13 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x2x5x5xf32>
    %15 = "stablehlo.select"(%12, %5, %14) : (tensor<1x2x5x5xi1>, tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %16 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.reduce"(%15, %16) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %17 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%17) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x5x5xf32>, tensor<f32>) -> tensor<1x2x5xf32>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x5xf32>) -> tensor<1x2x5x5xf32>
    %20 = "stablehlo.subtract"(%15, %19) : (tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %21 = "stablehlo.exponential"(%20) : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %22 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.reduce"(%21, %22) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %23 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x5x5xf32>, tensor<f32>) -> tensor<1x2x5xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x5xf32>) -> tensor<1x2x5x5xf32>
    %26 = "stablehlo.divide"(%21, %25) : (tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %27 = "stablehlo.reshape"(%26) : (tensor<1x2x5x5xf32>) -> tensor<1x1x10x5xf32>
    %28 = "stablehlo.dot_general"(%27, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x10x5xf32>, tensor<1x1x5x2xf32>) -> tensor<1x1x10x2xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<1x1x10x2xf32>) -> tensor<1x2x5x2xf32>
    "stablehlo.return"(%29) : (tensor<1x2x5x2xf32>) -> ()
  }
}

// ===== symmetric_window
module @symmetric_window {
  func.func @main(%p0_p0: tensor<1x2x5x3xf32>, %p1_p1: tensor<1x1x5x3xf32>, %p2_p2: tensor<1x1x5x2xf32>) -> tensor<1x2x5x2xf32> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x2x5x3xf32>) -> tensor<1x1x10x3xf32>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x10x3xf32>, tensor<1x1x5x3xf32>) -> tensor<1x1x10x5xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x1x10x5xf32>) -> tensor<1x2x5x5xf32>
    %3 = "stablehlo.constant"() { value = dense<0.699999988079071> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x2x5x5xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<5x5xi64>
    %7 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<5x5xi64>
    %8 = "stablehlo.subtract"(%6, %7) : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi64>
    %9 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<5x5xi64>
    %11 = "stablehlo.compare"(%8, %10) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi1>
    %12 = "stablehlo.subtract"(%7, %6) : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi64>
    %13 = "stablehlo.compare"(%12, %10) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi1>
    %14 = "stablehlo.and"(%11, %13) : (tensor<5x5xi1>, tensor<5x5xi1>) -> tensor<5x5xi1>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<5x5xi1>) -> tensor<1x2x5x5xi1>
    %16 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x2x5x5xf32>
    %18 = "stablehlo.select"(%15, %5, %17) : (tensor<1x2x5x5xi1>, tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %19 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.reduce"(%18, %19) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %20 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%20) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x5x5xf32>, tensor<f32>) -> tensor<1x2x5xf32>
    %22 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x5xf32>) -> tensor<1x2x5x5xf32>
    %23 = "stablehlo.subtract"(%18, %22) : (tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %24 = "stablehlo.exponential"(%23) : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %25 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %27 = "stablehlo.reduce"(%24, %25) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %26 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%26) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x5x5xf32>, tensor<f32>) -> tensor<1x2x5xf32>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x5xf32>) -> tensor<1x2x5x5xf32>
    %29 = "stablehlo.divide"(%24, %28) : (tensor<1x2x5x5xf32>, tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %30 = "stablehlo.reshape"(%29) : (tensor<1x2x5x5xf32>) -> tensor<1x1x10x5xf32>
    %31 = "stablehlo.dot_general"(%30, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x10x5xf32>, tensor<1x1x5x2xf32>) -> tensor<1x1x10x2xf32>
    %32 = "stablehlo.reshape"(%31) : (tensor<1x1x10x2xf32>) -> tensor<1x2x5x2xf32>
    "stablehlo.return"(%32) : (tensor<1x2x5x2xf32>) -> ()
  }
}

// ===== symmetric_window_mask_positions
module @symmetric_window_mask_positions {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>, %p3_p3: tensor<2x5xi1>, %p4_p4: tensor<2x2xi64>) -> tensor<2x2x2x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.broadcast_in_dim"(%p4_p4) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x2xi64>) -> tensor<2x2x5xi64>
    %5 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<2x2x5xi64>
    %6 = "stablehlo.subtract"(%4, %5) : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi64>
    %7 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x2x5xi64>
    %9 = "stablehlo.compare"(%6, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %10 = "stablehlo.subtract"(%5, %4) : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi64>
    %11 = "stablehlo.compare"(%10, %8) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %12 = "stablehlo.and"(%9, %11) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %13 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %14 = "stablehlo.and"(%12, %13) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x2x2x5xi1>
    %16 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %18 = "stablehlo.select"(%15, %3, %17) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %19 = "stablehlo.convert"(%14) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %20 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %22 = "stablehlo.reduce"(%19, %20) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %21 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%21) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x2x2x5xf32>
    %24 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%18, %24) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %25 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %28 = "stablehlo.subtract"(%18, %27) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %29 = "stablehlo.exponential"(%28) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %30 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %31 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %33 = "stablehlo.broadcast_in_dim"(%32) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %34 = "stablehlo.divide"(%29, %33) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %35 = "stablehlo.multiply"(%34, %23) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %36 = "stablehlo.dot_general"(%35, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x4xf32>
    "stablehlo.return"(%36) : (tensor<2x2x2x4xf32>) -> ()
  }
}

// ===== padding_mask_and_empty_row
module @padding_mask_and_empty_row {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>, %p3_p3: tensor<2x5xi1>) -> tensor<2x2x2x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<2x5xi64>
    %5 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %8 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x5xi64>
    %9 = "stablehlo.compare"(%8, %7) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %10 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %11 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %12 = "stablehlo.and"(%11, %10) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x2x2x5xi1>
    %14 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %16 = "stablehlo.select"(%13, %3, %15) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %17 = "stablehlo.convert"(%12) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %18 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.reduce"(%17, %18) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %19 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%19) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x2x2x5xf32>
    %22 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.reduce"(%16, %22) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %23 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %26 = "stablehlo.subtract"(%16, %25) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %27 = "stablehlo.exponential"(%26) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %28 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %30 = "stablehlo.reduce"(%27, %28) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %29 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %31 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %32 = "stablehlo.divide"(%27, %31) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %33 = "stablehlo.multiply"(%32, %21) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %34 = "stablehlo.dot_general"(%33, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x4xf32>
    "stablehlo.return"(%34) : (tensor<2x2x2x4xf32>) -> ()
  }
}

// ===== positions_rank1
module @positions_rank1 {
  func.func @main(%p0_p0: tensor<1x1x3x2xf32>, %p1_p1: tensor<1x1x6x2xf32>, %p2_p2: tensor<1x1x6x2xf32>, %p3_p3: tensor<3xi32>) -> tensor<1x1x3x2xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x3x2xf32>, tensor<1x1x6x2xf32>) -> tensor<1x1x3x6xf32>
    %1 = "stablehlo.convert"(%p3_p3) : (tensor<3xi32>) -> tensor<3xi64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0> } : (tensor<3xi64>) -> tensor<3x6xi64>
    %3 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x6xi64>
    %4 = "stablehlo.compare"(%3, %2) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x6xi64>, tensor<3x6xi64>) -> tensor<3x6xi1>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x6xi1>) -> tensor<1x1x3x6xi1>
    %6 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1x3x6xf32>
    %8 = "stablehlo.select"(%5, %0, %7) : (tensor<1x1x3x6xi1>, tensor<1x1x3x6xf32>, tensor<1x1x3x6xf32>) -> tensor<1x1x3x6xf32>
    %9 = "stablehlo.convert"(%4) : (tensor<3x6xi1>) -> tensor<3x6xf32>
    %10 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %12 = "stablehlo.reduce"(%9, %10) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %11 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%11) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x6xf32>, tensor<f32>) -> tensor<3xf32>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64: 2> } : (tensor<3xf32>) -> tensor<1x1x3x6xf32>
    %14 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.reduce"(%8, %14) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %15 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%15) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x3x6xf32>, tensor<f32>) -> tensor<1x1x3xf32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x3xf32>) -> tensor<1x1x3x6xf32>
    %18 = "stablehlo.subtract"(%8, %17) : (tensor<1x1x3x6xf32>, tensor<1x1x3x6xf32>) -> tensor<1x1x3x6xf32>
    %19 = "stablehlo.exponential"(%18) : (tensor<1x1x3x6xf32>) -> tensor<1x1x3x6xf32>
    %20 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %22 = "stablehlo.reduce"(%19, %20) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %21 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%21) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x3x6xf32>, tensor<f32>) -> tensor<1x1x3xf32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x3xf32>) -> tensor<1x1x3x6xf32>
    %24 = "stablehlo.divide"(%19, %23) : (tensor<1x1x3x6xf32>, tensor<1x1x3x6xf32>) -> tensor<1x1x3x6xf32>
    %25 = "stablehlo.multiply"(%24, %13) : (tensor<1x1x3x6xf32>, tensor<1x1x3x6xf32>) -> tensor<1x1x3x6xf32>
    %26 = "stablehlo.dot_general"(%25, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x3x6xf32>, tensor<1x1x6x2xf32>) -> tensor<1x1x3x2xf32>
    "stablehlo.return"(%26) : (tensor<1x1x3x2xf32>) -> ()
  }
}

// ===== positions_rank2_window
module @positions_rank2_window {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>, %p3_p3: tensor<2x2xi64>) -> tensor<2x2x2x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x2xi64>) -> tensor<2x2x5xi64>
    %5 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<2x2x5xi64>
    %6 = "stablehlo.compare"(%5, %4) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %7 = "stablehlo.subtract"(%4, %5) : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi64>
    %8 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x2x5xi64>
    %10 = "stablehlo.compare"(%7, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %11 = "stablehlo.and"(%6, %10) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x2x2x5xi1>
    %13 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %15 = "stablehlo.select"(%12, %3, %14) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %16 = "stablehlo.convert"(%11) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %17 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %18 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x2x2x5xf32>
    %21 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %23 = "stablehlo.reduce"(%15, %21) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %22 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%22) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %25 = "stablehlo.subtract"(%15, %24) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %26 = "stablehlo.exponential"(%25) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %27 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.reduce"(%26, %27) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %28 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%28) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %30 = "stablehlo.broadcast_in_dim"(%29) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %31 = "stablehlo.divide"(%26, %30) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %32 = "stablehlo.multiply"(%31, %20) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %33 = "stablehlo.dot_general"(%32, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x4xf32>
    "stablehlo.return"(%33) : (tensor<2x2x2x4xf32>) -> ()
  }
}

// ===== sinks
module @sinks {
  func.func @main(%p0_p0: tensor<2x2x3x4xf32>, %p1_p1: tensor<2x2x3x4xf32>, %p2_p2: tensor<2x2x3x4xf32>, %p3_p3: tensor<2xf32>) -> tensor<2x2x3x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x3xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x3xi64>
    %5 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x3xi64>
    %6 = "stablehlo.compare"(%5, %4) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x3xi64>, tensor<3x3xi64>) -> tensor<3x3xi1>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x3xi1>) -> tensor<2x2x3x3xi1>
    %8 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %10 = "stablehlo.select"(%7, %3, %9) : (tensor<2x2x3x3xi1>, tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %11 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 1> } : (tensor<2xf32>) -> tensor<2x2x3xf32>
    %12 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.reduce"(%10, %12) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %13 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%13) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %15 = "stablehlo.maximum"(%14, %11) : (tensor<2x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %17 = "stablehlo.subtract"(%10, %16) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %18 = "stablehlo.exponential"(%17) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %19 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.reduce"(%18, %19) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %20 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%20) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %22 = "stablehlo.subtract"(%11, %15) : (tensor<2x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %23 = "stablehlo.exponential"(%22) : (tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %24 = "stablehlo.add"(%21, %23) : (tensor<2x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %26 = "stablehlo.divide"(%18, %25) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %27 = "stablehlo.dot_general"(%26, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "stablehlo.return"(%27) : (tensor<2x2x3x4xf32>) -> ()
  }
}

// ===== softcap
module @softcap {
  func.func @main(%p0_p0: tensor<2x2x3x4xf32>, %p1_p1: tensor<2x2x3x4xf32>, %p2_p2: tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x3xf32>
    %1 = "stablehlo.constant"() { value = dense<3.0> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %4 = "stablehlo.constant"() { value = dense<2.0> : tensor<f32> } : () -> tensor<f32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %6 = "stablehlo.divide"(%3, %5) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %7 = "stablehlo.tanh"(%6) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %9 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %11 = "stablehlo.reduce"(%8, %9) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %10 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%10) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %13 = "stablehlo.subtract"(%8, %12) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %14 = "stablehlo.exponential"(%13) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %15 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.reduce"(%14, %15) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %16 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%16) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %19 = "stablehlo.divide"(%14, %18) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %20 = "stablehlo.dot_general"(%19, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "stablehlo.return"(%20) : (tensor<2x2x3x4xf32>) -> ()
  }
}

// ===== gqa_dv
module @gqa_dv {
  func.func @main(%p0_p0: tensor<1x4x3x4xf32>, %p1_p1: tensor<1x2x4x4xf32>, %p2_p2: tensor<1x2x4x3xf32>) -> tensor<1x4x3x3xf32> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x4x3x4xf32>) -> tensor<1x2x6x4xf32>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x6x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x6x4xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x2x6x4xf32>) -> tensor<1x4x3x4xf32>
    %3 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x4xi64>
    %7 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3x4xi64>
    %9 = "stablehlo.add"(%6, %8) : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x4xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi1>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x4xi1>) -> tensor<1x4x3x4xi1>
    %13 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %15 = "stablehlo.select"(%12, %5, %14) : (tensor<1x4x3x4xi1>, tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %16 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.reduce"(%15, %16) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %17 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%17) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %20 = "stablehlo.subtract"(%15, %19) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %21 = "stablehlo.exponential"(%20) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %22 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.reduce"(%21, %22) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %23 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %26 = "stablehlo.divide"(%21, %25) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %27 = "stablehlo.reshape"(%26) : (tensor<1x4x3x4xf32>) -> tensor<1x2x6x4xf32>
    %28 = "stablehlo.dot_general"(%27, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x6x4xf32>, tensor<1x2x4x3xf32>) -> tensor<1x2x6x3xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<1x2x6x3xf32>) -> tensor<1x4x3x3xf32>
    "stablehlo.return"(%29) : (tensor<1x4x3x3xf32>) -> ()
  }
}

// ===== everything_bf16
module @everything_bf16 {
  func.func @main(%p0_p0: tensor<1x4x3x4xbf16>, %p1_p1: tensor<1x2x4x4xbf16>, %p2_p2: tensor<1x2x4x3xbf16>, %p3_p3: tensor<1x4xi1>, %p4_p4: tensor<3xi32>, %p5_p5: tensor<4xbf16>) -> tensor<1x4x3x3xbf16> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x4x3x4xbf16>) -> tensor<1x2x6x4xbf16>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x4xbf16>, tensor<1x2x4x4xbf16>) -> tensor<1x2x6x4xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x2x6x4xf32>) -> tensor<1x4x3x4xf32>
    %3 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %6 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %8 = "stablehlo.divide"(%5, %7) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %9 = "stablehlo.tanh"(%8) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %10 = "stablehlo.multiply"(%7, %9) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %11 = "stablehlo.convert"(%p4_p4) : (tensor<3xi32>) -> tensor<3xi64>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 0> } : (tensor<3xi64>) -> tensor<3x4xi64>
    %13 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x4xi64>
    %14 = "stablehlo.compare"(%13, %12) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi1>
    %15 = "stablehlo.subtract"(%12, %13) : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi64>
    %16 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3x4xi64>
    %18 = "stablehlo.compare"(%15, %17) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi1>
    %19 = "stablehlo.and"(%14, %18) : (tensor<3x4xi1>, tensor<3x4xi1>) -> tensor<3x4xi1>
    %20 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x4xi1>) -> tensor<1x3x4xi1>
    %21 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<3x4xi1>) -> tensor<1x3x4xi1>
    %22 = "stablehlo.and"(%21, %20) : (tensor<1x3x4xi1>, tensor<1x3x4xi1>) -> tensor<1x3x4xi1>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<1x3x4xi1>) -> tensor<1x4x3x4xi1>
    %24 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %26 = "stablehlo.select"(%23, %10, %25) : (tensor<1x4x3x4xi1>, tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %27 = "stablehlo.convert"(%22) : (tensor<1x3x4xi1>) -> tensor<1x3x4xf32>
    %28 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %30 = "stablehlo.reduce"(%27, %28) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %29 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x3x4xf32>, tensor<f32>) -> tensor<1x3xf32>
    %31 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x3xf32>) -> tensor<1x4x3x4xf32>
    %32 = "stablehlo.convert"(%p5_p5) : (tensor<4xbf16>) -> tensor<4xf32>
    %33 = "stablehlo.broadcast_in_dim"(%32) { broadcast_dimensions = array<i64: 1> } : (tensor<4xf32>) -> tensor<1x4x3xf32>
    %34 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %36 = "stablehlo.reduce"(%26, %34) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %35 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%35) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %37 = "stablehlo.maximum"(%36, %33) : (tensor<1x4x3xf32>, tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %38 = "stablehlo.broadcast_in_dim"(%37) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %39 = "stablehlo.subtract"(%26, %38) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %40 = "stablehlo.exponential"(%39) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %41 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %43 = "stablehlo.reduce"(%40, %41) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %42 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%42) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %44 = "stablehlo.subtract"(%33, %37) : (tensor<1x4x3xf32>, tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %45 = "stablehlo.exponential"(%44) : (tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %46 = "stablehlo.add"(%43, %45) : (tensor<1x4x3xf32>, tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %48 = "stablehlo.divide"(%40, %47) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %49 = "stablehlo.multiply"(%48, %31) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %50 = "stablehlo.convert"(%49) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xbf16>
    %51 = "stablehlo.reshape"(%50) : (tensor<1x4x3x4xbf16>) -> tensor<1x2x6x4xbf16>
    %52 = "stablehlo.dot_general"(%51, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x4xbf16>, tensor<1x2x4x3xbf16>) -> tensor<1x2x6x3xf32>
    %53 = "stablehlo.reshape"(%52) : (tensor<1x2x6x3xf32>) -> tensor<1x4x3x3xf32>
    %54 = "stablehlo.convert"(%53) : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xbf16>
    "stablehlo.return"(%54) : (tensor<1x4x3x3xbf16>) -> ()
  }
}

// ===== everything_f64
module @everything_f64 {
  func.func @main(%p0_p0: tensor<1x4x3x4xf64>, %p1_p1: tensor<1x2x4x4xf64>, %p2_p2: tensor<1x2x4x3xf64>, %p3_p3: tensor<1x4xi1>, %p4_p4: tensor<1x3xi64>, %p5_p5: tensor<4xf64>) -> tensor<1x4x3x3xf64> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x4x3x4xf64>) -> tensor<1x2x6x4xf64>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x6x4xf64>, tensor<1x2x4x4xf64>) -> tensor<1x2x6x4xf64>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x2x6x4xf64>) -> tensor<1x4x3x4xf64>
    %3 = "stablehlo.constant"() { value = dense<0.5> : tensor<f64> } : () -> tensor<f64>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1x4x3x4xf64>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<1x4x3x4xf64>, tensor<1x4x3x4xf64>) -> tensor<1x4x3x4xf64>
    %6 = "stablehlo.constant"() { value = dense<1.5> : tensor<f64> } : () -> tensor<f64>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1x4x3x4xf64>
    %8 = "stablehlo.divide"(%5, %7) : (tensor<1x4x3x4xf64>, tensor<1x4x3x4xf64>) -> tensor<1x4x3x4xf64>
    %9 = "stablehlo.tanh"(%8) : (tensor<1x4x3x4xf64>) -> tensor<1x4x3x4xf64>
    %10 = "stablehlo.multiply"(%7, %9) : (tensor<1x4x3x4xf64>, tensor<1x4x3x4xf64>) -> tensor<1x4x3x4xf64>
    %11 = "stablehlo.broadcast_in_dim"(%p4_p4) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x3xi64>) -> tensor<1x3x4xi64>
    %12 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<1x3x4xi64>
    %13 = "stablehlo.compare"(%12, %11) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<1x3x4xi64>, tensor<1x3x4xi64>) -> tensor<1x3x4xi1>
    %14 = "stablehlo.subtract"(%11, %12) : (tensor<1x3x4xi64>, tensor<1x3x4xi64>) -> tensor<1x3x4xi64>
    %15 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1x3x4xi64>
    %17 = "stablehlo.compare"(%14, %16) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<1x3x4xi64>, tensor<1x3x4xi64>) -> tensor<1x3x4xi1>
    %18 = "stablehlo.and"(%13, %17) : (tensor<1x3x4xi1>, tensor<1x3x4xi1>) -> tensor<1x3x4xi1>
    %19 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x4xi1>) -> tensor<1x3x4xi1>
    %20 = "stablehlo.and"(%18, %19) : (tensor<1x3x4xi1>, tensor<1x3x4xi1>) -> tensor<1x3x4xi1>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<1x3x4xi1>) -> tensor<1x4x3x4xi1>
    %22 = "stablehlo.constant"() { value = dense<-1.7976931348623157e+308> : tensor<f64> } : () -> tensor<f64>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1x4x3x4xf64>
    %24 = "stablehlo.select"(%21, %10, %23) : (tensor<1x4x3x4xi1>, tensor<1x4x3x4xf64>, tensor<1x4x3x4xf64>) -> tensor<1x4x3x4xf64>
    %25 = "stablehlo.convert"(%20) : (tensor<1x3x4xi1>) -> tensor<1x3x4xf64>
    %26 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %28 = "stablehlo.reduce"(%25, %26) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %27 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%27) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x3x4xf64>, tensor<f64>) -> tensor<1x3xf64>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x3xf64>) -> tensor<1x4x3x4xf64>
    %30 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 1> } : (tensor<4xf64>) -> tensor<1x4x3xf64>
    %31 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %33 = "stablehlo.reduce"(%24, %31) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %32 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%32) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf64>, tensor<f64>) -> tensor<1x4x3xf64>
    %34 = "stablehlo.maximum"(%33, %30) : (tensor<1x4x3xf64>, tensor<1x4x3xf64>) -> tensor<1x4x3xf64>
    %35 = "stablehlo.broadcast_in_dim"(%34) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf64>) -> tensor<1x4x3x4xf64>
    %36 = "stablehlo.subtract"(%24, %35) : (tensor<1x4x3x4xf64>, tensor<1x4x3x4xf64>) -> tensor<1x4x3x4xf64>
    %37 = "stablehlo.exponential"(%36) : (tensor<1x4x3x4xf64>) -> tensor<1x4x3x4xf64>
    %38 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %40 = "stablehlo.reduce"(%37, %38) ({
      ^reductionFn(%c3_lhs: tensor<f64>, %c3_rhs: tensor<f64>) :
          %39 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%39) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf64>, tensor<f64>) -> tensor<1x4x3xf64>
    %41 = "stablehlo.subtract"(%30, %34) : (tensor<1x4x3xf64>, tensor<1x4x3xf64>) -> tensor<1x4x3xf64>
    %42 = "stablehlo.exponential"(%41) : (tensor<1x4x3xf64>) -> tensor<1x4x3xf64>
    %43 = "stablehlo.add"(%40, %42) : (tensor<1x4x3xf64>, tensor<1x4x3xf64>) -> tensor<1x4x3xf64>
    %44 = "stablehlo.broadcast_in_dim"(%43) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf64>) -> tensor<1x4x3x4xf64>
    %45 = "stablehlo.divide"(%37, %44) : (tensor<1x4x3x4xf64>, tensor<1x4x3x4xf64>) -> tensor<1x4x3x4xf64>
    %46 = "stablehlo.multiply"(%45, %29) : (tensor<1x4x3x4xf64>, tensor<1x4x3x4xf64>) -> tensor<1x4x3x4xf64>
    %47 = "stablehlo.reshape"(%46) : (tensor<1x4x3x4xf64>) -> tensor<1x2x6x4xf64>
    %48 = "stablehlo.dot_general"(%47, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x6x4xf64>, tensor<1x2x4x3xf64>) -> tensor<1x2x6x3xf64>
    %49 = "stablehlo.reshape"(%48) : (tensor<1x2x6x3xf64>) -> tensor<1x4x3x3xf64>
    "stablehlo.return"(%49) : (tensor<1x4x3x3xf64>) -> ()
  }
}

// ===== f16#3
module @f16 {
  func.func @main(%p0_p0: tensor<2x2x3x4xf16>, %p1_p1: tensor<2x2x3x4xf16>, %p2_p2: tensor<2x2x3x4xf16>) -> tensor<2x2x3x4xf16> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x2x3x4xf16>, tensor<2x2x3x4xf16>) -> tensor<2x2x3x3xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x3xi64>
    %5 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x3xi64>
    %6 = "stablehlo.compare"(%5, %4) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x3xi64>, tensor<3x3xi64>) -> tensor<3x3xi1>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x3xi1>) -> tensor<2x2x3x3xi1>
    %8 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %10 = "stablehlo.select"(%7, %3, %9) : (tensor<2x2x3x3xi1>, tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %11 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %12 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %15 = "stablehlo.subtract"(%10, %14) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %16 = "stablehlo.exponential"(%15) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %18 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %21 = "stablehlo.divide"(%16, %20) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %22 = "stablehlo.convert"(%21) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf16>
    %23 = "stablehlo.dot_general"(%22, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x2x3x3xf16>, tensor<2x2x3x4xf16>) -> tensor<2x2x3x4xf32>
    %24 = "stablehlo.convert"(%23) : (tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf16>
    "stablehlo.return"(%24) : (tensor<2x2x3x4xf16>) -> ()
  }
}

// ===== no_queries
module @no_queries {
  func.func @main(%p0_p0: tensor<1x1x0x2xf32>, %p1_p1: tensor<1x1x3x2xf32>, %p2_p2: tensor<1x1x3x2xf32>) -> tensor<1x1x0x2xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x0x2xf32>, tensor<1x1x3x2xf32>) -> tensor<1x1x0x3xf32>
    %1 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3 = "stablehlo.reduce"(%0, %1) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %2 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x0x3xf32>, tensor<f32>) -> tensor<1x1x0xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x0xf32>) -> tensor<1x1x0x3xf32>
    %5 = "stablehlo.subtract"(%0, %4) : (tensor<1x1x0x3xf32>, tensor<1x1x0x3xf32>) -> tensor<1x1x0x3xf32>
    %6 = "stablehlo.exponential"(%5) : (tensor<1x1x0x3xf32>) -> tensor<1x1x0x3xf32>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%6, %7) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %8 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x1x0x3xf32>, tensor<f32>) -> tensor<1x1x0xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x0xf32>) -> tensor<1x1x0x3xf32>
    %11 = "stablehlo.divide"(%6, %10) : (tensor<1x1x0x3xf32>, tensor<1x1x0x3xf32>) -> tensor<1x1x0x3xf32>
    %12 = "stablehlo.dot_general"(%11, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x0x3xf32>, tensor<1x1x3x2xf32>) -> tensor<1x1x0x2xf32>
    "stablehlo.return"(%12) : (tensor<1x1x0x2xf32>) -> ()
  }
}

// ===== no_keys_zeros
module @no_keys_zeros {
  func.func @main(%p0_p0: tensor<1x2x2x2xf32>, %p1_p1: tensor<1x1x0x2xf32>, %p2_p2: tensor<1x1x0x3xf32>, %p3_p3: tensor<2xf32>) -> tensor<1x2x2x3xf32> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x2x2x2xf32>) -> tensor<1x1x4x2xf32>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x4x2xf32>, tensor<1x1x0x2xf32>) -> tensor<1x1x4x0xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x1x4x0xf32>) -> tensor<1x2x2x0xf32>
    %3 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 1> } : (tensor<2xf32>) -> tensor<1x2x2xf32>
    %4 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %6 = "stablehlo.reduce"(%2, %4) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %5 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x2x0xf32>, tensor<f32>) -> tensor<1x2x2xf32>
    %7 = "stablehlo.maximum"(%6, %3) : (tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x2xf32>) -> tensor<1x2x2x0xf32>
    %9 = "stablehlo.subtract"(%2, %8) : (tensor<1x2x2x0xf32>, tensor<1x2x2x0xf32>) -> tensor<1x2x2x0xf32>
    %10 = "stablehlo.exponential"(%9) : (tensor<1x2x2x0xf32>) -> tensor<1x2x2x0xf32>
    %11 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %12 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x2x0xf32>, tensor<f32>) -> tensor<1x2x2xf32>
    %14 = "stablehlo.subtract"(%3, %7) : (tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
    %15 = "stablehlo.exponential"(%14) : (tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
    %16 = "stablehlo.add"(%13, %15) : (tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x2xf32>) -> tensor<1x2x2x0xf32>
    %18 = "stablehlo.divide"(%10, %17) : (tensor<1x2x2x0xf32>, tensor<1x2x2x0xf32>) -> tensor<1x2x2x0xf32>
    %19 = "stablehlo.reshape"(%18) : (tensor<1x2x2x0xf32>) -> tensor<1x1x4x0xf32>
    %20 = "stablehlo.dot_general"(%19, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x4x0xf32>, tensor<1x1x0x3xf32>) -> tensor<1x1x4x3xf32>
    %21 = "stablehlo.reshape"(%20) : (tensor<1x1x4x3xf32>) -> tensor<1x2x2x3xf32>
    "stablehlo.return"(%21) : (tensor<1x2x2x3xf32>) -> ()
  }
}

// ===== causal_dq
module @causal_dq {
  func.func @main(%p0_p0: tensor<2x2x3x4xf32>, %p1_p1: tensor<2x2x3x4xf32>, %p2_p2: tensor<2x2x3x4xf32>, %p3_p3: tensor<2x2x3x4xf32>, %p4_p4: tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x3xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x3xi64>
    %5 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x3xi64>
    %6 = "stablehlo.compare"(%5, %4) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x3xi64>, tensor<3x3xi64>) -> tensor<3x3xi1>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x3xi1>) -> tensor<2x2x3x3xi1>
    %8 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %10 = "stablehlo.select"(%7, %3, %9) : (tensor<2x2x3x3xi1>, tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %11 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %12 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %15 = "stablehlo.subtract"(%10, %14) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %16 = "stablehlo.exponential"(%15) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %18 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %20 = "stablehlo.log"(%19) : (tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %21 = "stablehlo.add"(%13, %20) : (tensor<2x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %22 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %23 = "stablehlo.subtract"(%10, %22) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %24 = "stablehlo.exponential"(%23) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %25 = "stablehlo.dot_general"(%p4_p4, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x3xf32>
    %26 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    %27 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.reduce"(%26, %27) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %28 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%28) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x4xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %30 = "stablehlo.broadcast_in_dim"(%29) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %31 = "stablehlo.subtract"(%25, %30) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %32 = "stablehlo.multiply"(%24, %31) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %33 = "stablehlo.dot_general"(%32, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    %34 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x4xf32>
    %35 = "stablehlo.multiply"(%33, %34) : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "stablehlo.return"(%35) : (tensor<2x2x3x4xf32>) -> ()
  }
}

// ===== gqa_padding_mask_and_empty_row_dq
module @gqa_padding_mask_and_empty_row_dq {
  func.func @main(%p0_p0: tensor<2x4x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x3xf32>, %p3_p3: tensor<2x4x2x3xf32>, %p4_p4: tensor<2x4x2x3xf32>, %p5_p5: tensor<2x5xi1>) -> tensor<2x4x2x4xf32> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<2x4x2x4xf32>) -> tensor<2x2x4x4xf32>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x4x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x4x5xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<2x2x4x5xf32>) -> tensor<2x4x2x5xf32>
    %3 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x5xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<2x5xi64>
    %7 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %9 = "stablehlo.add"(%6, %8) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x5xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %12 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %13 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %14 = "stablehlo.and"(%13, %12) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x4x2x5xi1>
    %16 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x5xf32>
    %18 = "stablehlo.select"(%15, %5, %17) : (tensor<2x4x2x5xi1>, tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %19 = "stablehlo.convert"(%14) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %20 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %22 = "stablehlo.reduce"(%19, %20) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %21 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%21) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x4x2x5xf32>
    %24 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%18, %24) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %25 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x5xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x5xf32>
    %28 = "stablehlo.subtract"(%18, %27) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %29 = "stablehlo.exponential"(%28) : (tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %30 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %31 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x5xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %33 = "stablehlo.log"(%32) : (tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
    %34 = "stablehlo.add"(%26, %33) : (tensor<2x4x2xf32>, tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
    %35 = "stablehlo.broadcast_in_dim"(%34) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x5xf32>
    %36 = "stablehlo.subtract"(%18, %35) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %37 = "stablehlo.exponential"(%36) : (tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %38 = "stablehlo.multiply"(%37, %23) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %39 = "stablehlo.reshape"(%p4_p4) : (tensor<2x4x2x3xf32>) -> tensor<2x2x4x3xf32>
    %40 = "stablehlo.dot_general"(%39, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x4x3xf32>, tensor<2x2x5x3xf32>) -> tensor<2x2x4x5xf32>
    %41 = "stablehlo.reshape"(%40) : (tensor<2x2x4x5xf32>) -> tensor<2x4x2x5xf32>
    %42 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x4x2x3xf32>, tensor<2x4x2x3xf32>) -> tensor<2x4x2x3xf32>
    %43 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %45 = "stablehlo.reduce"(%42, %43) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %44 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%44) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x3xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x5xf32>
    %47 = "stablehlo.subtract"(%41, %46) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %48 = "stablehlo.multiply"(%38, %47) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %49 = "stablehlo.reshape"(%48) : (tensor<2x4x2x5xf32>) -> tensor<2x2x4x5xf32>
    %50 = "stablehlo.dot_general"(%49, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x4x5xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x4x4xf32>
    %51 = "stablehlo.reshape"(%50) : (tensor<2x2x4x4xf32>) -> tensor<2x4x2x4xf32>
    %52 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x4xf32>
    %53 = "stablehlo.multiply"(%51, %52) : (tensor<2x4x2x4xf32>, tensor<2x4x2x4xf32>) -> tensor<2x4x2x4xf32>
    "stablehlo.return"(%53) : (tensor<2x4x2x4xf32>) -> ()
  }
}

// ===== softcap_window_positions_dq
module @softcap_window_positions_dq {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>, %p3_p3: tensor<2x2x2x4xf32>, %p4_p4: tensor<2x2x2x4xf32>, %p5_p5: tensor<2x2xi64>) -> tensor<2x2x2x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.699999988079071> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.constant"() { value = dense<2.0> : tensor<f32> } : () -> tensor<f32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %6 = "stablehlo.divide"(%3, %5) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %7 = "stablehlo.tanh"(%6) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %9 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x2xi64>) -> tensor<2x2x5xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<2x2x5xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %12 = "stablehlo.subtract"(%9, %10) : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi64>
    %13 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x2x5xi64>
    %15 = "stablehlo.compare"(%12, %14) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %16 = "stablehlo.and"(%11, %15) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x2x2x5xi1>
    %18 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %20 = "stablehlo.select"(%17, %8, %19) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %21 = "stablehlo.convert"(%16) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %22 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.reduce"(%21, %22) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %23 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x2x2x5xf32>
    %26 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.reduce"(%20, %26) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %27 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%27) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %30 = "stablehlo.subtract"(%20, %29) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %31 = "stablehlo.exponential"(%30) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %32 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %34 = "stablehlo.reduce"(%31, %32) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %33 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%33) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %35 = "stablehlo.log"(%34) : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %36 = "stablehlo.add"(%28, %35) : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %38 = "stablehlo.subtract"(%20, %37) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %39 = "stablehlo.exponential"(%38) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %40 = "stablehlo.multiply"(%39, %25) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %41 = "stablehlo.dot_general"(%p4_p4, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %42 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x2x2x4xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x2x4xf32>
    %43 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %45 = "stablehlo.reduce"(%42, %43) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %44 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%44) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x4xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %47 = "stablehlo.subtract"(%41, %46) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %48 = "stablehlo.multiply"(%40, %47) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %49 = "stablehlo.multiply"(%7, %7) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %50 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %51 = "stablehlo.broadcast_in_dim"(%50) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %52 = "stablehlo.subtract"(%51, %49) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %53 = "stablehlo.multiply"(%48, %52) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %54 = "stablehlo.dot_general"(%53, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x4xf32>
    %55 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x4xf32>
    %56 = "stablehlo.multiply"(%54, %55) : (tensor<2x2x2x4xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x2x4xf32>
    "stablehlo.return"(%56) : (tensor<2x2x2x4xf32>) -> ()
  }
}

// ===== symmetric_window_mask_dq
module @symmetric_window_mask_dq {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>, %p3_p3: tensor<2x2x2x4xf32>, %p4_p4: tensor<2x2x2x4xf32>, %p5_p5: tensor<2x5xi1>) -> tensor<2x2x2x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.699999988079071> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<2x5xi64>
    %5 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %8 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x5xi64>
    %9 = "stablehlo.subtract"(%7, %8) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %10 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %12 = "stablehlo.compare"(%9, %11) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %13 = "stablehlo.subtract"(%8, %7) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %14 = "stablehlo.compare"(%13, %11) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %15 = "stablehlo.and"(%12, %14) : (tensor<2x5xi1>, tensor<2x5xi1>) -> tensor<2x5xi1>
    %16 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %17 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %18 = "stablehlo.and"(%17, %16) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x2x2x5xi1>
    %20 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %22 = "stablehlo.select"(%19, %3, %21) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %23 = "stablehlo.convert"(%18) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %24 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%23, %24) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %25 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x2x2x5xf32>
    %28 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %30 = "stablehlo.reduce"(%22, %28) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %29 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %31 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %32 = "stablehlo.subtract"(%22, %31) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %33 = "stablehlo.exponential"(%32) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %34 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %36 = "stablehlo.reduce"(%33, %34) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %35 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%35) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %37 = "stablehlo.log"(%36) : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %38 = "stablehlo.add"(%30, %37) : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %40 = "stablehlo.subtract"(%22, %39) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %41 = "stablehlo.exponential"(%40) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %42 = "stablehlo.multiply"(%41, %27) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %43 = "stablehlo.dot_general"(%p4_p4, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %44 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x2x2x4xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x2x4xf32>
    %45 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %47 = "stablehlo.reduce"(%44, %45) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %46 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%46) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x4xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %48 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %49 = "stablehlo.subtract"(%43, %48) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %50 = "stablehlo.multiply"(%42, %49) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %51 = "stablehlo.dot_general"(%50, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x4xf32>
    %52 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x4xf32>
    %53 = "stablehlo.multiply"(%51, %52) : (tensor<2x2x2x4xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x2x4xf32>
    "stablehlo.return"(%53) : (tensor<2x2x2x4xf32>) -> ()
  }
}

// ===== bf16_gqa_dq
module @bf16_gqa_dq {
  func.func @main(%p0_p0: tensor<1x4x3x4xbf16>, %p1_p1: tensor<1x2x4x4xbf16>, %p2_p2: tensor<1x2x4x3xbf16>, %p3_p3: tensor<1x4x3x3xbf16>, %p4_p4: tensor<1x4x3x3xbf16>) -> tensor<1x4x3x4xbf16> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x4x3x4xbf16>) -> tensor<1x2x6x4xbf16>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x4xbf16>, tensor<1x2x4x4xbf16>) -> tensor<1x2x6x4xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x2x6x4xf32>) -> tensor<1x4x3x4xf32>
    %3 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x4xi64>
    %7 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3x4xi64>
    %9 = "stablehlo.add"(%6, %8) : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x4xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi1>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x4xi1>) -> tensor<1x4x3x4xi1>
    %13 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %15 = "stablehlo.select"(%12, %5, %14) : (tensor<1x4x3x4xi1>, tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %16 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.reduce"(%15, %16) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %17 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%17) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %20 = "stablehlo.subtract"(%15, %19) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %21 = "stablehlo.exponential"(%20) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %22 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.reduce"(%21, %22) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %23 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %25 = "stablehlo.log"(%24) : (tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %26 = "stablehlo.add"(%18, %25) : (tensor<1x4x3xf32>, tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %28 = "stablehlo.subtract"(%15, %27) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %29 = "stablehlo.exponential"(%28) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %30 = "stablehlo.convert"(%p4_p4) : (tensor<1x4x3x3xbf16>) -> tensor<1x4x3x3xf32>
    %31 = "stablehlo.convert"(%p3_p3) : (tensor<1x4x3x3xbf16>) -> tensor<1x4x3x3xf32>
    %32 = "stablehlo.reshape"(%30) : (tensor<1x4x3x3xf32>) -> tensor<1x2x6x3xf32>
    %33 = "stablehlo.convert"(%32) : (tensor<1x2x6x3xf32>) -> tensor<1x2x6x3xbf16>
    %34 = "stablehlo.dot_general"(%33, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x3xbf16>, tensor<1x2x4x3xbf16>) -> tensor<1x2x6x4xf32>
    %35 = "stablehlo.reshape"(%34) : (tensor<1x2x6x4xf32>) -> tensor<1x4x3x4xf32>
    %36 = "stablehlo.multiply"(%30, %31) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %37 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %39 = "stablehlo.reduce"(%36, %37) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %38 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%38) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x3xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %40 = "stablehlo.broadcast_in_dim"(%39) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %41 = "stablehlo.subtract"(%35, %40) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %42 = "stablehlo.multiply"(%29, %41) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %43 = "stablehlo.reshape"(%42) : (tensor<1x4x3x4xf32>) -> tensor<1x2x6x4xf32>
    %44 = "stablehlo.convert"(%43) : (tensor<1x2x6x4xf32>) -> tensor<1x2x6x4xbf16>
    %45 = "stablehlo.dot_general"(%44, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x4xbf16>, tensor<1x2x4x4xbf16>) -> tensor<1x2x6x4xf32>
    %46 = "stablehlo.reshape"(%45) : (tensor<1x2x6x4xf32>) -> tensor<1x4x3x4xf32>
    %47 = "stablehlo.multiply"(%46, %4) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %48 = "stablehlo.convert"(%47) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xbf16>
    "stablehlo.return"(%48) : (tensor<1x4x3x4xbf16>) -> ()
  }
}

// ===== f64_dq
module @f64_dq {
  func.func @main(%p0_p0: tensor<2x2x3x4xf64>, %p1_p1: tensor<2x2x3x4xf64>, %p2_p2: tensor<2x2x3x4xf64>, %p3_p3: tensor<2x2x3x4xf64>, %p4_p4: tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x3xf64>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2x2x3x3xf64>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %4 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %6 = "stablehlo.reduce"(%3, %4) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %5 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%5) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf64>, tensor<f64>) -> tensor<2x2x3xf64>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf64>) -> tensor<2x2x3x3xf64>
    %8 = "stablehlo.subtract"(%3, %7) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %9 = "stablehlo.exponential"(%8) : (tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %10 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %12 = "stablehlo.reduce"(%9, %10) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %11 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%11) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf64>, tensor<f64>) -> tensor<2x2x3xf64>
    %13 = "stablehlo.log"(%12) : (tensor<2x2x3xf64>) -> tensor<2x2x3xf64>
    %14 = "stablehlo.add"(%6, %13) : (tensor<2x2x3xf64>, tensor<2x2x3xf64>) -> tensor<2x2x3xf64>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf64>) -> tensor<2x2x3x3xf64>
    %16 = "stablehlo.subtract"(%3, %15) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %17 = "stablehlo.exponential"(%16) : (tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %18 = "stablehlo.dot_general"(%p4_p4, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x3xf64>
    %19 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x2x3x4xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64>
    %20 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %22 = "stablehlo.reduce"(%19, %20) ({
      ^reductionFn(%c3_lhs: tensor<f64>, %c3_rhs: tensor<f64>) :
          %21 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%21) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x4xf64>, tensor<f64>) -> tensor<2x2x3xf64>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf64>) -> tensor<2x2x3x3xf64>
    %24 = "stablehlo.subtract"(%18, %23) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %25 = "stablehlo.multiply"(%17, %24) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %26 = "stablehlo.dot_general"(%25, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64>
    %27 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2x2x3x4xf64>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<2x2x3x4xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64>
    "stablehlo.return"(%28) : (tensor<2x2x3x4xf64>) -> ()
  }
}

// ===== causal_dk
module @causal_dk {
  func.func @main(%p0_p0: tensor<2x2x3x4xf32>, %p1_p1: tensor<2x2x3x4xf32>, %p2_p2: tensor<2x2x3x4xf32>, %p3_p3: tensor<2x2x3x4xf32>, %p4_p4: tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x3xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x3xi64>
    %5 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x3xi64>
    %6 = "stablehlo.compare"(%5, %4) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x3xi64>, tensor<3x3xi64>) -> tensor<3x3xi1>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x3xi1>) -> tensor<2x2x3x3xi1>
    %8 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %10 = "stablehlo.select"(%7, %3, %9) : (tensor<2x2x3x3xi1>, tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %11 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %12 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %15 = "stablehlo.subtract"(%10, %14) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %16 = "stablehlo.exponential"(%15) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %18 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %20 = "stablehlo.log"(%19) : (tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %21 = "stablehlo.add"(%13, %20) : (tensor<2x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %22 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %23 = "stablehlo.subtract"(%10, %22) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %24 = "stablehlo.exponential"(%23) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %25 = "stablehlo.dot_general"(%p4_p4, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x3xf32>
    %26 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    %27 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.reduce"(%26, %27) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %28 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%28) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x4xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %30 = "stablehlo.broadcast_in_dim"(%29) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %31 = "stablehlo.subtract"(%25, %30) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %32 = "stablehlo.multiply"(%24, %31) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %33 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x4xf32>
    %34 = "stablehlo.dot_general"(%32, %p0_p0) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    %35 = "stablehlo.multiply"(%34, %33) : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "stablehlo.return"(%35) : (tensor<2x2x3x4xf32>) -> ()
  }
}

// ===== gqa_padding_mask_and_empty_row_dk
module @gqa_padding_mask_and_empty_row_dk {
  func.func @main(%p0_p0: tensor<2x4x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x3xf32>, %p3_p3: tensor<2x4x2x3xf32>, %p4_p4: tensor<2x4x2x3xf32>, %p5_p5: tensor<2x5xi1>) -> tensor<2x2x5x4xf32> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<2x4x2x4xf32>) -> tensor<2x2x4x4xf32>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x4x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x4x5xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<2x2x4x5xf32>) -> tensor<2x4x2x5xf32>
    %3 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x5xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<2x5xi64>
    %7 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %9 = "stablehlo.add"(%6, %8) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x5xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %12 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %13 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %14 = "stablehlo.and"(%13, %12) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x4x2x5xi1>
    %16 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x5xf32>
    %18 = "stablehlo.select"(%15, %5, %17) : (tensor<2x4x2x5xi1>, tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %19 = "stablehlo.convert"(%14) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %20 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %22 = "stablehlo.reduce"(%19, %20) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %21 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%21) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x4x2x5xf32>
    %24 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%18, %24) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %25 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x5xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x5xf32>
    %28 = "stablehlo.subtract"(%18, %27) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %29 = "stablehlo.exponential"(%28) : (tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %30 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %31 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x5xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %33 = "stablehlo.log"(%32) : (tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
    %34 = "stablehlo.add"(%26, %33) : (tensor<2x4x2xf32>, tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
    %35 = "stablehlo.broadcast_in_dim"(%34) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x5xf32>
    %36 = "stablehlo.subtract"(%18, %35) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %37 = "stablehlo.exponential"(%36) : (tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %38 = "stablehlo.multiply"(%37, %23) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %39 = "stablehlo.reshape"(%p4_p4) : (tensor<2x4x2x3xf32>) -> tensor<2x2x4x3xf32>
    %40 = "stablehlo.dot_general"(%39, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x4x3xf32>, tensor<2x2x5x3xf32>) -> tensor<2x2x4x5xf32>
    %41 = "stablehlo.reshape"(%40) : (tensor<2x2x4x5xf32>) -> tensor<2x4x2x5xf32>
    %42 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x4x2x3xf32>, tensor<2x4x2x3xf32>) -> tensor<2x4x2x3xf32>
    %43 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %45 = "stablehlo.reduce"(%42, %43) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %44 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%44) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x3xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x5xf32>
    %47 = "stablehlo.subtract"(%41, %46) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %48 = "stablehlo.multiply"(%38, %47) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %49 = "stablehlo.reshape"(%48) : (tensor<2x4x2x5xf32>) -> tensor<2x2x4x5xf32>
    %50 = "stablehlo.dot_general"(%49, %0) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x4x5xf32>, tensor<2x2x4x4xf32>) -> tensor<2x2x5x4xf32>
    %51 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x5x4xf32>
    %52 = "stablehlo.multiply"(%50, %51) : (tensor<2x2x5x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x5x4xf32>
    "stablehlo.return"(%52) : (tensor<2x2x5x4xf32>) -> ()
  }
}

// ===== softcap_window_positions_dk
module @softcap_window_positions_dk {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>, %p3_p3: tensor<2x2x2x4xf32>, %p4_p4: tensor<2x2x2x4xf32>, %p5_p5: tensor<2x2xi64>) -> tensor<2x2x5x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.699999988079071> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.constant"() { value = dense<2.0> : tensor<f32> } : () -> tensor<f32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %6 = "stablehlo.divide"(%3, %5) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %7 = "stablehlo.tanh"(%6) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %9 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x2xi64>) -> tensor<2x2x5xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<2x2x5xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %12 = "stablehlo.subtract"(%9, %10) : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi64>
    %13 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x2x5xi64>
    %15 = "stablehlo.compare"(%12, %14) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %16 = "stablehlo.and"(%11, %15) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x2x2x5xi1>
    %18 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %20 = "stablehlo.select"(%17, %8, %19) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %21 = "stablehlo.convert"(%16) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %22 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.reduce"(%21, %22) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %23 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x2x2x5xf32>
    %26 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.reduce"(%20, %26) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %27 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%27) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %30 = "stablehlo.subtract"(%20, %29) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %31 = "stablehlo.exponential"(%30) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %32 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %34 = "stablehlo.reduce"(%31, %32) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %33 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%33) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %35 = "stablehlo.log"(%34) : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %36 = "stablehlo.add"(%28, %35) : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %38 = "stablehlo.subtract"(%20, %37) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %39 = "stablehlo.exponential"(%38) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %40 = "stablehlo.multiply"(%39, %25) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %41 = "stablehlo.dot_general"(%p4_p4, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %42 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x2x2x4xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x2x4xf32>
    %43 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %45 = "stablehlo.reduce"(%42, %43) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %44 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%44) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x4xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %47 = "stablehlo.subtract"(%41, %46) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %48 = "stablehlo.multiply"(%40, %47) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %49 = "stablehlo.multiply"(%7, %7) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %50 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %51 = "stablehlo.broadcast_in_dim"(%50) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %52 = "stablehlo.subtract"(%51, %49) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %53 = "stablehlo.multiply"(%48, %52) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %54 = "stablehlo.dot_general"(%53, %p0_p0) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x5x4xf32>
    %55 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x5x4xf32>
    %56 = "stablehlo.multiply"(%54, %55) : (tensor<2x2x5x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x5x4xf32>
    "stablehlo.return"(%56) : (tensor<2x2x5x4xf32>) -> ()
  }
}

// ===== symmetric_window_mask_dk
module @symmetric_window_mask_dk {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>, %p3_p3: tensor<2x2x2x4xf32>, %p4_p4: tensor<2x2x2x4xf32>, %p5_p5: tensor<2x5xi1>) -> tensor<2x2x5x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.699999988079071> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<2x5xi64>
    %5 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %8 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x5xi64>
    %9 = "stablehlo.subtract"(%7, %8) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %10 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %12 = "stablehlo.compare"(%9, %11) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %13 = "stablehlo.subtract"(%8, %7) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %14 = "stablehlo.compare"(%13, %11) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %15 = "stablehlo.and"(%12, %14) : (tensor<2x5xi1>, tensor<2x5xi1>) -> tensor<2x5xi1>
    %16 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %17 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %18 = "stablehlo.and"(%17, %16) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x2x2x5xi1>
    %20 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %22 = "stablehlo.select"(%19, %3, %21) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %23 = "stablehlo.convert"(%18) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %24 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%23, %24) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %25 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x2x2x5xf32>
    %28 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %30 = "stablehlo.reduce"(%22, %28) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %29 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %31 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %32 = "stablehlo.subtract"(%22, %31) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %33 = "stablehlo.exponential"(%32) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %34 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %36 = "stablehlo.reduce"(%33, %34) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %35 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%35) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %37 = "stablehlo.log"(%36) : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %38 = "stablehlo.add"(%30, %37) : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %40 = "stablehlo.subtract"(%22, %39) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %41 = "stablehlo.exponential"(%40) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %42 = "stablehlo.multiply"(%41, %27) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %43 = "stablehlo.dot_general"(%p4_p4, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %44 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x2x2x4xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x2x4xf32>
    %45 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %47 = "stablehlo.reduce"(%44, %45) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %46 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%46) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x4xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %48 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %49 = "stablehlo.subtract"(%43, %48) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %50 = "stablehlo.multiply"(%42, %49) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %51 = "stablehlo.dot_general"(%50, %p0_p0) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x5x4xf32>
    %52 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x5x4xf32>
    %53 = "stablehlo.multiply"(%51, %52) : (tensor<2x2x5x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x5x4xf32>
    "stablehlo.return"(%53) : (tensor<2x2x5x4xf32>) -> ()
  }
}

// ===== bf16_gqa_dk
module @bf16_gqa_dk {
  func.func @main(%p0_p0: tensor<1x4x3x4xbf16>, %p1_p1: tensor<1x2x4x4xbf16>, %p2_p2: tensor<1x2x4x3xbf16>, %p3_p3: tensor<1x4x3x3xbf16>, %p4_p4: tensor<1x4x3x3xbf16>) -> tensor<1x2x4x4xbf16> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x4x3x4xbf16>) -> tensor<1x2x6x4xbf16>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x4xbf16>, tensor<1x2x4x4xbf16>) -> tensor<1x2x6x4xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x2x6x4xf32>) -> tensor<1x4x3x4xf32>
    %3 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x4xi64>
    %7 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3x4xi64>
    %9 = "stablehlo.add"(%6, %8) : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x4xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi1>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x4xi1>) -> tensor<1x4x3x4xi1>
    %13 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %15 = "stablehlo.select"(%12, %5, %14) : (tensor<1x4x3x4xi1>, tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %16 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.reduce"(%15, %16) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %17 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%17) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %20 = "stablehlo.subtract"(%15, %19) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %21 = "stablehlo.exponential"(%20) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %22 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.reduce"(%21, %22) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %23 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %25 = "stablehlo.log"(%24) : (tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %26 = "stablehlo.add"(%18, %25) : (tensor<1x4x3xf32>, tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %28 = "stablehlo.subtract"(%15, %27) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %29 = "stablehlo.exponential"(%28) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %30 = "stablehlo.convert"(%p4_p4) : (tensor<1x4x3x3xbf16>) -> tensor<1x4x3x3xf32>
    %31 = "stablehlo.convert"(%p3_p3) : (tensor<1x4x3x3xbf16>) -> tensor<1x4x3x3xf32>
    %32 = "stablehlo.reshape"(%30) : (tensor<1x4x3x3xf32>) -> tensor<1x2x6x3xf32>
    %33 = "stablehlo.convert"(%32) : (tensor<1x2x6x3xf32>) -> tensor<1x2x6x3xbf16>
    %34 = "stablehlo.dot_general"(%33, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x3xbf16>, tensor<1x2x4x3xbf16>) -> tensor<1x2x6x4xf32>
    %35 = "stablehlo.reshape"(%34) : (tensor<1x2x6x4xf32>) -> tensor<1x4x3x4xf32>
    %36 = "stablehlo.multiply"(%30, %31) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %37 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %39 = "stablehlo.reduce"(%36, %37) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %38 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%38) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x3xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %40 = "stablehlo.broadcast_in_dim"(%39) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %41 = "stablehlo.subtract"(%35, %40) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %42 = "stablehlo.multiply"(%29, %41) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %43 = "stablehlo.reshape"(%42) : (tensor<1x4x3x4xf32>) -> tensor<1x2x6x4xf32>
    %44 = "stablehlo.convert"(%43) : (tensor<1x2x6x4xf32>) -> tensor<1x2x6x4xbf16>
    %45 = "stablehlo.dot_general"(%44, %0) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x4xbf16>, tensor<1x2x6x4xbf16>) -> tensor<1x2x4x4xf32>
    %46 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x2x4x4xf32>
    %47 = "stablehlo.multiply"(%45, %46) : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    %48 = "stablehlo.convert"(%47) : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xbf16>
    "stablehlo.return"(%48) : (tensor<1x2x4x4xbf16>) -> ()
  }
}

// ===== f64_dk
module @f64_dk {
  func.func @main(%p0_p0: tensor<2x2x3x4xf64>, %p1_p1: tensor<2x2x3x4xf64>, %p2_p2: tensor<2x2x3x4xf64>, %p3_p3: tensor<2x2x3x4xf64>, %p4_p4: tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x3xf64>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2x2x3x3xf64>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %4 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %6 = "stablehlo.reduce"(%3, %4) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %5 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%5) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf64>, tensor<f64>) -> tensor<2x2x3xf64>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf64>) -> tensor<2x2x3x3xf64>
    %8 = "stablehlo.subtract"(%3, %7) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %9 = "stablehlo.exponential"(%8) : (tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %10 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %12 = "stablehlo.reduce"(%9, %10) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %11 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%11) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf64>, tensor<f64>) -> tensor<2x2x3xf64>
    %13 = "stablehlo.log"(%12) : (tensor<2x2x3xf64>) -> tensor<2x2x3xf64>
    %14 = "stablehlo.add"(%6, %13) : (tensor<2x2x3xf64>, tensor<2x2x3xf64>) -> tensor<2x2x3xf64>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf64>) -> tensor<2x2x3x3xf64>
    %16 = "stablehlo.subtract"(%3, %15) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %17 = "stablehlo.exponential"(%16) : (tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %18 = "stablehlo.dot_general"(%p4_p4, %p2_p2) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x3xf64>
    %19 = "stablehlo.multiply"(%p4_p4, %p3_p3) : (tensor<2x2x3x4xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64>
    %20 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %22 = "stablehlo.reduce"(%19, %20) ({
      ^reductionFn(%c3_lhs: tensor<f64>, %c3_rhs: tensor<f64>) :
          %21 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%21) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x4xf64>, tensor<f64>) -> tensor<2x2x3xf64>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf64>) -> tensor<2x2x3x3xf64>
    %24 = "stablehlo.subtract"(%18, %23) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %25 = "stablehlo.multiply"(%17, %24) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %26 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2x2x3x4xf64>
    %27 = "stablehlo.dot_general"(%25, %p0_p0) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64>
    %28 = "stablehlo.multiply"(%27, %26) : (tensor<2x2x3x4xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64>
    "stablehlo.return"(%28) : (tensor<2x2x3x4xf64>) -> ()
  }
}

// ===== causal_dv
module @causal_dv {
  func.func @main(%p0_p0: tensor<2x2x3x4xf32>, %p1_p1: tensor<2x2x3x4xf32>, %p2_p2: tensor<2x2x3x4xf32>, %p3_p3: tensor<2x2x3x4xf32>, %p4_p4: tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x3xf32>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x3xi64>
    %5 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x3xi64>
    %6 = "stablehlo.compare"(%5, %4) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x3xi64>, tensor<3x3xi64>) -> tensor<3x3xi1>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x3xi1>) -> tensor<2x2x3x3xi1>
    %8 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x3x3xf32>
    %10 = "stablehlo.select"(%7, %3, %9) : (tensor<2x2x3x3xi1>, tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %11 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %12 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %15 = "stablehlo.subtract"(%10, %14) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %16 = "stablehlo.exponential"(%15) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %18 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %20 = "stablehlo.log"(%19) : (tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %21 = "stablehlo.add"(%13, %20) : (tensor<2x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
    %22 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf32>) -> tensor<2x2x3x3xf32>
    %23 = "stablehlo.subtract"(%10, %22) : (tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %24 = "stablehlo.exponential"(%23) : (tensor<2x2x3x3xf32>) -> tensor<2x2x3x3xf32>
    %25 = "stablehlo.dot_general"(%24, %p4_p4) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "stablehlo.return"(%25) : (tensor<2x2x3x4xf32>) -> ()
  }
}

// ===== gqa_padding_mask_and_empty_row_dv
module @gqa_padding_mask_and_empty_row_dv {
  func.func @main(%p0_p0: tensor<2x4x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x3xf32>, %p3_p3: tensor<2x4x2x3xf32>, %p4_p4: tensor<2x4x2x3xf32>, %p5_p5: tensor<2x5xi1>) -> tensor<2x2x5x3xf32> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<2x4x2x4xf32>) -> tensor<2x2x4x4xf32>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x4x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x4x5xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<2x2x4x5xf32>) -> tensor<2x4x2x5xf32>
    %3 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x5xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<2x5xi64>
    %7 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %9 = "stablehlo.add"(%6, %8) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x5xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %12 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %13 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %14 = "stablehlo.and"(%13, %12) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x4x2x5xi1>
    %16 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x5xf32>
    %18 = "stablehlo.select"(%15, %5, %17) : (tensor<2x4x2x5xi1>, tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %19 = "stablehlo.convert"(%14) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %20 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %22 = "stablehlo.reduce"(%19, %20) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %21 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%21) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x4x2x5xf32>
    %24 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%18, %24) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %25 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x5xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x5xf32>
    %28 = "stablehlo.subtract"(%18, %27) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %29 = "stablehlo.exponential"(%28) : (tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %30 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %31 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x5xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %33 = "stablehlo.log"(%32) : (tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
    %34 = "stablehlo.add"(%26, %33) : (tensor<2x4x2xf32>, tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
    %35 = "stablehlo.broadcast_in_dim"(%34) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x5xf32>
    %36 = "stablehlo.subtract"(%18, %35) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %37 = "stablehlo.exponential"(%36) : (tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %38 = "stablehlo.multiply"(%37, %23) : (tensor<2x4x2x5xf32>, tensor<2x4x2x5xf32>) -> tensor<2x4x2x5xf32>
    %39 = "stablehlo.reshape"(%p4_p4) : (tensor<2x4x2x3xf32>) -> tensor<2x2x4x3xf32>
    %40 = "stablehlo.reshape"(%38) : (tensor<2x4x2x5xf32>) -> tensor<2x2x4x5xf32>
    %41 = "stablehlo.dot_general"(%40, %39) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x4x5xf32>, tensor<2x2x4x3xf32>) -> tensor<2x2x5x3xf32>
    "stablehlo.return"(%41) : (tensor<2x2x5x3xf32>) -> ()
  }
}

// ===== softcap_window_positions_dv
module @softcap_window_positions_dv {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>, %p3_p3: tensor<2x2x2x4xf32>, %p4_p4: tensor<2x2x2x4xf32>, %p5_p5: tensor<2x2xi64>) -> tensor<2x2x5x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.699999988079071> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.constant"() { value = dense<2.0> : tensor<f32> } : () -> tensor<f32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %6 = "stablehlo.divide"(%3, %5) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %7 = "stablehlo.tanh"(%6) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %9 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x2xi64>) -> tensor<2x2x5xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<2x2x5xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %12 = "stablehlo.subtract"(%9, %10) : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi64>
    %13 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x2x5xi64>
    %15 = "stablehlo.compare"(%12, %14) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x2x5xi64>, tensor<2x2x5xi64>) -> tensor<2x2x5xi1>
    %16 = "stablehlo.and"(%11, %15) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x2x2x5xi1>
    %18 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %20 = "stablehlo.select"(%17, %8, %19) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %21 = "stablehlo.convert"(%16) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %22 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.reduce"(%21, %22) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %23 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x2x2x5xf32>
    %26 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.reduce"(%20, %26) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %27 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%27) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %30 = "stablehlo.subtract"(%20, %29) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %31 = "stablehlo.exponential"(%30) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %32 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %34 = "stablehlo.reduce"(%31, %32) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %33 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%33) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %35 = "stablehlo.log"(%34) : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %36 = "stablehlo.add"(%28, %35) : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %38 = "stablehlo.subtract"(%20, %37) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %39 = "stablehlo.exponential"(%38) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %40 = "stablehlo.multiply"(%39, %25) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %41 = "stablehlo.dot_general"(%40, %p4_p4) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x5x4xf32>
    "stablehlo.return"(%41) : (tensor<2x2x5x4xf32>) -> ()
  }
}

// ===== symmetric_window_mask_dv
module @symmetric_window_mask_dv {
  func.func @main(%p0_p0: tensor<2x2x2x4xf32>, %p1_p1: tensor<2x2x5x4xf32>, %p2_p2: tensor<2x2x5x4xf32>, %p3_p3: tensor<2x2x2x4xf32>, %p4_p4: tensor<2x2x2x4xf32>, %p5_p5: tensor<2x5xi1>) -> tensor<2x2x5x4xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x4xf32>, tensor<2x2x5x4xf32>) -> tensor<2x2x2x5xf32>
    %1 = "stablehlo.constant"() { value = dense<0.699999988079071> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %4 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<2x5xi64>
    %5 = "stablehlo.constant"() { value = dense<3> : tensor<i64> } : () -> tensor<i64>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %7 = "stablehlo.add"(%4, %6) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %8 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<2x5xi64>
    %9 = "stablehlo.subtract"(%7, %8) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %10 = "stablehlo.constant"() { value = dense<2> : tensor<i64> } : () -> tensor<i64>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x5xi64>
    %12 = "stablehlo.compare"(%9, %11) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %13 = "stablehlo.subtract"(%8, %7) : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi64>
    %14 = "stablehlo.compare"(%13, %11) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x5xi64>, tensor<2x5xi64>) -> tensor<2x5xi1>
    %15 = "stablehlo.and"(%12, %14) : (tensor<2x5xi1>, tensor<2x5xi1>) -> tensor<2x5xi1>
    %16 = "stablehlo.broadcast_in_dim"(%p5_p5) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %17 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x5xi1>) -> tensor<2x2x5xi1>
    %18 = "stablehlo.and"(%17, %16) : (tensor<2x2x5xi1>, tensor<2x2x5xi1>) -> tensor<2x2x5xi1>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x2x5xi1>) -> tensor<2x2x2x5xi1>
    %20 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x2x2x5xf32>
    %22 = "stablehlo.select"(%19, %3, %21) : (tensor<2x2x2x5xi1>, tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %23 = "stablehlo.convert"(%18) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    %24 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%23, %24) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %25 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x2x5xf32>, tensor<f32>) -> tensor<2x2xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x2xf32>) -> tensor<2x2x2x5xf32>
    %28 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %30 = "stablehlo.reduce"(%22, %28) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %29 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %31 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %32 = "stablehlo.subtract"(%22, %31) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %33 = "stablehlo.exponential"(%32) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %34 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %36 = "stablehlo.reduce"(%33, %34) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %35 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%35) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x2x5xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %37 = "stablehlo.log"(%36) : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %38 = "stablehlo.add"(%30, %37) : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x2xf32>) -> tensor<2x2x2x5xf32>
    %40 = "stablehlo.subtract"(%22, %39) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %41 = "stablehlo.exponential"(%40) : (tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %42 = "stablehlo.multiply"(%41, %27) : (tensor<2x2x2x5xf32>, tensor<2x2x2x5xf32>) -> tensor<2x2x2x5xf32>
    %43 = "stablehlo.dot_general"(%42, %p4_p4) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x2x5xf32>, tensor<2x2x2x4xf32>) -> tensor<2x2x5x4xf32>
    "stablehlo.return"(%43) : (tensor<2x2x5x4xf32>) -> ()
  }
}

// ===== bf16_gqa_dv
module @bf16_gqa_dv {
  func.func @main(%p0_p0: tensor<1x4x3x4xbf16>, %p1_p1: tensor<1x2x4x4xbf16>, %p2_p2: tensor<1x2x4x3xbf16>, %p3_p3: tensor<1x4x3x3xbf16>, %p4_p4: tensor<1x4x3x3xbf16>) -> tensor<1x2x4x3xbf16> {
    %0 = "stablehlo.reshape"(%p0_p0) : (tensor<1x4x3x4xbf16>) -> tensor<1x2x6x4xbf16>
    %1 = "stablehlo.dot_general"(%0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x4xbf16>, tensor<1x2x4x4xbf16>) -> tensor<1x2x6x4xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x2x6x4xf32>) -> tensor<1x4x3x4xf32>
    %3 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %5 = "stablehlo.multiply"(%2, %4) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %6 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3x4xi64>
    %7 = "stablehlo.constant"() { value = dense<1> : tensor<i64> } : () -> tensor<i64>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3x4xi64>
    %9 = "stablehlo.add"(%6, %8) : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi64>
    %10 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x4xi64>
    %11 = "stablehlo.compare"(%10, %9) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x4xi64>, tensor<3x4xi64>) -> tensor<3x4xi1>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 2, 3> } : (tensor<3x4xi1>) -> tensor<1x4x3x4xi1>
    %13 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x3x4xf32>
    %15 = "stablehlo.select"(%12, %5, %14) : (tensor<1x4x3x4xi1>, tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %16 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.reduce"(%15, %16) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %17 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%17) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %20 = "stablehlo.subtract"(%15, %19) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %21 = "stablehlo.exponential"(%20) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %22 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.reduce"(%21, %22) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %23 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x3x4xf32>, tensor<f32>) -> tensor<1x4x3xf32>
    %25 = "stablehlo.log"(%24) : (tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %26 = "stablehlo.add"(%18, %25) : (tensor<1x4x3xf32>, tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x3xf32>) -> tensor<1x4x3x4xf32>
    %28 = "stablehlo.subtract"(%15, %27) : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %29 = "stablehlo.exponential"(%28) : (tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
    %30 = "stablehlo.convert"(%p4_p4) : (tensor<1x4x3x3xbf16>) -> tensor<1x4x3x3xf32>
    %31 = "stablehlo.reshape"(%30) : (tensor<1x4x3x3xf32>) -> tensor<1x2x6x3xf32>
    %32 = "stablehlo.convert"(%31) : (tensor<1x2x6x3xf32>) -> tensor<1x2x6x3xbf16>
    %33 = "stablehlo.reshape"(%29) : (tensor<1x4x3x4xf32>) -> tensor<1x2x6x4xf32>
    %34 = "stablehlo.convert"(%33) : (tensor<1x2x6x4xf32>) -> tensor<1x2x6x4xbf16>
    %35 = "stablehlo.dot_general"(%34, %32) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x6x4xbf16>, tensor<1x2x6x3xbf16>) -> tensor<1x2x4x3xf32>
    %36 = "stablehlo.convert"(%35) : (tensor<1x2x4x3xf32>) -> tensor<1x2x4x3xbf16>
    "stablehlo.return"(%36) : (tensor<1x2x4x3xbf16>) -> ()
  }
}

// ===== f64_dv
module @f64_dv {
  func.func @main(%p0_p0: tensor<2x2x3x4xf64>, %p1_p1: tensor<2x2x3x4xf64>, %p2_p2: tensor<2x2x3x4xf64>, %p3_p3: tensor<2x2x3x4xf64>, %p4_p4: tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x4xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x3xf64>
    %1 = "stablehlo.constant"() { value = dense<0.5> : tensor<f64> } : () -> tensor<f64>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2x2x3x3xf64>
    %3 = "stablehlo.multiply"(%0, %2) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %4 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %6 = "stablehlo.reduce"(%3, %4) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %5 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%5) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf64>, tensor<f64>) -> tensor<2x2x3xf64>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf64>) -> tensor<2x2x3x3xf64>
    %8 = "stablehlo.subtract"(%3, %7) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %9 = "stablehlo.exponential"(%8) : (tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %10 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %12 = "stablehlo.reduce"(%9, %10) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %11 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%11) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x2x3x3xf64>, tensor<f64>) -> tensor<2x2x3xf64>
    %13 = "stablehlo.log"(%12) : (tensor<2x2x3xf64>) -> tensor<2x2x3xf64>
    %14 = "stablehlo.add"(%6, %13) : (tensor<2x2x3xf64>, tensor<2x2x3xf64>) -> tensor<2x2x3xf64>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x2x3xf64>) -> tensor<2x2x3x3xf64>
    %16 = "stablehlo.subtract"(%3, %15) : (tensor<2x2x3x3xf64>, tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %17 = "stablehlo.exponential"(%16) : (tensor<2x2x3x3xf64>) -> tensor<2x2x3x3xf64>
    %18 = "stablehlo.dot_general"(%17, %p4_p4) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3x3xf64>, tensor<2x2x3x4xf64>) -> tensor<2x2x3x4xf64>
    "stablehlo.return"(%18) : (tensor<2x2x3x4xf64>) -> ()
  }
}

// ===== literal#7
module @literal {
  func.func @main(%p0_p0: tensor<2x1xf64>, %p1_p1: tensor<3x1xf64>, %p2_p2: tensor<2xi64>) -> tensor<2xf64> {
    %0 = "stablehlo.constant"() { value = dense<-100> : tensor<i64> } : () -> tensor<i64>
    %1 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x1xf64>, tensor<3x1xf64>) -> tensor<2x3xf64>
    %2 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %4 = "stablehlo.reduce"(%1, %2) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %3 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%3) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xf64>, tensor<f64>) -> tensor<2xf64>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf64>) -> tensor<2x3xf64>
    %6 = "stablehlo.subtract"(%1, %5) : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
    %7 = "stablehlo.exponential"(%6) : (tensor<2x3xf64>) -> tensor<2x3xf64>
    %8 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %10 = "stablehlo.reduce"(%7, %8) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %9 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%9) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xf64>, tensor<f64>) -> tensor<2xf64>
    %11 = "stablehlo.log"(%10) : (tensor<2xf64>) -> tensor<2xf64>
    %12 = "stablehlo.add"(%4, %11) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %13 = "stablehlo.reshape"(%p2_p2) : (tensor<2xi64>) -> tensor<2x1xi64>
    %14 = "stablehlo.gather"(%1, %13) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<2x3xf64>, tensor<2x1xi64>) -> tensor<2x1xf64>
    %15 = "stablehlo.reshape"(%14) : (tensor<2x1xf64>) -> tensor<2xf64>
    %16 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2xi64>
    %17 = "stablehlo.compare"(%p2_p2, %16) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi1>
    %18 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<2xf64>
    %20 = "stablehlo.subtract"(%12, %15) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    %21 = "stablehlo.select"(%17, %19, %20) : (tensor<2xi1>, tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
    "stablehlo.return"(%21) : (tensor<2xf64>) -> ()
  }
}

// ===== one_chunk_f32
module @one_chunk_f32 {
  func.func @main(%p0_p0: tensor<7x5xf32>, %p1_p1: tensor<11x5xf32>, %p2_p2: tensor<7xi64>) -> tensor<7xf32> {
    %0 = "stablehlo.constant"() { value = dense<-100> : tensor<i64> } : () -> tensor<i64>
    %1 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<7x5xf32>, tensor<11x5xf32>) -> tensor<7x11xf32>
    %2 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4 = "stablehlo.reduce"(%1, %2) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %3 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x11xf32>, tensor<f32>) -> tensor<7xf32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64: 0> } : (tensor<7xf32>) -> tensor<7x11xf32>
    %6 = "stablehlo.subtract"(%1, %5) : (tensor<7x11xf32>, tensor<7x11xf32>) -> tensor<7x11xf32>
    %7 = "stablehlo.exponential"(%6) : (tensor<7x11xf32>) -> tensor<7x11xf32>
    %8 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %10 = "stablehlo.reduce"(%7, %8) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %9 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%9) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<7x11xf32>, tensor<f32>) -> tensor<7xf32>
    %11 = "stablehlo.log"(%10) : (tensor<7xf32>) -> tensor<7xf32>
    %12 = "stablehlo.add"(%4, %11) : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xf32>
    %13 = "stablehlo.reshape"(%p2_p2) : (tensor<7xi64>) -> tensor<7x1xi64>
    %14 = "stablehlo.gather"(%1, %13) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<7x11xf32>, tensor<7x1xi64>) -> tensor<7x1xf32>
    %15 = "stablehlo.reshape"(%14) : (tensor<7x1xf32>) -> tensor<7xf32>
    %16 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<7xi64>
    %17 = "stablehlo.compare"(%p2_p2, %16) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<7xi64>, tensor<7xi64>) -> tensor<7xi1>
    %18 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7xf32>
    %20 = "stablehlo.subtract"(%12, %15) : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xf32>
    %21 = "stablehlo.select"(%17, %19, %20) : (tensor<7xi1>, tensor<7xf32>, tensor<7xf32>) -> tensor<7xf32>
    "stablehlo.return"(%21) : (tensor<7xf32>) -> ()
  }
}

// ===== uneven_chunks_bias_f32
module @uneven_chunks_bias_f32 {
  func.func @main(%p0_p0: tensor<7x5xf32>, %p1_p1: tensor<11x5xf32>, %p2_p2: tensor<7xi64>, %p3_p3: tensor<11xf32>) -> tensor<7xf32> {
    %0 = "stablehlo.constant"() { value = dense<-100> : tensor<i64> } : () -> tensor<i64>
    %1 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 3>,
      start_indices = array<i64: 0>,
      strides = array<i64: 1>
    } : (tensor<7xi64>) -> tensor<3xi64>
    %2 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 3, 5>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<7x5xf32>) -> tensor<3x5xf32>
    %3 = "stablehlo.dot_general"(%2, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<3x5xf32>, tensor<11x5xf32>) -> tensor<3x11xf32>
    %4 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 1> } : (tensor<11xf32>) -> tensor<3x11xf32>
    %5 = "stablehlo.add"(%3, %4) : (tensor<3x11xf32>, tensor<3x11xf32>) -> tensor<3x11xf32>
    %6 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%5, %6) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %7 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x11xf32>, tensor<f32>) -> tensor<3xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x11xf32>
    %10 = "stablehlo.subtract"(%5, %9) : (tensor<3x11xf32>, tensor<3x11xf32>) -> tensor<3x11xf32>
    %11 = "stablehlo.exponential"(%10) : (tensor<3x11xf32>) -> tensor<3x11xf32>
    %12 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.reduce"(%11, %12) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %13 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%13) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x11xf32>, tensor<f32>) -> tensor<3xf32>
    %15 = "stablehlo.log"(%14) : (tensor<3xf32>) -> tensor<3xf32>
    %16 = "stablehlo.add"(%8, %15) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %17 = "stablehlo.reshape"(%1) : (tensor<3xi64>) -> tensor<3x1xi64>
    %18 = "stablehlo.gather"(%5, %17) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<3x11xf32>, tensor<3x1xi64>) -> tensor<3x1xf32>
    %19 = "stablehlo.reshape"(%18) : (tensor<3x1xf32>) -> tensor<3xf32>
    %20 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %21 = "stablehlo.compare"(%1, %20) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
    %22 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %24 = "stablehlo.subtract"(%16, %19) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %25 = "stablehlo.select"(%21, %23, %24) : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %26 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 6>,
      start_indices = array<i64: 3>,
      strides = array<i64: 1>
    } : (tensor<7xi64>) -> tensor<3xi64>
    %27 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 6, 5>,
      start_indices = array<i64: 3, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<7x5xf32>) -> tensor<3x5xf32>
    %28 = "stablehlo.dot_general"(%27, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<3x5xf32>, tensor<11x5xf32>) -> tensor<3x11xf32>
    %29 = "stablehlo.add"(%28, %4) : (tensor<3x11xf32>, tensor<3x11xf32>) -> tensor<3x11xf32>
    %30 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %31 = "stablehlo.maximum"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x11xf32>, tensor<f32>) -> tensor<3xf32>
    %33 = "stablehlo.broadcast_in_dim"(%32) { broadcast_dimensions = array<i64: 0> } : (tensor<3xf32>) -> tensor<3x11xf32>
    %34 = "stablehlo.subtract"(%29, %33) : (tensor<3x11xf32>, tensor<3x11xf32>) -> tensor<3x11xf32>
    %35 = "stablehlo.exponential"(%34) : (tensor<3x11xf32>) -> tensor<3x11xf32>
    %36 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %38 = "stablehlo.reduce"(%35, %36) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %37 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%37) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<3x11xf32>, tensor<f32>) -> tensor<3xf32>
    %39 = "stablehlo.log"(%38) : (tensor<3xf32>) -> tensor<3xf32>
    %40 = "stablehlo.add"(%32, %39) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %41 = "stablehlo.reshape"(%26) : (tensor<3xi64>) -> tensor<3x1xi64>
    %42 = "stablehlo.gather"(%29, %41) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<3x11xf32>, tensor<3x1xi64>) -> tensor<3x1xf32>
    %43 = "stablehlo.reshape"(%42) : (tensor<3x1xf32>) -> tensor<3xf32>
    %44 = "stablehlo.compare"(%26, %20) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
    %45 = "stablehlo.subtract"(%40, %43) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %46 = "stablehlo.select"(%44, %23, %45) : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %47 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 7>,
      start_indices = array<i64: 6>,
      strides = array<i64: 1>
    } : (tensor<7xi64>) -> tensor<1xi64>
    %48 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 7, 5>,
      start_indices = array<i64: 6, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<7x5xf32>) -> tensor<1x5xf32>
    %49 = "stablehlo.dot_general"(%48, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5xf32>, tensor<11x5xf32>) -> tensor<1x11xf32>
    %50 = "stablehlo.broadcast_in_dim"(%p3_p3) { broadcast_dimensions = array<i64: 1> } : (tensor<11xf32>) -> tensor<1x11xf32>
    %51 = "stablehlo.add"(%49, %50) : (tensor<1x11xf32>, tensor<1x11xf32>) -> tensor<1x11xf32>
    %52 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %54 = "stablehlo.reduce"(%51, %52) ({
      ^reductionFn(%c5_lhs: tensor<f32>, %c5_rhs: tensor<f32>) :
          %53 = "stablehlo.maximum"(%c5_lhs, %c5_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%53) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x11xf32>, tensor<f32>) -> tensor<1xf32>
    %55 = "stablehlo.broadcast_in_dim"(%54) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x11xf32>
    %56 = "stablehlo.subtract"(%51, %55) : (tensor<1x11xf32>, tensor<1x11xf32>) -> tensor<1x11xf32>
    %57 = "stablehlo.exponential"(%56) : (tensor<1x11xf32>) -> tensor<1x11xf32>
    %58 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %60 = "stablehlo.reduce"(%57, %58) ({
      ^reductionFn(%c6_lhs: tensor<f32>, %c6_rhs: tensor<f32>) :
          %59 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%59) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x11xf32>, tensor<f32>) -> tensor<1xf32>
    %61 = "stablehlo.log"(%60) : (tensor<1xf32>) -> tensor<1xf32>
    %62 = "stablehlo.add"(%54, %61) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %63 = "stablehlo.reshape"(%47) : (tensor<1xi64>) -> tensor<1x1xi64>
    %64 = "stablehlo.gather"(%51, %63) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<1x11xf32>, tensor<1x1xi64>) -> tensor<1x1xf32>
    %65 = "stablehlo.reshape"(%64) : (tensor<1x1xf32>) -> tensor<1xf32>
    %66 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %67 = "stablehlo.compare"(%47, %66) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi1>
    %68 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %69 = "stablehlo.subtract"(%62, %65) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %70 = "stablehlo.select"(%67, %68, %69) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %71 = "stablehlo.concatenate"(%25, %46, %70) { dimension = 0 : i64 } : (tensor<3xf32>, tensor<3xf32>, tensor<1xf32>) -> tensor<7xf32>
    "stablehlo.return"(%71) : (tensor<7xf32>) -> ()
  }
}

// ===== row_chunks_i32_labels_f64
module @row_chunks_i32_labels_f64 {
  func.func @main(%p0_p0: tensor<4x3xf64>, %p1_p1: tensor<6x3xf64>, %p2_p2: tensor<4xi32>) -> tensor<4xf64> {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 1>,
      start_indices = array<i64: 0>,
      strides = array<i64: 1>
    } : (tensor<4xi32>) -> tensor<1xi32>
    %2 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 1, 3>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x3xf64>) -> tensor<1x3xf64>
    %3 = "stablehlo.dot_general"(%2, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x3xf64>, tensor<6x3xf64>) -> tensor<1x6xf64>
    %4 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %6 = "stablehlo.reduce"(%3, %4) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %5 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%5) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x6xf64>, tensor<f64>) -> tensor<1xf64>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf64>) -> tensor<1x6xf64>
    %8 = "stablehlo.subtract"(%3, %7) : (tensor<1x6xf64>, tensor<1x6xf64>) -> tensor<1x6xf64>
    %9 = "stablehlo.exponential"(%8) : (tensor<1x6xf64>) -> tensor<1x6xf64>
    %10 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %12 = "stablehlo.reduce"(%9, %10) ({
      ^reductionFn(%c2_lhs: tensor<f64>, %c2_rhs: tensor<f64>) :
          %11 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%11) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x6xf64>, tensor<f64>) -> tensor<1xf64>
    %13 = "stablehlo.log"(%12) : (tensor<1xf64>) -> tensor<1xf64>
    %14 = "stablehlo.add"(%6, %13) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %15 = "stablehlo.reshape"(%1) : (tensor<1xi32>) -> tensor<1x1xi32>
    %16 = "stablehlo.convert"(%15) : (tensor<1x1xi32>) -> tensor<1x1xi64>
    %17 = "stablehlo.gather"(%3, %16) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<1x6xf64>, tensor<1x1xi64>) -> tensor<1x1xf64>
    %18 = "stablehlo.reshape"(%17) : (tensor<1x1xf64>) -> tensor<1xf64>
    %19 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1xi32>
    %20 = "stablehlo.compare"(%1, %19) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %21 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %22 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64> } : (tensor<f64>) -> tensor<1xf64>
    %23 = "stablehlo.subtract"(%14, %18) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %24 = "stablehlo.select"(%20, %22, %23) : (tensor<1xi1>, tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %25 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 2>,
      start_indices = array<i64: 1>,
      strides = array<i64: 1>
    } : (tensor<4xi32>) -> tensor<1xi32>
    %26 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 2, 3>,
      start_indices = array<i64: 1, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x3xf64>) -> tensor<1x3xf64>
    %27 = "stablehlo.dot_general"(%26, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x3xf64>, tensor<6x3xf64>) -> tensor<1x6xf64>
    %28 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %30 = "stablehlo.reduce"(%27, %28) ({
      ^reductionFn(%c3_lhs: tensor<f64>, %c3_rhs: tensor<f64>) :
          %29 = "stablehlo.maximum"(%c3_lhs, %c3_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%29) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x6xf64>, tensor<f64>) -> tensor<1xf64>
    %31 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf64>) -> tensor<1x6xf64>
    %32 = "stablehlo.subtract"(%27, %31) : (tensor<1x6xf64>, tensor<1x6xf64>) -> tensor<1x6xf64>
    %33 = "stablehlo.exponential"(%32) : (tensor<1x6xf64>) -> tensor<1x6xf64>
    %34 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %36 = "stablehlo.reduce"(%33, %34) ({
      ^reductionFn(%c4_lhs: tensor<f64>, %c4_rhs: tensor<f64>) :
          %35 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%35) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x6xf64>, tensor<f64>) -> tensor<1xf64>
    %37 = "stablehlo.log"(%36) : (tensor<1xf64>) -> tensor<1xf64>
    %38 = "stablehlo.add"(%30, %37) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %39 = "stablehlo.reshape"(%25) : (tensor<1xi32>) -> tensor<1x1xi32>
    %40 = "stablehlo.convert"(%39) : (tensor<1x1xi32>) -> tensor<1x1xi64>
    %41 = "stablehlo.gather"(%27, %40) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<1x6xf64>, tensor<1x1xi64>) -> tensor<1x1xf64>
    %42 = "stablehlo.reshape"(%41) : (tensor<1x1xf64>) -> tensor<1xf64>
    %43 = "stablehlo.compare"(%25, %19) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %44 = "stablehlo.subtract"(%38, %42) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %45 = "stablehlo.select"(%43, %22, %44) : (tensor<1xi1>, tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %46 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 3>,
      start_indices = array<i64: 2>,
      strides = array<i64: 1>
    } : (tensor<4xi32>) -> tensor<1xi32>
    %47 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 3, 3>,
      start_indices = array<i64: 2, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x3xf64>) -> tensor<1x3xf64>
    %48 = "stablehlo.dot_general"(%47, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x3xf64>, tensor<6x3xf64>) -> tensor<1x6xf64>
    %49 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %51 = "stablehlo.reduce"(%48, %49) ({
      ^reductionFn(%c5_lhs: tensor<f64>, %c5_rhs: tensor<f64>) :
          %50 = "stablehlo.maximum"(%c5_lhs, %c5_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%50) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x6xf64>, tensor<f64>) -> tensor<1xf64>
    %52 = "stablehlo.broadcast_in_dim"(%51) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf64>) -> tensor<1x6xf64>
    %53 = "stablehlo.subtract"(%48, %52) : (tensor<1x6xf64>, tensor<1x6xf64>) -> tensor<1x6xf64>
    %54 = "stablehlo.exponential"(%53) : (tensor<1x6xf64>) -> tensor<1x6xf64>
    %55 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %57 = "stablehlo.reduce"(%54, %55) ({
      ^reductionFn(%c6_lhs: tensor<f64>, %c6_rhs: tensor<f64>) :
          %56 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%56) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x6xf64>, tensor<f64>) -> tensor<1xf64>
    %58 = "stablehlo.log"(%57) : (tensor<1xf64>) -> tensor<1xf64>
    %59 = "stablehlo.add"(%51, %58) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %60 = "stablehlo.reshape"(%46) : (tensor<1xi32>) -> tensor<1x1xi32>
    %61 = "stablehlo.convert"(%60) : (tensor<1x1xi32>) -> tensor<1x1xi64>
    %62 = "stablehlo.gather"(%48, %61) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<1x6xf64>, tensor<1x1xi64>) -> tensor<1x1xf64>
    %63 = "stablehlo.reshape"(%62) : (tensor<1x1xf64>) -> tensor<1xf64>
    %64 = "stablehlo.compare"(%46, %19) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %65 = "stablehlo.subtract"(%59, %63) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %66 = "stablehlo.select"(%64, %22, %65) : (tensor<1xi1>, tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %67 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 4>,
      start_indices = array<i64: 3>,
      strides = array<i64: 1>
    } : (tensor<4xi32>) -> tensor<1xi32>
    %68 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 4, 3>,
      start_indices = array<i64: 3, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x3xf64>) -> tensor<1x3xf64>
    %69 = "stablehlo.dot_general"(%68, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x3xf64>, tensor<6x3xf64>) -> tensor<1x6xf64>
    %70 = "stablehlo.constant"() { value = dense<0xfff0000000000000> : tensor<f64> } : () -> tensor<f64>
    %72 = "stablehlo.reduce"(%69, %70) ({
      ^reductionFn(%c7_lhs: tensor<f64>, %c7_rhs: tensor<f64>) :
          %71 = "stablehlo.maximum"(%c7_lhs, %c7_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%71) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x6xf64>, tensor<f64>) -> tensor<1xf64>
    %73 = "stablehlo.broadcast_in_dim"(%72) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf64>) -> tensor<1x6xf64>
    %74 = "stablehlo.subtract"(%69, %73) : (tensor<1x6xf64>, tensor<1x6xf64>) -> tensor<1x6xf64>
    %75 = "stablehlo.exponential"(%74) : (tensor<1x6xf64>) -> tensor<1x6xf64>
    %76 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %78 = "stablehlo.reduce"(%75, %76) ({
      ^reductionFn(%c8_lhs: tensor<f64>, %c8_rhs: tensor<f64>) :
          %77 = "stablehlo.add"(%c8_lhs, %c8_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%77) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x6xf64>, tensor<f64>) -> tensor<1xf64>
    %79 = "stablehlo.log"(%78) : (tensor<1xf64>) -> tensor<1xf64>
    %80 = "stablehlo.add"(%72, %79) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %81 = "stablehlo.reshape"(%67) : (tensor<1xi32>) -> tensor<1x1xi32>
    %82 = "stablehlo.convert"(%81) : (tensor<1x1xi32>) -> tensor<1x1xi64>
    %83 = "stablehlo.gather"(%69, %82) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<1x6xf64>, tensor<1x1xi64>) -> tensor<1x1xf64>
    %84 = "stablehlo.reshape"(%83) : (tensor<1x1xf64>) -> tensor<1xf64>
    %85 = "stablehlo.compare"(%67, %19) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %86 = "stablehlo.subtract"(%80, %84) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %87 = "stablehlo.select"(%85, %22, %86) : (tensor<1xi1>, tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %88 = "stablehlo.concatenate"(%24, %45, %66, %87) { dimension = 0 : i64 } : (tensor<1xf64>, tensor<1xf64>, tensor<1xf64>, tensor<1xf64>) -> tensor<4xf64>
    "stablehlo.return"(%88) : (tensor<4xf64>) -> ()
  }
}

// ===== chunks_bf16
module @chunks_bf16 {
  func.func @main(%p0_p0: tensor<7x16xbf16>, %p1_p1: tensor<11x16xbf16>, %p2_p2: tensor<7xi64>) -> tensor<7xf32> {
    %0 = "stablehlo.constant"() { value = dense<-100> : tensor<i64> } : () -> tensor<i64>
    %1 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 2>,
      start_indices = array<i64: 0>,
      strides = array<i64: 1>
    } : (tensor<7xi64>) -> tensor<2xi64>
    %2 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 2, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<7x16xbf16>) -> tensor<2x16xbf16>
    %3 = "stablehlo.dot_general"(%2, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x16xbf16>, tensor<11x16xbf16>) -> tensor<2x11xbf16>
    %4 = "stablehlo.convert"(%3) : (tensor<2x11xbf16>) -> tensor<2x11xf32>
    %5 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.reduce"(%4, %5) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %6 = "stablehlo.maximum"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%6) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x11xf32>, tensor<f32>) -> tensor<2xf32>
    %8 = "stablehlo.broadcast_in_dim"(%7) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x11xf32>
    %9 = "stablehlo.subtract"(%4, %8) : (tensor<2x11xf32>, tensor<2x11xf32>) -> tensor<2x11xf32>
    %10 = "stablehlo.exponential"(%9) : (tensor<2x11xf32>) -> tensor<2x11xf32>
    %11 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %12 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x11xf32>, tensor<f32>) -> tensor<2xf32>
    %14 = "stablehlo.log"(%13) : (tensor<2xf32>) -> tensor<2xf32>
    %15 = "stablehlo.add"(%7, %14) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %16 = "stablehlo.reshape"(%1) : (tensor<2xi64>) -> tensor<2x1xi64>
    %17 = "stablehlo.gather"(%4, %16) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<2x11xf32>, tensor<2x1xi64>) -> tensor<2x1xf32>
    %18 = "stablehlo.reshape"(%17) : (tensor<2x1xf32>) -> tensor<2xf32>
    %19 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2xi64>
    %20 = "stablehlo.compare"(%1, %19) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi1>
    %21 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %22 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2xf32>
    %23 = "stablehlo.subtract"(%15, %18) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %24 = "stablehlo.select"(%20, %22, %23) : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %25 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 4>,
      start_indices = array<i64: 2>,
      strides = array<i64: 1>
    } : (tensor<7xi64>) -> tensor<2xi64>
    %26 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 2, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<7x16xbf16>) -> tensor<2x16xbf16>
    %27 = "stablehlo.dot_general"(%26, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x16xbf16>, tensor<11x16xbf16>) -> tensor<2x11xbf16>
    %28 = "stablehlo.convert"(%27) : (tensor<2x11xbf16>) -> tensor<2x11xf32>
    %29 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %31 = "stablehlo.reduce"(%28, %29) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %30 = "stablehlo.maximum"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%30) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x11xf32>, tensor<f32>) -> tensor<2xf32>
    %32 = "stablehlo.broadcast_in_dim"(%31) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x11xf32>
    %33 = "stablehlo.subtract"(%28, %32) : (tensor<2x11xf32>, tensor<2x11xf32>) -> tensor<2x11xf32>
    %34 = "stablehlo.exponential"(%33) : (tensor<2x11xf32>) -> tensor<2x11xf32>
    %35 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %37 = "stablehlo.reduce"(%34, %35) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %36 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%36) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x11xf32>, tensor<f32>) -> tensor<2xf32>
    %38 = "stablehlo.log"(%37) : (tensor<2xf32>) -> tensor<2xf32>
    %39 = "stablehlo.add"(%31, %38) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %40 = "stablehlo.reshape"(%25) : (tensor<2xi64>) -> tensor<2x1xi64>
    %41 = "stablehlo.gather"(%28, %40) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<2x11xf32>, tensor<2x1xi64>) -> tensor<2x1xf32>
    %42 = "stablehlo.reshape"(%41) : (tensor<2x1xf32>) -> tensor<2xf32>
    %43 = "stablehlo.compare"(%25, %19) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi1>
    %44 = "stablehlo.subtract"(%39, %42) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %45 = "stablehlo.select"(%43, %22, %44) : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %46 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 6>,
      start_indices = array<i64: 4>,
      strides = array<i64: 1>
    } : (tensor<7xi64>) -> tensor<2xi64>
    %47 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 6, 16>,
      start_indices = array<i64: 4, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<7x16xbf16>) -> tensor<2x16xbf16>
    %48 = "stablehlo.dot_general"(%47, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x16xbf16>, tensor<11x16xbf16>) -> tensor<2x11xbf16>
    %49 = "stablehlo.convert"(%48) : (tensor<2x11xbf16>) -> tensor<2x11xf32>
    %50 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %52 = "stablehlo.reduce"(%49, %50) ({
      ^reductionFn(%c5_lhs: tensor<f32>, %c5_rhs: tensor<f32>) :
          %51 = "stablehlo.maximum"(%c5_lhs, %c5_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%51) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x11xf32>, tensor<f32>) -> tensor<2xf32>
    %53 = "stablehlo.broadcast_in_dim"(%52) { broadcast_dimensions = array<i64: 0> } : (tensor<2xf32>) -> tensor<2x11xf32>
    %54 = "stablehlo.subtract"(%49, %53) : (tensor<2x11xf32>, tensor<2x11xf32>) -> tensor<2x11xf32>
    %55 = "stablehlo.exponential"(%54) : (tensor<2x11xf32>) -> tensor<2x11xf32>
    %56 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %58 = "stablehlo.reduce"(%55, %56) ({
      ^reductionFn(%c6_lhs: tensor<f32>, %c6_rhs: tensor<f32>) :
          %57 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%57) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x11xf32>, tensor<f32>) -> tensor<2xf32>
    %59 = "stablehlo.log"(%58) : (tensor<2xf32>) -> tensor<2xf32>
    %60 = "stablehlo.add"(%52, %59) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %61 = "stablehlo.reshape"(%46) : (tensor<2xi64>) -> tensor<2x1xi64>
    %62 = "stablehlo.gather"(%49, %61) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<2x11xf32>, tensor<2x1xi64>) -> tensor<2x1xf32>
    %63 = "stablehlo.reshape"(%62) : (tensor<2x1xf32>) -> tensor<2xf32>
    %64 = "stablehlo.compare"(%46, %19) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi1>
    %65 = "stablehlo.subtract"(%60, %63) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %66 = "stablehlo.select"(%64, %22, %65) : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %67 = "stablehlo.slice"(%p2_p2) {
      limit_indices = array<i64: 7>,
      start_indices = array<i64: 6>,
      strides = array<i64: 1>
    } : (tensor<7xi64>) -> tensor<1xi64>
    %68 = "stablehlo.slice"(%p0_p0) {
      limit_indices = array<i64: 7, 16>,
      start_indices = array<i64: 6, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<7x16xbf16>) -> tensor<1x16xbf16>
    %69 = "stablehlo.dot_general"(%68, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x16xbf16>, tensor<11x16xbf16>) -> tensor<1x11xbf16>
    %70 = "stablehlo.convert"(%69) : (tensor<1x11xbf16>) -> tensor<1x11xf32>
    %71 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %73 = "stablehlo.reduce"(%70, %71) ({
      ^reductionFn(%c7_lhs: tensor<f32>, %c7_rhs: tensor<f32>) :
          %72 = "stablehlo.maximum"(%c7_lhs, %c7_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%72) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x11xf32>, tensor<f32>) -> tensor<1xf32>
    %74 = "stablehlo.broadcast_in_dim"(%73) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x11xf32>
    %75 = "stablehlo.subtract"(%70, %74) : (tensor<1x11xf32>, tensor<1x11xf32>) -> tensor<1x11xf32>
    %76 = "stablehlo.exponential"(%75) : (tensor<1x11xf32>) -> tensor<1x11xf32>
    %77 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %79 = "stablehlo.reduce"(%76, %77) ({
      ^reductionFn(%c8_lhs: tensor<f32>, %c8_rhs: tensor<f32>) :
          %78 = "stablehlo.add"(%c8_lhs, %c8_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%78) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x11xf32>, tensor<f32>) -> tensor<1xf32>
    %80 = "stablehlo.log"(%79) : (tensor<1xf32>) -> tensor<1xf32>
    %81 = "stablehlo.add"(%73, %80) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %82 = "stablehlo.reshape"(%67) : (tensor<1xi64>) -> tensor<1x1xi64>
    %83 = "stablehlo.gather"(%70, %82) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<1x11xf32>, tensor<1x1xi64>) -> tensor<1x1xf32>
    %84 = "stablehlo.reshape"(%83) : (tensor<1x1xf32>) -> tensor<1xf32>
    %85 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %86 = "stablehlo.compare"(%67, %85) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi1>
    %87 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %88 = "stablehlo.subtract"(%81, %84) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %89 = "stablehlo.select"(%86, %87, %88) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %90 = "stablehlo.concatenate"(%24, %45, %66, %89) { dimension = 0 : i64 } : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<1xf32>) -> tensor<7xf32>
    "stablehlo.return"(%90) : (tensor<7xf32>) -> ()
  }
}

// ===== no_rows_f32
module @no_rows_f32 {
  func.func @main(%p0_p0: tensor<0x4xf32>, %p1_p1: tensor<6x4xf32>, %p2_p2: tensor<0xi64>) -> tensor<0xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0xf32>
    "stablehlo.return"(%1) : (tensor<0xf32>) -> ()
  }
}

// ===== literal#8
module @literal {
  func.func @main(%p0_p0: tensor<2x1x2xf32>, %p1_p1: tensor<2x2x2xf32>, %p2_p2: tensor<2x2xi64>) -> tensor<2x2x2xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x1x2xf32>, tensor<2x2x2xf32>) -> tensor<2x1x2x2xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<2x1x2x2xf32>) -> tensor<2x2x2xf32>
    %2 = "stablehlo.gather"(%1, %p2_p2) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1, 2>
    } : (tensor<2x2x2xf32>, tensor<2x2xi64>) -> tensor<2x2x2xf32>
    "stablehlo.return"(%2) : (tensor<2x2x2xf32>) -> ()
  }
}

// ===== gather_shared_x_f32
module @gather_shared_x_f32 {
  func.func @main(%p0_p0: tensor<2x1x5xf32>, %p1_p1: tensor<4x3x5xf32>, %p2_p2: tensor<2x2xi64>) -> tensor<2x2x3xf32> {
    %0 = "stablehlo.gather"(%p1_p1, %p2_p2) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2, 3],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 3, 5>
    } : (tensor<4x3x5xf32>, tensor<2x2xi64>) -> tensor<2x2x3x5xf32>
    %1 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x1x5xf32>) -> tensor<2x2x5xf32>
    %2 = "stablehlo.dot_general"(%1, %0) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x5xf32>, tensor<2x2x3x5xf32>) -> tensor<2x2x3xf32>
    "stablehlo.return"(%2) : (tensor<2x2x3xf32>) -> ()
  }
}

// ===== gather_per_row_transposed_f32
module @gather_per_row_transposed_f32 {
  func.func @main(%p0_p0: tensor<1x2x4xf32>, %p1_p1: tensor<3x4x6xf32>, %p2_p2: tensor<1x2xi32>) -> tensor<1x2x6xf32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<1x2xi32>) -> tensor<1x2xi64>
    %1 = "stablehlo.gather"(%p1_p1, %0) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2, 3],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 4, 6>
    } : (tensor<3x4x6xf32>, tensor<1x2xi64>) -> tensor<1x2x4x6xf32>
    %2 = "stablehlo.dot_general"(%p0_p0, %1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x4xf32>, tensor<1x2x4x6xf32>) -> tensor<1x2x6xf32>
    "stablehlo.return"(%2) : (tensor<1x2x6xf32>) -> ()
  }
}

// ===== gather_per_row_bf16
module @gather_per_row_bf16 {
  func.func @main(%p0_p0: tensor<1x2x19xbf16>, %p1_p1: tensor<3x5x19xbf16>, %p2_p2: tensor<1x2xi64>) -> tensor<1x2x5xbf16> {
    %0 = "stablehlo.gather"(%p1_p1, %p2_p2) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2, 3],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 5, 19>
    } : (tensor<3x5x19xbf16>, tensor<1x2xi64>) -> tensor<1x2x5x19xbf16>
    %1 = "stablehlo.dot_general"(%p0_p0, %0) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<1x2x19xbf16>, tensor<1x2x5x19xbf16>) -> tensor<1x2x5xf32>
    %2 = "stablehlo.convert"(%1) : (tensor<1x2x5xf32>) -> tensor<1x2x5xbf16>
    "stablehlo.return"(%2) : (tensor<1x2x5xbf16>) -> ()
  }
}

// ===== gather_long_rows_f32
module @gather_long_rows_f32 {
  func.func @main(%p0_p0: tensor<1x1x75xf32>, %p1_p1: tensor<2x3x75xf32>, %p2_p2: tensor<1x2xi64>) -> tensor<1x2x3xf32> {
    %0 = "stablehlo.gather"(%p1_p1, %p2_p2) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2, 3],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 3, 75>
    } : (tensor<2x3x75xf32>, tensor<1x2xi64>) -> tensor<1x2x3x75xf32>
    %1 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x75xf32>) -> tensor<1x2x75xf32>
    %2 = "stablehlo.dot_general"(%1, %0) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x75xf32>, tensor<1x2x3x75xf32>) -> tensor<1x2x3xf32>
    "stablehlo.return"(%2) : (tensor<1x2x3xf32>) -> ()
  }
}

// ===== dense_shared_x_f64
module @dense_shared_x_f64 {
  func.func @main(%p0_p0: tensor<5x1x4xf64>, %p1_p1: tensor<3x2x4xf64>, %p2_p2: tensor<5x2xi64>) -> tensor<5x2x2xf64> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<5x1x4xf64>, tensor<3x2x4xf64>) -> tensor<5x1x3x2xf64>
    %1 = "stablehlo.reshape"(%0) : (tensor<5x1x3x2xf64>) -> tensor<5x3x2xf64>
    %2 = "stablehlo.gather"(%1, %p2_p2) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1, 2>
    } : (tensor<5x3x2xf64>, tensor<5x2xi64>) -> tensor<5x2x2xf64>
    "stablehlo.return"(%2) : (tensor<5x2x2xf64>) -> ()
  }
}

// ===== dense_per_row_transposed_f32
module @dense_per_row_transposed_f32 {
  func.func @main(%p0_p0: tensor<4x2x3xf32>, %p1_p1: tensor<2x3x5xf32>, %p2_p2: tensor<4x2xi64>) -> tensor<4x2x5xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x3xf32>, tensor<2x3x5xf32>) -> tensor<4x2x2x5xf32>
    %1 = "stablehlo.gather"(%0, %p2_p2) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [2],
  operand_batching_dims = [0, 1],
  start_indices_batching_dims = [0, 1],
  start_index_map = [2],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1, 1, 5>
    } : (tensor<4x2x2x5xf32>, tensor<4x2xi64>) -> tensor<4x2x5xf32>
    "stablehlo.return"(%1) : (tensor<4x2x5xf32>) -> ()
  }
}

// ===== dense_many_rows_wide_f32
module @dense_many_rows_wide_f32 {
  func.func @main(%p0_p0: tensor<9x2x37xf32>, %p1_p1: tensor<3x40x37xf32>, %p2_p2: tensor<9x2xi64>) -> tensor<9x2x40xf32> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<9x2x37xf32>, tensor<3x40x37xf32>) -> tensor<9x2x3x40xf32>
    %1 = "stablehlo.gather"(%0, %p2_p2) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [2],
  operand_batching_dims = [0, 1],
  start_indices_batching_dims = [0, 1],
  start_index_map = [2],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1, 1, 40>
    } : (tensor<9x2x3x40xf32>, tensor<9x2xi64>) -> tensor<9x2x40xf32>
    "stablehlo.return"(%1) : (tensor<9x2x40xf32>) -> ()
  }
}

// ===== dense_shared_x_f16
module @dense_shared_x_f16 {
  func.func @main(%p0_p0: tensor<6x1x24xf16>, %p1_p1: tensor<2x20x24xf16>, %p2_p2: tensor<6x2xi32>) -> tensor<6x2x20xf16> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<6x1x24xf16>, tensor<2x20x24xf16>) -> tensor<6x1x2x20xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<6x1x2x20xf32>) -> tensor<6x2x20xf32>
    %2 = "stablehlo.convert"(%p2_p2) : (tensor<6x2xi32>) -> tensor<6x2xi64>
    %3 = "stablehlo.gather"(%1, %2) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [1],
  operand_batching_dims = [0],
  start_indices_batching_dims = [0],
  start_index_map = [1],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1, 20>
    } : (tensor<6x2x20xf32>, tensor<6x2xi64>) -> tensor<6x2x20xf32>
    %4 = "stablehlo.convert"(%3) : (tensor<6x2x20xf32>) -> tensor<6x2x20xf16>
    "stablehlo.return"(%4) : (tensor<6x2x20xf16>) -> ()
  }
}

// ===== dense_per_row_bf16
module @dense_per_row_bf16 {
  func.func @main(%p0_p0: tensor<3x2x8xbf16>, %p1_p1: tensor<4x6x8xbf16>, %p2_p2: tensor<3x2xi64>) -> tensor<3x2x6xbf16> {
    %0 = "stablehlo.dot_general"(%p0_p0, %p1_p1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<3x2x8xbf16>, tensor<4x6x8xbf16>) -> tensor<3x2x4x6xf32>
    %1 = "stablehlo.gather"(%0, %p2_p2) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [2],
  operand_batching_dims = [0, 1],
  start_indices_batching_dims = [0, 1],
  start_index_map = [2],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1, 1, 6>
    } : (tensor<3x2x4x6xf32>, tensor<3x2xi64>) -> tensor<3x2x6xf32>
    %2 = "stablehlo.convert"(%1) : (tensor<3x2x6xf32>) -> tensor<3x2x6xbf16>
    "stablehlo.return"(%2) : (tensor<3x2x6xbf16>) -> ()
  }
}

// ===== no_rows_f32#1
module @no_rows_f32 {
  func.func @main(%p0_p0: tensor<0x1x3xf32>, %p1_p1: tensor<2x4x3xf32>, %p2_p2: tensor<0x2xi64>) -> tensor<0x2x4xf32> {
    %0 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<0x2x4xf32>
    "stablehlo.return"(%1) : (tensor<0x2x4xf32>) -> ()
  }
}

// ===== literal_4bit
module @literal_4bit {
  func.func @main(%p0_p0: tensor<1x32xf32>, %p1_p1: tensor<1x16xui8>, %p2_p2: tensor<1x1xf32>, %p3_p3: tensor<1x1xf32>) -> tensor<1x1xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x16xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x1x16xf32>) -> tensor<1x16xf32>
    %3 = "stablehlo.reshape"(%p3_p3) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x16xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<1x1x16xf32>) -> tensor<1x16xf32>
    %6 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<1x16xui8>
    %8 = "stablehlo.and"(%p1_p1, %7) : (tensor<1x16xui8>, tensor<1x16xui8>) -> tensor<1x16xui8>
    %9 = "stablehlo.convert"(%8) : (tensor<1x16xui8>) -> tensor<1x16xf32>
    %10 = "stablehlo.subtract"(%9, %5) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %11 = "stablehlo.multiply"(%2, %10) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %12 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<1x16xui8>
    %14 = "stablehlo.shift_right_logical"(%p1_p1, %13) : (tensor<1x16xui8>, tensor<1x16xui8>) -> tensor<1x16xui8>
    %15 = "stablehlo.convert"(%14) : (tensor<1x16xui8>) -> tensor<1x16xf32>
    %16 = "stablehlo.subtract"(%15, %5) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %17 = "stablehlo.multiply"(%2, %16) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %18 = "stablehlo.reshape"(%p0_p0) : (tensor<1x32xf32>) -> tensor<1x1x2x16xf32>
    %19 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 1, 1, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x1x2x16xf32>) -> tensor<1x1x1x16xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %21 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<1x16xf32>) -> tensor<1x1x16xf32>
    %22 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x16xf32>) -> tensor<1x1x16xf32>
    %23 = "stablehlo.multiply"(%21, %22) : (tensor<1x1x16xf32>, tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %24 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 1, 1, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x1x2x16xf32>) -> tensor<1x1x1x16xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %26 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<1x16xf32>) -> tensor<1x1x16xf32>
    %27 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x16xf32>) -> tensor<1x1x16xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<1x1x16xf32>, tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %29 = "stablehlo.add"(%23, %28) : (tensor<1x1x16xf32>, tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %30 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %31 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x16xf32>, tensor<f32>) -> tensor<1x1xf32>
    "stablehlo.return"(%32) : (tensor<1x1xf32>) -> ()
  }
}

// ===== decode_4bit_f32
module @decode_4bit_f32 {
  func.func @main(%p0_p0: tensor<1x96xf32>, %p1_p1: tensor<8x48xui8>, %p2_p2: tensor<8x3xf32>, %p3_p3: tensor<8x3xf32>) -> tensor<1x8xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<8x3xf32>) -> tensor<8x3x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<8x3x1xf32>) -> tensor<8x3x16xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<8x3x16xf32>) -> tensor<8x48xf32>
    %3 = "stablehlo.reshape"(%p3_p3) : (tensor<8x3xf32>) -> tensor<8x3x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<8x3x1xf32>) -> tensor<8x3x16xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<8x3x16xf32>) -> tensor<8x48xf32>
    %6 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<8x48xui8>
    %8 = "stablehlo.and"(%p1_p1, %7) : (tensor<8x48xui8>, tensor<8x48xui8>) -> tensor<8x48xui8>
    %9 = "stablehlo.convert"(%8) : (tensor<8x48xui8>) -> tensor<8x48xf32>
    %10 = "stablehlo.subtract"(%9, %5) : (tensor<8x48xf32>, tensor<8x48xf32>) -> tensor<8x48xf32>
    %11 = "stablehlo.multiply"(%2, %10) : (tensor<8x48xf32>, tensor<8x48xf32>) -> tensor<8x48xf32>
    %12 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<8x48xui8>
    %14 = "stablehlo.shift_right_logical"(%p1_p1, %13) : (tensor<8x48xui8>, tensor<8x48xui8>) -> tensor<8x48xui8>
    %15 = "stablehlo.convert"(%14) : (tensor<8x48xui8>) -> tensor<8x48xf32>
    %16 = "stablehlo.subtract"(%15, %5) : (tensor<8x48xf32>, tensor<8x48xf32>) -> tensor<8x48xf32>
    %17 = "stablehlo.multiply"(%2, %16) : (tensor<8x48xf32>, tensor<8x48xf32>) -> tensor<8x48xf32>
    %18 = "stablehlo.reshape"(%p0_p0) : (tensor<1x96xf32>) -> tensor<1x3x2x16xf32>
    %19 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 1, 3, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x3x2x16xf32>) -> tensor<1x3x1x16xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<1x3x1x16xf32>) -> tensor<1x48xf32>
    %21 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<8x48xf32>) -> tensor<1x8x48xf32>
    %22 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x48xf32>) -> tensor<1x8x48xf32>
    %23 = "stablehlo.multiply"(%21, %22) : (tensor<1x8x48xf32>, tensor<1x8x48xf32>) -> tensor<1x8x48xf32>
    %24 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 1, 3, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x3x2x16xf32>) -> tensor<1x3x1x16xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<1x3x1x16xf32>) -> tensor<1x48xf32>
    %26 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<8x48xf32>) -> tensor<1x8x48xf32>
    %27 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x48xf32>) -> tensor<1x8x48xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<1x8x48xf32>, tensor<1x8x48xf32>) -> tensor<1x8x48xf32>
    %29 = "stablehlo.add"(%23, %28) : (tensor<1x8x48xf32>, tensor<1x8x48xf32>) -> tensor<1x8x48xf32>
    %30 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %31 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x8x48xf32>, tensor<f32>) -> tensor<1x8xf32>
    "stablehlo.return"(%32) : (tensor<1x8xf32>) -> ()
  }
}

// ===== decode_4bit_tail_rows
module @decode_4bit_tail_rows {
  func.func @main(%p0_p0: tensor<1x128xf32>, %p1_p1: tensor<7x64xui8>, %p2_p2: tensor<7x2xf32>, %p3_p3: tensor<7x2xf32>) -> tensor<1x7xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<7x2xf32>) -> tensor<7x2x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<7x2x1xf32>) -> tensor<7x2x32xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<7x2x32xf32>) -> tensor<7x64xf32>
    %3 = "stablehlo.reshape"(%p3_p3) : (tensor<7x2xf32>) -> tensor<7x2x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<7x2x1xf32>) -> tensor<7x2x32xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<7x2x32xf32>) -> tensor<7x64xf32>
    %6 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7x64xui8>
    %8 = "stablehlo.and"(%p1_p1, %7) : (tensor<7x64xui8>, tensor<7x64xui8>) -> tensor<7x64xui8>
    %9 = "stablehlo.convert"(%8) : (tensor<7x64xui8>) -> tensor<7x64xf32>
    %10 = "stablehlo.subtract"(%9, %5) : (tensor<7x64xf32>, tensor<7x64xf32>) -> tensor<7x64xf32>
    %11 = "stablehlo.multiply"(%2, %10) : (tensor<7x64xf32>, tensor<7x64xf32>) -> tensor<7x64xf32>
    %12 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7x64xui8>
    %14 = "stablehlo.shift_right_logical"(%p1_p1, %13) : (tensor<7x64xui8>, tensor<7x64xui8>) -> tensor<7x64xui8>
    %15 = "stablehlo.convert"(%14) : (tensor<7x64xui8>) -> tensor<7x64xf32>
    %16 = "stablehlo.subtract"(%15, %5) : (tensor<7x64xf32>, tensor<7x64xf32>) -> tensor<7x64xf32>
    %17 = "stablehlo.multiply"(%2, %16) : (tensor<7x64xf32>, tensor<7x64xf32>) -> tensor<7x64xf32>
    %18 = "stablehlo.reshape"(%p0_p0) : (tensor<1x128xf32>) -> tensor<1x4x2x16xf32>
    %19 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 1, 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x2x16xf32>) -> tensor<1x4x1x16xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<1x4x1x16xf32>) -> tensor<1x64xf32>
    %21 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<7x64xf32>) -> tensor<1x7x64xf32>
    %22 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x64xf32>) -> tensor<1x7x64xf32>
    %23 = "stablehlo.multiply"(%21, %22) : (tensor<1x7x64xf32>, tensor<1x7x64xf32>) -> tensor<1x7x64xf32>
    %24 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 1, 4, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x2x16xf32>) -> tensor<1x4x1x16xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<1x4x1x16xf32>) -> tensor<1x64xf32>
    %26 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<7x64xf32>) -> tensor<1x7x64xf32>
    %27 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x64xf32>) -> tensor<1x7x64xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<1x7x64xf32>, tensor<1x7x64xf32>) -> tensor<1x7x64xf32>
    %29 = "stablehlo.add"(%23, %28) : (tensor<1x7x64xf32>, tensor<1x7x64xf32>) -> tensor<1x7x64xf32>
    %30 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %31 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x7x64xf32>, tensor<f32>) -> tensor<1x7xf32>
    "stablehlo.return"(%32) : (tensor<1x7xf32>) -> ()
  }
}

// ===== decode_4bit_f16_scales
module @decode_4bit_f16_scales {
  func.func @main(%p0_p0: tensor<1x64xf32>, %p1_p1: tensor<12x32xui8>, %p2_p2: tensor<12x2xf16>, %p3_p3: tensor<12x2xf16>) -> tensor<1x12xf32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<12x2xf16>) -> tensor<12x2xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<12x2xf32>) -> tensor<12x2x1xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<12x2x1xf32>) -> tensor<12x2x16xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<12x2x16xf32>) -> tensor<12x32xf32>
    %4 = "stablehlo.convert"(%p3_p3) : (tensor<12x2xf16>) -> tensor<12x2xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<12x2xf32>) -> tensor<12x2x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<12x2x1xf32>) -> tensor<12x2x16xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<12x2x16xf32>) -> tensor<12x32xf32>
    %8 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<12x32xui8>
    %10 = "stablehlo.and"(%p1_p1, %9) : (tensor<12x32xui8>, tensor<12x32xui8>) -> tensor<12x32xui8>
    %11 = "stablehlo.convert"(%10) : (tensor<12x32xui8>) -> tensor<12x32xf32>
    %12 = "stablehlo.subtract"(%11, %7) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %13 = "stablehlo.multiply"(%3, %12) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %14 = "stablehlo.abs"(%13) : (tensor<12x32xf32>) -> tensor<12x32xf32>
    %15 = "stablehlo.constant"() { value = dense<8192.0> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x32xf32>
    %17 = "stablehlo.multiply"(%14, %16) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %18 = "stablehlo.add"(%17, %14) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %19 = "stablehlo.constant"() { value = dense<0.75> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x32xf32>
    %21 = "stablehlo.add"(%14, %20) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %22 = "stablehlo.maximum"(%18, %21) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %23 = "stablehlo.subtract"(%22, %14) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %24 = "stablehlo.subtract"(%22, %23) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %25 = "stablehlo.constant"() { value = dense<65520.0> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x32xf32>
    %27 = "stablehlo.compare"(%14, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xi1>
    %28 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x32xf32>
    %30 = "stablehlo.select"(%27, %29, %24) : (tensor<12x32xi1>, tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %31 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%31) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x32xf32>
    %33 = "stablehlo.compare"(%13, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xi1>
    %34 = "stablehlo.negate"(%30) : (tensor<12x32xf32>) -> tensor<12x32xf32>
    %35 = "stablehlo.select"(%33, %34, %30) : (tensor<12x32xi1>, tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %36 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %37 = "stablehlo.broadcast_in_dim"(%36) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<12x32xui8>
    %38 = "stablehlo.shift_right_logical"(%p1_p1, %37) : (tensor<12x32xui8>, tensor<12x32xui8>) -> tensor<12x32xui8>
    %39 = "stablehlo.convert"(%38) : (tensor<12x32xui8>) -> tensor<12x32xf32>
    %40 = "stablehlo.subtract"(%39, %7) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %41 = "stablehlo.multiply"(%3, %40) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %42 = "stablehlo.abs"(%41) : (tensor<12x32xf32>) -> tensor<12x32xf32>
    %43 = "stablehlo.multiply"(%42, %16) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %44 = "stablehlo.add"(%43, %42) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %45 = "stablehlo.add"(%42, %20) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %46 = "stablehlo.maximum"(%44, %45) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %47 = "stablehlo.subtract"(%46, %42) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %48 = "stablehlo.subtract"(%46, %47) : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %49 = "stablehlo.compare"(%42, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xi1>
    %50 = "stablehlo.select"(%49, %29, %48) : (tensor<12x32xi1>, tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %51 = "stablehlo.compare"(%41, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xi1>
    %52 = "stablehlo.negate"(%50) : (tensor<12x32xf32>) -> tensor<12x32xf32>
    %53 = "stablehlo.select"(%51, %52, %50) : (tensor<12x32xi1>, tensor<12x32xf32>, tensor<12x32xf32>) -> tensor<12x32xf32>
    %54 = "stablehlo.reshape"(%p0_p0) : (tensor<1x64xf32>) -> tensor<1x2x2x16xf32>
    %55 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 1, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x2x16xf32>) -> tensor<1x2x1x16xf32>
    %56 = "stablehlo.reshape"(%55) : (tensor<1x2x1x16xf32>) -> tensor<1x32xf32>
    %57 = "stablehlo.broadcast_in_dim"(%35) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<12x32xf32>) -> tensor<1x12x32xf32>
    %58 = "stablehlo.broadcast_in_dim"(%56) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x32xf32>) -> tensor<1x12x32xf32>
    %59 = "stablehlo.multiply"(%57, %58) : (tensor<1x12x32xf32>, tensor<1x12x32xf32>) -> tensor<1x12x32xf32>
    %60 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 1, 2, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x2x16xf32>) -> tensor<1x2x1x16xf32>
    %61 = "stablehlo.reshape"(%60) : (tensor<1x2x1x16xf32>) -> tensor<1x32xf32>
    %62 = "stablehlo.broadcast_in_dim"(%53) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<12x32xf32>) -> tensor<1x12x32xf32>
    %63 = "stablehlo.broadcast_in_dim"(%61) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x32xf32>) -> tensor<1x12x32xf32>
    %64 = "stablehlo.multiply"(%62, %63) : (tensor<1x12x32xf32>, tensor<1x12x32xf32>) -> tensor<1x12x32xf32>
    %65 = "stablehlo.add"(%59, %64) : (tensor<1x12x32xf32>, tensor<1x12x32xf32>) -> tensor<1x12x32xf32>
    %66 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %68 = "stablehlo.reduce"(%65, %66) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %67 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%67) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x12x32xf32>, tensor<f32>) -> tensor<1x12xf32>
    "stablehlo.return"(%68) : (tensor<1x12xf32>) -> ()
  }
}

// ===== decode_4bit_bf16_scales_one_group
module @decode_4bit_bf16_scales_one_group {
  func.func @main(%p0_p0: tensor<1x128xf32>, %p1_p1: tensor<4x64xui8>, %p2_p2: tensor<4x1xbf16>, %p3_p3: tensor<4x1xbf16>) -> tensor<1x4xf32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<4x1xbf16>) -> tensor<4x1xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<4x1xf32>) -> tensor<4x1x1xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x1x1xf32>) -> tensor<4x1x64xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<4x1x64xf32>) -> tensor<4x64xf32>
    %4 = "stablehlo.convert"(%p3_p3) : (tensor<4x1xbf16>) -> tensor<4x1xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<4x1xf32>) -> tensor<4x1x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x1x1xf32>) -> tensor<4x1x64xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<4x1x64xf32>) -> tensor<4x64xf32>
    %8 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<4x64xui8>
    %10 = "stablehlo.and"(%p1_p1, %9) : (tensor<4x64xui8>, tensor<4x64xui8>) -> tensor<4x64xui8>
    %11 = "stablehlo.convert"(%10) : (tensor<4x64xui8>) -> tensor<4x64xf32>
    %12 = "stablehlo.subtract"(%11, %7) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %13 = "stablehlo.multiply"(%3, %12) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %14 = "stablehlo.abs"(%13) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %15 = "stablehlo.constant"() { value = dense<1.2676506002282294e+30> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %17 = "stablehlo.compare"(%14, %16) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %18 = "stablehlo.constant"() { value = dense<5.421010862427522e-20> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %21 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %22 = "stablehlo.select"(%17, %20, %21) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %23 = "stablehlo.constant"() { value = dense<1.8446744073709552e+19> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %25 = "stablehlo.select"(%17, %24, %21) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %26 = "stablehlo.multiply"(%14, %22) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %27 = "stablehlo.constant"() { value = dense<65536.0> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %29 = "stablehlo.multiply"(%26, %28) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %30 = "stablehlo.add"(%29, %26) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %31 = "stablehlo.constant"() { value = dense<1.1555579666323415e-33> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%31) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %33 = "stablehlo.add"(%26, %32) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %34 = "stablehlo.maximum"(%30, %33) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %35 = "stablehlo.subtract"(%34, %26) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %36 = "stablehlo.subtract"(%34, %35) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %37 = "stablehlo.multiply"(%36, %25) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %38 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %40 = "stablehlo.compare"(%14, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %41 = "stablehlo.select"(%40, %14, %37) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %42 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %43 = "stablehlo.broadcast_in_dim"(%42) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %44 = "stablehlo.compare"(%13, %43) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %45 = "stablehlo.negate"(%41) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %46 = "stablehlo.select"(%44, %45, %41) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %47 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %48 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<4x64xui8>
    %49 = "stablehlo.shift_right_logical"(%p1_p1, %48) : (tensor<4x64xui8>, tensor<4x64xui8>) -> tensor<4x64xui8>
    %50 = "stablehlo.convert"(%49) : (tensor<4x64xui8>) -> tensor<4x64xf32>
    %51 = "stablehlo.subtract"(%50, %7) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %52 = "stablehlo.multiply"(%3, %51) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %53 = "stablehlo.abs"(%52) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %54 = "stablehlo.compare"(%53, %16) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %55 = "stablehlo.select"(%54, %20, %21) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %56 = "stablehlo.select"(%54, %24, %21) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %57 = "stablehlo.multiply"(%53, %55) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %58 = "stablehlo.multiply"(%57, %28) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %59 = "stablehlo.add"(%58, %57) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %60 = "stablehlo.add"(%57, %32) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %61 = "stablehlo.maximum"(%59, %60) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %62 = "stablehlo.subtract"(%61, %57) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %63 = "stablehlo.subtract"(%61, %62) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %64 = "stablehlo.multiply"(%63, %56) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %65 = "stablehlo.compare"(%53, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %66 = "stablehlo.select"(%65, %53, %64) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %67 = "stablehlo.compare"(%52, %43) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %68 = "stablehlo.negate"(%66) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %69 = "stablehlo.select"(%67, %68, %66) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %70 = "stablehlo.reshape"(%p0_p0) : (tensor<1x128xf32>) -> tensor<1x4x2x16xf32>
    %71 = "stablehlo.slice"(%70) {
      limit_indices = array<i64: 1, 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x2x16xf32>) -> tensor<1x4x1x16xf32>
    %72 = "stablehlo.reshape"(%71) : (tensor<1x4x1x16xf32>) -> tensor<1x64xf32>
    %73 = "stablehlo.broadcast_in_dim"(%46) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<4x64xf32>) -> tensor<1x4x64xf32>
    %74 = "stablehlo.broadcast_in_dim"(%72) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x64xf32>) -> tensor<1x4x64xf32>
    %75 = "stablehlo.multiply"(%73, %74) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %76 = "stablehlo.slice"(%70) {
      limit_indices = array<i64: 1, 4, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x2x16xf32>) -> tensor<1x4x1x16xf32>
    %77 = "stablehlo.reshape"(%76) : (tensor<1x4x1x16xf32>) -> tensor<1x64xf32>
    %78 = "stablehlo.broadcast_in_dim"(%69) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<4x64xf32>) -> tensor<1x4x64xf32>
    %79 = "stablehlo.broadcast_in_dim"(%77) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x64xf32>) -> tensor<1x4x64xf32>
    %80 = "stablehlo.multiply"(%78, %79) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %81 = "stablehlo.add"(%75, %80) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %82 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %84 = "stablehlo.reduce"(%81, %82) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %83 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%83) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    "stablehlo.return"(%84) : (tensor<1x4xf32>) -> ()
  }
}

// ===== decode_4bit_wide_f16_scales
module @decode_4bit_wide_f16_scales {
  func.func @main(%p0_p0: tensor<1x384xf32>, %p1_p1: tensor<16x192xui8>, %p2_p2: tensor<16x3xf16>, %p3_p3: tensor<16x3xf16>) -> tensor<1x16xf32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<16x3xf16>) -> tensor<16x3xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<16x3xf32>) -> tensor<16x3x1xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<16x3x1xf32>) -> tensor<16x3x64xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<16x3x64xf32>) -> tensor<16x192xf32>
    %4 = "stablehlo.convert"(%p3_p3) : (tensor<16x3xf16>) -> tensor<16x3xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<16x3xf32>) -> tensor<16x3x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<16x3x1xf32>) -> tensor<16x3x64xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<16x3x64xf32>) -> tensor<16x192xf32>
    %8 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<16x192xui8>
    %10 = "stablehlo.and"(%p1_p1, %9) : (tensor<16x192xui8>, tensor<16x192xui8>) -> tensor<16x192xui8>
    %11 = "stablehlo.convert"(%10) : (tensor<16x192xui8>) -> tensor<16x192xf32>
    %12 = "stablehlo.subtract"(%11, %7) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %13 = "stablehlo.multiply"(%3, %12) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %14 = "stablehlo.abs"(%13) : (tensor<16x192xf32>) -> tensor<16x192xf32>
    %15 = "stablehlo.constant"() { value = dense<8192.0> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16x192xf32>
    %17 = "stablehlo.multiply"(%14, %16) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %18 = "stablehlo.add"(%17, %14) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %19 = "stablehlo.constant"() { value = dense<0.75> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16x192xf32>
    %21 = "stablehlo.add"(%14, %20) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %22 = "stablehlo.maximum"(%18, %21) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %23 = "stablehlo.subtract"(%22, %14) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %24 = "stablehlo.subtract"(%22, %23) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %25 = "stablehlo.constant"() { value = dense<65520.0> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16x192xf32>
    %27 = "stablehlo.compare"(%14, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xi1>
    %28 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16x192xf32>
    %30 = "stablehlo.select"(%27, %29, %24) : (tensor<16x192xi1>, tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %31 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%31) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16x192xf32>
    %33 = "stablehlo.compare"(%13, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xi1>
    %34 = "stablehlo.negate"(%30) : (tensor<16x192xf32>) -> tensor<16x192xf32>
    %35 = "stablehlo.select"(%33, %34, %30) : (tensor<16x192xi1>, tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %36 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %37 = "stablehlo.broadcast_in_dim"(%36) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<16x192xui8>
    %38 = "stablehlo.shift_right_logical"(%p1_p1, %37) : (tensor<16x192xui8>, tensor<16x192xui8>) -> tensor<16x192xui8>
    %39 = "stablehlo.convert"(%38) : (tensor<16x192xui8>) -> tensor<16x192xf32>
    %40 = "stablehlo.subtract"(%39, %7) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %41 = "stablehlo.multiply"(%3, %40) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %42 = "stablehlo.abs"(%41) : (tensor<16x192xf32>) -> tensor<16x192xf32>
    %43 = "stablehlo.multiply"(%42, %16) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %44 = "stablehlo.add"(%43, %42) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %45 = "stablehlo.add"(%42, %20) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %46 = "stablehlo.maximum"(%44, %45) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %47 = "stablehlo.subtract"(%46, %42) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %48 = "stablehlo.subtract"(%46, %47) : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %49 = "stablehlo.compare"(%42, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xi1>
    %50 = "stablehlo.select"(%49, %29, %48) : (tensor<16x192xi1>, tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %51 = "stablehlo.compare"(%41, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xi1>
    %52 = "stablehlo.negate"(%50) : (tensor<16x192xf32>) -> tensor<16x192xf32>
    %53 = "stablehlo.select"(%51, %52, %50) : (tensor<16x192xi1>, tensor<16x192xf32>, tensor<16x192xf32>) -> tensor<16x192xf32>
    %54 = "stablehlo.reshape"(%p0_p0) : (tensor<1x384xf32>) -> tensor<1x12x2x16xf32>
    %55 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 1, 12, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x12x2x16xf32>) -> tensor<1x12x1x16xf32>
    %56 = "stablehlo.reshape"(%55) : (tensor<1x12x1x16xf32>) -> tensor<1x192xf32>
    %57 = "stablehlo.broadcast_in_dim"(%35) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<16x192xf32>) -> tensor<1x16x192xf32>
    %58 = "stablehlo.broadcast_in_dim"(%56) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x192xf32>) -> tensor<1x16x192xf32>
    %59 = "stablehlo.multiply"(%57, %58) : (tensor<1x16x192xf32>, tensor<1x16x192xf32>) -> tensor<1x16x192xf32>
    %60 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 1, 12, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x12x2x16xf32>) -> tensor<1x12x1x16xf32>
    %61 = "stablehlo.reshape"(%60) : (tensor<1x12x1x16xf32>) -> tensor<1x192xf32>
    %62 = "stablehlo.broadcast_in_dim"(%53) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<16x192xf32>) -> tensor<1x16x192xf32>
    %63 = "stablehlo.broadcast_in_dim"(%61) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x192xf32>) -> tensor<1x16x192xf32>
    %64 = "stablehlo.multiply"(%62, %63) : (tensor<1x16x192xf32>, tensor<1x16x192xf32>) -> tensor<1x16x192xf32>
    %65 = "stablehlo.add"(%59, %64) : (tensor<1x16x192xf32>, tensor<1x16x192xf32>) -> tensor<1x16x192xf32>
    %66 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %68 = "stablehlo.reduce"(%65, %66) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %67 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%67) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x16x192xf32>, tensor<f32>) -> tensor<1x16xf32>
    "stablehlo.return"(%68) : (tensor<1x16xf32>) -> ()
  }
}

// ===== decode_4bit_wide_group_256_rows_10
module @decode_4bit_wide_group_256_rows_10 {
  func.func @main(%p0_p0: tensor<1x512xf32>, %p1_p1: tensor<10x256xui8>, %p2_p2: tensor<10x2xf32>, %p3_p3: tensor<10x2xf32>) -> tensor<1x10xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<10x2xf32>) -> tensor<10x2x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<10x2x1xf32>) -> tensor<10x2x128xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<10x2x128xf32>) -> tensor<10x256xf32>
    %3 = "stablehlo.reshape"(%p3_p3) : (tensor<10x2xf32>) -> tensor<10x2x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<10x2x1xf32>) -> tensor<10x2x128xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<10x2x128xf32>) -> tensor<10x256xf32>
    %6 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<10x256xui8>
    %8 = "stablehlo.and"(%p1_p1, %7) : (tensor<10x256xui8>, tensor<10x256xui8>) -> tensor<10x256xui8>
    %9 = "stablehlo.convert"(%8) : (tensor<10x256xui8>) -> tensor<10x256xf32>
    %10 = "stablehlo.subtract"(%9, %5) : (tensor<10x256xf32>, tensor<10x256xf32>) -> tensor<10x256xf32>
    %11 = "stablehlo.multiply"(%2, %10) : (tensor<10x256xf32>, tensor<10x256xf32>) -> tensor<10x256xf32>
    %12 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<10x256xui8>
    %14 = "stablehlo.shift_right_logical"(%p1_p1, %13) : (tensor<10x256xui8>, tensor<10x256xui8>) -> tensor<10x256xui8>
    %15 = "stablehlo.convert"(%14) : (tensor<10x256xui8>) -> tensor<10x256xf32>
    %16 = "stablehlo.subtract"(%15, %5) : (tensor<10x256xf32>, tensor<10x256xf32>) -> tensor<10x256xf32>
    %17 = "stablehlo.multiply"(%2, %16) : (tensor<10x256xf32>, tensor<10x256xf32>) -> tensor<10x256xf32>
    %18 = "stablehlo.reshape"(%p0_p0) : (tensor<1x512xf32>) -> tensor<1x16x2x16xf32>
    %19 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 1, 16, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x16x2x16xf32>) -> tensor<1x16x1x16xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<1x16x1x16xf32>) -> tensor<1x256xf32>
    %21 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<10x256xf32>) -> tensor<1x10x256xf32>
    %22 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x256xf32>) -> tensor<1x10x256xf32>
    %23 = "stablehlo.multiply"(%21, %22) : (tensor<1x10x256xf32>, tensor<1x10x256xf32>) -> tensor<1x10x256xf32>
    %24 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 1, 16, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x16x2x16xf32>) -> tensor<1x16x1x16xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<1x16x1x16xf32>) -> tensor<1x256xf32>
    %26 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<10x256xf32>) -> tensor<1x10x256xf32>
    %27 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x256xf32>) -> tensor<1x10x256xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<1x10x256xf32>, tensor<1x10x256xf32>) -> tensor<1x10x256xf32>
    %29 = "stablehlo.add"(%23, %28) : (tensor<1x10x256xf32>, tensor<1x10x256xf32>) -> tensor<1x10x256xf32>
    %30 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %31 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x10x256xf32>, tensor<f32>) -> tensor<1x10xf32>
    "stablehlo.return"(%32) : (tensor<1x10xf32>) -> ()
  }
}

// ===== decode_4bit_1040_groups
module @decode_4bit_1040_groups {
  func.func @main(%p0_p0: tensor<1x33280xf32>, %p1_p1: tensor<2x16640xui8>, %p2_p2: tensor<2x1040xf16>, %p3_p3: tensor<2x1040xf16>) -> tensor<1x2xf32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<2x1040xf16>) -> tensor<2x1040xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<2x1040xf32>) -> tensor<2x1040x1xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x1040x1xf32>) -> tensor<2x1040x16xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<2x1040x16xf32>) -> tensor<2x16640xf32>
    %4 = "stablehlo.convert"(%p3_p3) : (tensor<2x1040xf16>) -> tensor<2x1040xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<2x1040xf32>) -> tensor<2x1040x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x1040x1xf32>) -> tensor<2x1040x16xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<2x1040x16xf32>) -> tensor<2x16640xf32>
    %8 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<2x16640xui8>
    %10 = "stablehlo.and"(%p1_p1, %9) : (tensor<2x16640xui8>, tensor<2x16640xui8>) -> tensor<2x16640xui8>
    %11 = "stablehlo.convert"(%10) : (tensor<2x16640xui8>) -> tensor<2x16640xf32>
    %12 = "stablehlo.subtract"(%11, %7) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %13 = "stablehlo.multiply"(%3, %12) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %14 = "stablehlo.abs"(%13) : (tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %15 = "stablehlo.constant"() { value = dense<8192.0> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x16640xf32>
    %17 = "stablehlo.multiply"(%14, %16) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %18 = "stablehlo.add"(%17, %14) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %19 = "stablehlo.constant"() { value = dense<0.75> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x16640xf32>
    %21 = "stablehlo.add"(%14, %20) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %22 = "stablehlo.maximum"(%18, %21) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %23 = "stablehlo.subtract"(%22, %14) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %24 = "stablehlo.subtract"(%22, %23) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %25 = "stablehlo.constant"() { value = dense<65520.0> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x16640xf32>
    %27 = "stablehlo.compare"(%14, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xi1>
    %28 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x16640xf32>
    %30 = "stablehlo.select"(%27, %29, %24) : (tensor<2x16640xi1>, tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %31 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%31) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x16640xf32>
    %33 = "stablehlo.compare"(%13, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xi1>
    %34 = "stablehlo.negate"(%30) : (tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %35 = "stablehlo.select"(%33, %34, %30) : (tensor<2x16640xi1>, tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %36 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %37 = "stablehlo.broadcast_in_dim"(%36) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<2x16640xui8>
    %38 = "stablehlo.shift_right_logical"(%p1_p1, %37) : (tensor<2x16640xui8>, tensor<2x16640xui8>) -> tensor<2x16640xui8>
    %39 = "stablehlo.convert"(%38) : (tensor<2x16640xui8>) -> tensor<2x16640xf32>
    %40 = "stablehlo.subtract"(%39, %7) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %41 = "stablehlo.multiply"(%3, %40) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %42 = "stablehlo.abs"(%41) : (tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %43 = "stablehlo.multiply"(%42, %16) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %44 = "stablehlo.add"(%43, %42) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %45 = "stablehlo.add"(%42, %20) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %46 = "stablehlo.maximum"(%44, %45) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %47 = "stablehlo.subtract"(%46, %42) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %48 = "stablehlo.subtract"(%46, %47) : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %49 = "stablehlo.compare"(%42, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xi1>
    %50 = "stablehlo.select"(%49, %29, %48) : (tensor<2x16640xi1>, tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %51 = "stablehlo.compare"(%41, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xi1>
    %52 = "stablehlo.negate"(%50) : (tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %53 = "stablehlo.select"(%51, %52, %50) : (tensor<2x16640xi1>, tensor<2x16640xf32>, tensor<2x16640xf32>) -> tensor<2x16640xf32>
    %54 = "stablehlo.reshape"(%p0_p0) : (tensor<1x33280xf32>) -> tensor<1x1040x2x16xf32>
    %55 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 1, 1040, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x1040x2x16xf32>) -> tensor<1x1040x1x16xf32>
    %56 = "stablehlo.reshape"(%55) : (tensor<1x1040x1x16xf32>) -> tensor<1x16640xf32>
    %57 = "stablehlo.broadcast_in_dim"(%35) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x16640xf32>) -> tensor<1x2x16640xf32>
    %58 = "stablehlo.broadcast_in_dim"(%56) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x16640xf32>) -> tensor<1x2x16640xf32>
    %59 = "stablehlo.multiply"(%57, %58) : (tensor<1x2x16640xf32>, tensor<1x2x16640xf32>) -> tensor<1x2x16640xf32>
    %60 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 1, 1040, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x1040x2x16xf32>) -> tensor<1x1040x1x16xf32>
    %61 = "stablehlo.reshape"(%60) : (tensor<1x1040x1x16xf32>) -> tensor<1x16640xf32>
    %62 = "stablehlo.broadcast_in_dim"(%53) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<2x16640xf32>) -> tensor<1x2x16640xf32>
    %63 = "stablehlo.broadcast_in_dim"(%61) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x16640xf32>) -> tensor<1x2x16640xf32>
    %64 = "stablehlo.multiply"(%62, %63) : (tensor<1x2x16640xf32>, tensor<1x2x16640xf32>) -> tensor<1x2x16640xf32>
    %65 = "stablehlo.add"(%59, %64) : (tensor<1x2x16640xf32>, tensor<1x2x16640xf32>) -> tensor<1x2x16640xf32>
    %66 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %68 = "stablehlo.reduce"(%65, %66) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %67 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%67) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x2x16640xf32>, tensor<f32>) -> tensor<1x2xf32>
    "stablehlo.return"(%68) : (tensor<1x2xf32>) -> ()
  }
}

// ===== few_rows_4bit_rank3
module @few_rows_4bit_rank3 {
  func.func @main(%p0_p0: tensor<1x3x64xf32>, %p1_p1: tensor<9x32xui8>, %p2_p2: tensor<9x2xf32>, %p3_p3: tensor<9x2xf32>) -> tensor<1x3x9xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<9x2xf32>) -> tensor<9x2x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<9x2x1xf32>) -> tensor<9x2x16xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<9x2x16xf32>) -> tensor<9x32xf32>
    %3 = "stablehlo.reshape"(%p3_p3) : (tensor<9x2xf32>) -> tensor<9x2x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<9x2x1xf32>) -> tensor<9x2x16xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<9x2x16xf32>) -> tensor<9x32xf32>
    %6 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<9x32xui8>
    %8 = "stablehlo.and"(%p1_p1, %7) : (tensor<9x32xui8>, tensor<9x32xui8>) -> tensor<9x32xui8>
    %9 = "stablehlo.convert"(%8) : (tensor<9x32xui8>) -> tensor<9x32xf32>
    %10 = "stablehlo.subtract"(%9, %5) : (tensor<9x32xf32>, tensor<9x32xf32>) -> tensor<9x32xf32>
    %11 = "stablehlo.multiply"(%2, %10) : (tensor<9x32xf32>, tensor<9x32xf32>) -> tensor<9x32xf32>
    %12 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<9x32xui8>
    %14 = "stablehlo.shift_right_logical"(%p1_p1, %13) : (tensor<9x32xui8>, tensor<9x32xui8>) -> tensor<9x32xui8>
    %15 = "stablehlo.convert"(%14) : (tensor<9x32xui8>) -> tensor<9x32xf32>
    %16 = "stablehlo.subtract"(%15, %5) : (tensor<9x32xf32>, tensor<9x32xf32>) -> tensor<9x32xf32>
    %17 = "stablehlo.multiply"(%2, %16) : (tensor<9x32xf32>, tensor<9x32xf32>) -> tensor<9x32xf32>
    %18 = "stablehlo.reshape"(%p0_p0) : (tensor<1x3x64xf32>) -> tensor<3x2x2x16xf32>
    %19 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 3, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<3x2x2x16xf32>) -> tensor<3x2x1x16xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<3x2x1x16xf32>) -> tensor<3x32xf32>
    %21 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<9x32xf32>) -> tensor<3x9x32xf32>
    %22 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<3x32xf32>) -> tensor<3x9x32xf32>
    %23 = "stablehlo.multiply"(%21, %22) : (tensor<3x9x32xf32>, tensor<3x9x32xf32>) -> tensor<3x9x32xf32>
    %24 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 3, 2, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<3x2x2x16xf32>) -> tensor<3x2x1x16xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<3x2x1x16xf32>) -> tensor<3x32xf32>
    %26 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<9x32xf32>) -> tensor<3x9x32xf32>
    %27 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<3x32xf32>) -> tensor<3x9x32xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<3x9x32xf32>, tensor<3x9x32xf32>) -> tensor<3x9x32xf32>
    %29 = "stablehlo.add"(%23, %28) : (tensor<3x9x32xf32>, tensor<3x9x32xf32>) -> tensor<3x9x32xf32>
    %30 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%29, %30) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %31 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%31) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<3x9x32xf32>, tensor<f32>) -> tensor<3x9xf32>
    %33 = "stablehlo.reshape"(%32) : (tensor<3x9xf32>) -> tensor<1x3x9xf32>
    "stablehlo.return"(%33) : (tensor<1x3x9xf32>) -> ()
  }
}

// ===== prefill_4bit
module @prefill_4bit {
  func.func @main(%p0_p0: tensor<20x64xf32>, %p1_p1: tensor<6x32xui8>, %p2_p2: tensor<6x2xf16>, %p3_p3: tensor<6x2xf16>) -> tensor<20x6xf32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<6x2xf16>) -> tensor<6x2xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<6x2xf32>) -> tensor<6x2x1xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<6x2x1xf32>) -> tensor<6x2x16xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<6x2x16xf32>) -> tensor<6x32xf32>
    %4 = "stablehlo.convert"(%p3_p3) : (tensor<6x2xf16>) -> tensor<6x2xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<6x2xf32>) -> tensor<6x2x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<6x2x1xf32>) -> tensor<6x2x16xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<6x2x16xf32>) -> tensor<6x32xf32>
    %8 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<6x32xui8>
    %10 = "stablehlo.and"(%p1_p1, %9) : (tensor<6x32xui8>, tensor<6x32xui8>) -> tensor<6x32xui8>
    %11 = "stablehlo.convert"(%10) : (tensor<6x32xui8>) -> tensor<6x32xf32>
    %12 = "stablehlo.subtract"(%11, %7) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %13 = "stablehlo.multiply"(%3, %12) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %14 = "stablehlo.abs"(%13) : (tensor<6x32xf32>) -> tensor<6x32xf32>
    %15 = "stablehlo.constant"() { value = dense<8192.0> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %17 = "stablehlo.multiply"(%14, %16) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %18 = "stablehlo.add"(%17, %14) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %19 = "stablehlo.constant"() { value = dense<0.75> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %21 = "stablehlo.add"(%14, %20) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %22 = "stablehlo.maximum"(%18, %21) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %23 = "stablehlo.subtract"(%22, %14) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %24 = "stablehlo.subtract"(%22, %23) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %25 = "stablehlo.constant"() { value = dense<65520.0> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %27 = "stablehlo.compare"(%14, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xi1>
    %28 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %30 = "stablehlo.select"(%27, %29, %24) : (tensor<6x32xi1>, tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %31 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%31) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %33 = "stablehlo.compare"(%13, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xi1>
    %34 = "stablehlo.negate"(%30) : (tensor<6x32xf32>) -> tensor<6x32xf32>
    %35 = "stablehlo.select"(%33, %34, %30) : (tensor<6x32xi1>, tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %36 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %37 = "stablehlo.broadcast_in_dim"(%36) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<6x32xui8>
    %38 = "stablehlo.shift_right_logical"(%p1_p1, %37) : (tensor<6x32xui8>, tensor<6x32xui8>) -> tensor<6x32xui8>
    %39 = "stablehlo.convert"(%38) : (tensor<6x32xui8>) -> tensor<6x32xf32>
    %40 = "stablehlo.subtract"(%39, %7) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %41 = "stablehlo.multiply"(%3, %40) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %42 = "stablehlo.abs"(%41) : (tensor<6x32xf32>) -> tensor<6x32xf32>
    %43 = "stablehlo.multiply"(%42, %16) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %44 = "stablehlo.add"(%43, %42) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %45 = "stablehlo.add"(%42, %20) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %46 = "stablehlo.maximum"(%44, %45) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %47 = "stablehlo.subtract"(%46, %42) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %48 = "stablehlo.subtract"(%46, %47) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %49 = "stablehlo.compare"(%42, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xi1>
    %50 = "stablehlo.select"(%49, %29, %48) : (tensor<6x32xi1>, tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %51 = "stablehlo.compare"(%41, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xi1>
    %52 = "stablehlo.negate"(%50) : (tensor<6x32xf32>) -> tensor<6x32xf32>
    %53 = "stablehlo.select"(%51, %52, %50) : (tensor<6x32xi1>, tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %54 = "stablehlo.reshape"(%35) : (tensor<6x32xf32>) -> tensor<6x2x1x16xf32>
    %55 = "stablehlo.reshape"(%53) : (tensor<6x32xf32>) -> tensor<6x2x1x16xf32>
    %56 = "stablehlo.concatenate"(%54, %55) { dimension = 2 : i64 } : (tensor<6x2x1x16xf32>, tensor<6x2x1x16xf32>) -> tensor<6x2x2x16xf32>
    %57 = "stablehlo.reshape"(%56) : (tensor<6x2x2x16xf32>) -> tensor<6x64xf32>
    %58 = "stablehlo.dot_general"(%p0_p0, %57) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<20x64xf32>, tensor<6x64xf32>) -> tensor<20x6xf32>
    "stablehlo.return"(%58) : (tensor<20x6xf32>) -> ()
  }
}

// ===== decode_8bit_f32
module @decode_8bit_f32 {
  func.func @main(%p0_p0: tensor<1x48xf32>, %p1_p1: tensor<8x48xui8>, %p2_p2: tensor<8x3xf32>, %p3_p3: tensor<8x3xf32>) -> tensor<1x8xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<8x3xf32>) -> tensor<8x3x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<8x3x1xf32>) -> tensor<8x3x16xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<8x3x16xf32>) -> tensor<8x48xf32>
    %3 = "stablehlo.reshape"(%p3_p3) : (tensor<8x3xf32>) -> tensor<8x3x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<8x3x1xf32>) -> tensor<8x3x16xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<8x3x16xf32>) -> tensor<8x48xf32>
    %6 = "stablehlo.convert"(%p1_p1) : (tensor<8x48xui8>) -> tensor<8x48xf32>
    %7 = "stablehlo.subtract"(%6, %5) : (tensor<8x48xf32>, tensor<8x48xf32>) -> tensor<8x48xf32>
    %8 = "stablehlo.multiply"(%2, %7) : (tensor<8x48xf32>, tensor<8x48xf32>) -> tensor<8x48xf32>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<8x48xf32>) -> tensor<1x8x48xf32>
    %10 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x48xf32>) -> tensor<1x8x48xf32>
    %11 = "stablehlo.multiply"(%9, %10) : (tensor<1x8x48xf32>, tensor<1x8x48xf32>) -> tensor<1x8x48xf32>
    %12 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %14 = "stablehlo.reduce"(%11, %12) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %13 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%13) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x8x48xf32>, tensor<f32>) -> tensor<1x8xf32>
    "stablehlo.return"(%14) : (tensor<1x8xf32>) -> ()
  }
}

// ===== few_rows_8bit_f16_scales
module @few_rows_8bit_f16_scales {
  func.func @main(%p0_p0: tensor<2x48xf32>, %p1_p1: tensor<5x48xui8>, %p2_p2: tensor<5x3xf16>, %p3_p3: tensor<5x3xf16>) -> tensor<2x5xf32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<5x3xf16>) -> tensor<5x3xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<5x3xf32>) -> tensor<5x3x1xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<5x3x1xf32>) -> tensor<5x3x16xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<5x3x16xf32>) -> tensor<5x48xf32>
    %4 = "stablehlo.convert"(%p3_p3) : (tensor<5x3xf16>) -> tensor<5x3xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<5x3xf32>) -> tensor<5x3x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<5x3x1xf32>) -> tensor<5x3x16xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<5x3x16xf32>) -> tensor<5x48xf32>
    %8 = "stablehlo.convert"(%p1_p1) : (tensor<5x48xui8>) -> tensor<5x48xf32>
    %9 = "stablehlo.subtract"(%8, %7) : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %10 = "stablehlo.multiply"(%3, %9) : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %11 = "stablehlo.abs"(%10) : (tensor<5x48xf32>) -> tensor<5x48xf32>
    %12 = "stablehlo.constant"() { value = dense<8192.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x48xf32>
    %14 = "stablehlo.multiply"(%11, %13) : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %15 = "stablehlo.add"(%14, %11) : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %16 = "stablehlo.constant"() { value = dense<0.75> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x48xf32>
    %18 = "stablehlo.add"(%11, %17) : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %19 = "stablehlo.maximum"(%15, %18) : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %20 = "stablehlo.subtract"(%19, %11) : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %21 = "stablehlo.subtract"(%19, %20) : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %22 = "stablehlo.constant"() { value = dense<65520.0> : tensor<f32> } : () -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x48xf32>
    %24 = "stablehlo.compare"(%11, %23) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xi1>
    %25 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x48xf32>
    %27 = "stablehlo.select"(%24, %26, %21) : (tensor<5x48xi1>, tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %28 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x48xf32>
    %30 = "stablehlo.compare"(%10, %29) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xi1>
    %31 = "stablehlo.negate"(%27) : (tensor<5x48xf32>) -> tensor<5x48xf32>
    %32 = "stablehlo.select"(%30, %31, %27) : (tensor<5x48xi1>, tensor<5x48xf32>, tensor<5x48xf32>) -> tensor<5x48xf32>
    %33 = "stablehlo.broadcast_in_dim"(%32) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<5x48xf32>) -> tensor<2x5x48xf32>
    %34 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x48xf32>) -> tensor<2x5x48xf32>
    %35 = "stablehlo.multiply"(%33, %34) : (tensor<2x5x48xf32>, tensor<2x5x48xf32>) -> tensor<2x5x48xf32>
    %36 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %38 = "stablehlo.reduce"(%35, %36) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %37 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%37) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x5x48xf32>, tensor<f32>) -> tensor<2x5xf32>
    "stablehlo.return"(%38) : (tensor<2x5xf32>) -> ()
  }
}

// ===== few_rows_8bit_small_groups
module @few_rows_8bit_small_groups {
  func.func @main(%p0_p0: tensor<2x24xf32>, %p1_p1: tensor<5x24xui8>, %p2_p2: tensor<5x3xf16>, %p3_p3: tensor<5x3xf16>) -> tensor<2x5xf32> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<5x3xf16>) -> tensor<5x3xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<5x3xf32>) -> tensor<5x3x1xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<5x3x1xf32>) -> tensor<5x3x8xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<5x3x8xf32>) -> tensor<5x24xf32>
    %4 = "stablehlo.convert"(%p3_p3) : (tensor<5x3xf16>) -> tensor<5x3xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<5x3xf32>) -> tensor<5x3x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<5x3x1xf32>) -> tensor<5x3x8xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<5x3x8xf32>) -> tensor<5x24xf32>
    %8 = "stablehlo.convert"(%p1_p1) : (tensor<5x24xui8>) -> tensor<5x24xf32>
    %9 = "stablehlo.subtract"(%8, %7) : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %10 = "stablehlo.multiply"(%3, %9) : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %11 = "stablehlo.abs"(%10) : (tensor<5x24xf32>) -> tensor<5x24xf32>
    %12 = "stablehlo.constant"() { value = dense<8192.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x24xf32>
    %14 = "stablehlo.multiply"(%11, %13) : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %15 = "stablehlo.add"(%14, %11) : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %16 = "stablehlo.constant"() { value = dense<0.75> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x24xf32>
    %18 = "stablehlo.add"(%11, %17) : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %19 = "stablehlo.maximum"(%15, %18) : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %20 = "stablehlo.subtract"(%19, %11) : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %21 = "stablehlo.subtract"(%19, %20) : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %22 = "stablehlo.constant"() { value = dense<65520.0> : tensor<f32> } : () -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x24xf32>
    %24 = "stablehlo.compare"(%11, %23) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xi1>
    %25 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x24xf32>
    %27 = "stablehlo.select"(%24, %26, %21) : (tensor<5x24xi1>, tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %28 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x24xf32>
    %30 = "stablehlo.compare"(%10, %29) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xi1>
    %31 = "stablehlo.negate"(%27) : (tensor<5x24xf32>) -> tensor<5x24xf32>
    %32 = "stablehlo.select"(%30, %31, %27) : (tensor<5x24xi1>, tensor<5x24xf32>, tensor<5x24xf32>) -> tensor<5x24xf32>
    %33 = "stablehlo.broadcast_in_dim"(%32) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<5x24xf32>) -> tensor<2x5x24xf32>
    %34 = "stablehlo.broadcast_in_dim"(%p0_p0) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x24xf32>) -> tensor<2x5x24xf32>
    %35 = "stablehlo.multiply"(%33, %34) : (tensor<2x5x24xf32>, tensor<2x5x24xf32>) -> tensor<2x5x24xf32>
    %36 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %38 = "stablehlo.reduce"(%35, %36) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %37 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%37) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x5x24xf32>, tensor<f32>) -> tensor<2x5xf32>
    "stablehlo.return"(%38) : (tensor<2x5xf32>) -> ()
  }
}

// ===== decode_4bit_bf16_x
module @decode_4bit_bf16_x {
  func.func @main(%p0_p0: tensor<1x64xbf16>, %p1_p1: tensor<8x32xui8>, %p2_p2: tensor<8x2xbf16>, %p3_p3: tensor<8x2xbf16>) -> tensor<1x8xbf16> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<8x2xbf16>) -> tensor<8x2xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<8x2xf32>) -> tensor<8x2x1xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<8x2x1xf32>) -> tensor<8x2x16xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<8x2x16xf32>) -> tensor<8x32xf32>
    %4 = "stablehlo.convert"(%p3_p3) : (tensor<8x2xbf16>) -> tensor<8x2xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<8x2xf32>) -> tensor<8x2x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<8x2x1xf32>) -> tensor<8x2x16xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<8x2x16xf32>) -> tensor<8x32xf32>
    %8 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<8x32xui8>
    %10 = "stablehlo.and"(%p1_p1, %9) : (tensor<8x32xui8>, tensor<8x32xui8>) -> tensor<8x32xui8>
    %11 = "stablehlo.convert"(%10) : (tensor<8x32xui8>) -> tensor<8x32xf32>
    %12 = "stablehlo.subtract"(%11, %7) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %13 = "stablehlo.multiply"(%3, %12) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %14 = "stablehlo.abs"(%13) : (tensor<8x32xf32>) -> tensor<8x32xf32>
    %15 = "stablehlo.constant"() { value = dense<1.2676506002282294e+30> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x32xf32>
    %17 = "stablehlo.compare"(%14, %16) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %18 = "stablehlo.constant"() { value = dense<5.421010862427522e-20> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%18) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x32xf32>
    %21 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x32xf32>
    %22 = "stablehlo.select"(%17, %20, %21) : (tensor<8x32xi1>, tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %23 = "stablehlo.constant"() { value = dense<1.8446744073709552e+19> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x32xf32>
    %25 = "stablehlo.select"(%17, %24, %21) : (tensor<8x32xi1>, tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %26 = "stablehlo.multiply"(%14, %22) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %27 = "stablehlo.constant"() { value = dense<65536.0> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x32xf32>
    %29 = "stablehlo.multiply"(%26, %28) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %30 = "stablehlo.add"(%29, %26) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %31 = "stablehlo.constant"() { value = dense<1.1555579666323415e-33> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%31) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x32xf32>
    %33 = "stablehlo.add"(%26, %32) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %34 = "stablehlo.maximum"(%30, %33) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %35 = "stablehlo.subtract"(%34, %26) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %36 = "stablehlo.subtract"(%34, %35) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %37 = "stablehlo.multiply"(%36, %25) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %38 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x32xf32>
    %40 = "stablehlo.compare"(%14, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %41 = "stablehlo.select"(%40, %14, %37) : (tensor<8x32xi1>, tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %42 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %43 = "stablehlo.broadcast_in_dim"(%42) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x32xf32>
    %44 = "stablehlo.compare"(%13, %43) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %45 = "stablehlo.negate"(%41) : (tensor<8x32xf32>) -> tensor<8x32xf32>
    %46 = "stablehlo.select"(%44, %45, %41) : (tensor<8x32xi1>, tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %47 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %48 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<8x32xui8>
    %49 = "stablehlo.shift_right_logical"(%p1_p1, %48) : (tensor<8x32xui8>, tensor<8x32xui8>) -> tensor<8x32xui8>
    %50 = "stablehlo.convert"(%49) : (tensor<8x32xui8>) -> tensor<8x32xf32>
    %51 = "stablehlo.subtract"(%50, %7) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %52 = "stablehlo.multiply"(%3, %51) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %53 = "stablehlo.abs"(%52) : (tensor<8x32xf32>) -> tensor<8x32xf32>
    %54 = "stablehlo.compare"(%53, %16) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %55 = "stablehlo.select"(%54, %20, %21) : (tensor<8x32xi1>, tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %56 = "stablehlo.select"(%54, %24, %21) : (tensor<8x32xi1>, tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %57 = "stablehlo.multiply"(%53, %55) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %58 = "stablehlo.multiply"(%57, %28) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %59 = "stablehlo.add"(%58, %57) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %60 = "stablehlo.add"(%57, %32) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %61 = "stablehlo.maximum"(%59, %60) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %62 = "stablehlo.subtract"(%61, %57) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %63 = "stablehlo.subtract"(%61, %62) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %64 = "stablehlo.multiply"(%63, %56) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %65 = "stablehlo.compare"(%53, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %66 = "stablehlo.select"(%65, %53, %64) : (tensor<8x32xi1>, tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %67 = "stablehlo.compare"(%52, %43) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xi1>
    %68 = "stablehlo.negate"(%66) : (tensor<8x32xf32>) -> tensor<8x32xf32>
    %69 = "stablehlo.select"(%67, %68, %66) : (tensor<8x32xi1>, tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %70 = "stablehlo.convert"(%p0_p0) : (tensor<1x64xbf16>) -> tensor<1x64xf32>
    %71 = "stablehlo.reshape"(%70) : (tensor<1x64xf32>) -> tensor<1x2x2x16xf32>
    %72 = "stablehlo.slice"(%71) {
      limit_indices = array<i64: 1, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x2x16xf32>) -> tensor<1x2x1x16xf32>
    %73 = "stablehlo.reshape"(%72) : (tensor<1x2x1x16xf32>) -> tensor<1x32xf32>
    %74 = "stablehlo.broadcast_in_dim"(%46) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<8x32xf32>) -> tensor<1x8x32xf32>
    %75 = "stablehlo.broadcast_in_dim"(%73) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x32xf32>) -> tensor<1x8x32xf32>
    %76 = "stablehlo.multiply"(%74, %75) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %77 = "stablehlo.slice"(%71) {
      limit_indices = array<i64: 1, 2, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x2x16xf32>) -> tensor<1x2x1x16xf32>
    %78 = "stablehlo.reshape"(%77) : (tensor<1x2x1x16xf32>) -> tensor<1x32xf32>
    %79 = "stablehlo.broadcast_in_dim"(%69) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<8x32xf32>) -> tensor<1x8x32xf32>
    %80 = "stablehlo.broadcast_in_dim"(%78) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x32xf32>) -> tensor<1x8x32xf32>
    %81 = "stablehlo.multiply"(%79, %80) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %82 = "stablehlo.add"(%76, %81) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %83 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %85 = "stablehlo.reduce"(%82, %83) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %84 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%84) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x8x32xf32>, tensor<f32>) -> tensor<1x8xf32>
    %86 = "stablehlo.convert"(%85) : (tensor<1x8xf32>) -> tensor<1x8xbf16>
    "stablehlo.return"(%86) : (tensor<1x8xbf16>) -> ()
  }
}

// ===== decode_4bit_f16_x
module @decode_4bit_f16_x {
  func.func @main(%p0_p0: tensor<2x32xf16>, %p1_p1: tensor<3x16xui8>, %p2_p2: tensor<3x1xf16>, %p3_p3: tensor<3x1xf16>) -> tensor<2x3xf16> {
    %0 = "stablehlo.convert"(%p2_p2) : (tensor<3x1xf16>) -> tensor<3x1xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<3x1x1xf32>) -> tensor<3x1x16xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<3x1x16xf32>) -> tensor<3x16xf32>
    %4 = "stablehlo.convert"(%p3_p3) : (tensor<3x1xf16>) -> tensor<3x1xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<3x1x1xf32>) -> tensor<3x1x16xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<3x1x16xf32>) -> tensor<3x16xf32>
    %8 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %9 = "stablehlo.broadcast_in_dim"(%8) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3x16xui8>
    %10 = "stablehlo.and"(%p1_p1, %9) : (tensor<3x16xui8>, tensor<3x16xui8>) -> tensor<3x16xui8>
    %11 = "stablehlo.convert"(%10) : (tensor<3x16xui8>) -> tensor<3x16xf32>
    %12 = "stablehlo.subtract"(%11, %7) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %13 = "stablehlo.multiply"(%3, %12) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %14 = "stablehlo.abs"(%13) : (tensor<3x16xf32>) -> tensor<3x16xf32>
    %15 = "stablehlo.constant"() { value = dense<8192.0> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3x16xf32>
    %17 = "stablehlo.multiply"(%14, %16) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %18 = "stablehlo.add"(%17, %14) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %19 = "stablehlo.constant"() { value = dense<0.75> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3x16xf32>
    %21 = "stablehlo.add"(%14, %20) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %22 = "stablehlo.maximum"(%18, %21) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %23 = "stablehlo.subtract"(%22, %14) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %24 = "stablehlo.subtract"(%22, %23) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %25 = "stablehlo.constant"() { value = dense<65520.0> : tensor<f32> } : () -> tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3x16xf32>
    %27 = "stablehlo.compare"(%14, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xi1>
    %28 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3x16xf32>
    %30 = "stablehlo.select"(%27, %29, %24) : (tensor<3x16xi1>, tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %31 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%31) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3x16xf32>
    %33 = "stablehlo.compare"(%13, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xi1>
    %34 = "stablehlo.negate"(%30) : (tensor<3x16xf32>) -> tensor<3x16xf32>
    %35 = "stablehlo.select"(%33, %34, %30) : (tensor<3x16xi1>, tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %36 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %37 = "stablehlo.broadcast_in_dim"(%36) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3x16xui8>
    %38 = "stablehlo.shift_right_logical"(%p1_p1, %37) : (tensor<3x16xui8>, tensor<3x16xui8>) -> tensor<3x16xui8>
    %39 = "stablehlo.convert"(%38) : (tensor<3x16xui8>) -> tensor<3x16xf32>
    %40 = "stablehlo.subtract"(%39, %7) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %41 = "stablehlo.multiply"(%3, %40) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %42 = "stablehlo.abs"(%41) : (tensor<3x16xf32>) -> tensor<3x16xf32>
    %43 = "stablehlo.multiply"(%42, %16) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %44 = "stablehlo.add"(%43, %42) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %45 = "stablehlo.add"(%42, %20) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %46 = "stablehlo.maximum"(%44, %45) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %47 = "stablehlo.subtract"(%46, %42) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %48 = "stablehlo.subtract"(%46, %47) : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %49 = "stablehlo.compare"(%42, %26) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xi1>
    %50 = "stablehlo.select"(%49, %29, %48) : (tensor<3x16xi1>, tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %51 = "stablehlo.compare"(%41, %32) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xi1>
    %52 = "stablehlo.negate"(%50) : (tensor<3x16xf32>) -> tensor<3x16xf32>
    %53 = "stablehlo.select"(%51, %52, %50) : (tensor<3x16xi1>, tensor<3x16xf32>, tensor<3x16xf32>) -> tensor<3x16xf32>
    %54 = "stablehlo.convert"(%p0_p0) : (tensor<2x32xf16>) -> tensor<2x32xf32>
    %55 = "stablehlo.reshape"(%54) : (tensor<2x32xf32>) -> tensor<2x1x2x16xf32>
    %56 = "stablehlo.slice"(%55) {
      limit_indices = array<i64: 2, 1, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x1x2x16xf32>) -> tensor<2x1x1x16xf32>
    %57 = "stablehlo.reshape"(%56) : (tensor<2x1x1x16xf32>) -> tensor<2x16xf32>
    %58 = "stablehlo.broadcast_in_dim"(%35) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<3x16xf32>) -> tensor<2x3x16xf32>
    %59 = "stablehlo.broadcast_in_dim"(%57) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x16xf32>) -> tensor<2x3x16xf32>
    %60 = "stablehlo.multiply"(%58, %59) : (tensor<2x3x16xf32>, tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
    %61 = "stablehlo.slice"(%55) {
      limit_indices = array<i64: 2, 1, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x1x2x16xf32>) -> tensor<2x1x1x16xf32>
    %62 = "stablehlo.reshape"(%61) : (tensor<2x1x1x16xf32>) -> tensor<2x16xf32>
    %63 = "stablehlo.broadcast_in_dim"(%53) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<3x16xf32>) -> tensor<2x3x16xf32>
    %64 = "stablehlo.broadcast_in_dim"(%62) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x16xf32>) -> tensor<2x3x16xf32>
    %65 = "stablehlo.multiply"(%63, %64) : (tensor<2x3x16xf32>, tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
    %66 = "stablehlo.add"(%60, %65) : (tensor<2x3x16xf32>, tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
    %67 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %69 = "stablehlo.reduce"(%66, %67) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %68 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%68) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x3x16xf32>, tensor<f32>) -> tensor<2x3xf32>
    %70 = "stablehlo.convert"(%69) : (tensor<2x3xf32>) -> tensor<2x3xf16>
    "stablehlo.return"(%70) : (tensor<2x3xf16>) -> ()
  }
}

// ===== f64_x
module @f64_x {
  func.func @main(%p0_p0: tensor<2x64xf64>, %p1_p1: tensor<3x32xui8>, %p2_p2: tensor<3x2xf32>, %p3_p3: tensor<3x2xf32>) -> tensor<2x3xf64> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<3x2xf32>) -> tensor<3x2x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<3x2x1xf32>) -> tensor<3x2x16xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<3x2x16xf32>) -> tensor<3x32xf32>
    %3 = "stablehlo.reshape"(%p3_p3) : (tensor<3x2xf32>) -> tensor<3x2x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<3x2x1xf32>) -> tensor<3x2x16xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<3x2x16xf32>) -> tensor<3x32xf32>
    %6 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3x32xui8>
    %8 = "stablehlo.and"(%p1_p1, %7) : (tensor<3x32xui8>, tensor<3x32xui8>) -> tensor<3x32xui8>
    %9 = "stablehlo.convert"(%8) : (tensor<3x32xui8>) -> tensor<3x32xf32>
    %10 = "stablehlo.subtract"(%9, %5) : (tensor<3x32xf32>, tensor<3x32xf32>) -> tensor<3x32xf32>
    %11 = "stablehlo.multiply"(%2, %10) : (tensor<3x32xf32>, tensor<3x32xf32>) -> tensor<3x32xf32>
    %12 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3x32xui8>
    %14 = "stablehlo.shift_right_logical"(%p1_p1, %13) : (tensor<3x32xui8>, tensor<3x32xui8>) -> tensor<3x32xui8>
    %15 = "stablehlo.convert"(%14) : (tensor<3x32xui8>) -> tensor<3x32xf32>
    %16 = "stablehlo.subtract"(%15, %5) : (tensor<3x32xf32>, tensor<3x32xf32>) -> tensor<3x32xf32>
    %17 = "stablehlo.multiply"(%2, %16) : (tensor<3x32xf32>, tensor<3x32xf32>) -> tensor<3x32xf32>
    %18 = "stablehlo.reshape"(%p0_p0) : (tensor<2x64xf64>) -> tensor<2x2x2x16xf64>
    %19 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 2, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x2x16xf64>) -> tensor<2x2x1x16xf64>
    %20 = "stablehlo.reshape"(%19) : (tensor<2x2x1x16xf64>) -> tensor<2x32xf64>
    %21 = "stablehlo.convert"(%11) : (tensor<3x32xf32>) -> tensor<3x32xf64>
    %22 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<3x32xf64>) -> tensor<2x3x32xf64>
    %23 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x32xf64>) -> tensor<2x3x32xf64>
    %24 = "stablehlo.multiply"(%22, %23) : (tensor<2x3x32xf64>, tensor<2x3x32xf64>) -> tensor<2x3x32xf64>
    %25 = "stablehlo.slice"(%18) {
      limit_indices = array<i64: 2, 2, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x2x16xf64>) -> tensor<2x2x1x16xf64>
    %26 = "stablehlo.reshape"(%25) : (tensor<2x2x1x16xf64>) -> tensor<2x32xf64>
    %27 = "stablehlo.convert"(%17) : (tensor<3x32xf32>) -> tensor<3x32xf64>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<3x32xf64>) -> tensor<2x3x32xf64>
    %29 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x32xf64>) -> tensor<2x3x32xf64>
    %30 = "stablehlo.multiply"(%28, %29) : (tensor<2x3x32xf64>, tensor<2x3x32xf64>) -> tensor<2x3x32xf64>
    %31 = "stablehlo.add"(%24, %30) : (tensor<2x3x32xf64>, tensor<2x3x32xf64>) -> tensor<2x3x32xf64>
    %32 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %34 = "stablehlo.reduce"(%31, %32) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %33 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%33) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x3x32xf64>, tensor<f64>) -> tensor<2x3xf64>
    "stablehlo.return"(%34) : (tensor<2x3xf64>) -> ()
  }
}

// ===== codebook_literal
module @codebook_literal {
  func.func @main(%p0_p0: tensor<1x32xf32>, %p1_p1: tensor<1x16xui8>, %p2_p2: tensor<1x1xf32>, %p3_p3: tensor<16xf32>) -> tensor<1x1xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x16xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x1x16xf32>) -> tensor<1x16xf32>
    %3 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<1x16xui8>
    %5 = "stablehlo.and"(%p1_p1, %4) : (tensor<1x16xui8>, tensor<1x16xui8>) -> tensor<1x16xui8>
    %6 = "stablehlo.convert"(%5) : (tensor<1x16xui8>) -> tensor<1x16xi32>
    %7 = "stablehlo.convert"(%6) : (tensor<1x16xi32>) -> tensor<1x16xi64>
    %8 = "stablehlo.gather"(%p3_p3, %7) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<1x16xi64>) -> tensor<1x16xf32>
    %9 = "stablehlo.multiply"(%8, %2) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %10 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<1x16xui8>
    %12 = "stablehlo.shift_right_logical"(%p1_p1, %11) : (tensor<1x16xui8>, tensor<1x16xui8>) -> tensor<1x16xui8>
    %13 = "stablehlo.convert"(%12) : (tensor<1x16xui8>) -> tensor<1x16xi32>
    %14 = "stablehlo.convert"(%13) : (tensor<1x16xi32>) -> tensor<1x16xi64>
    %15 = "stablehlo.gather"(%p3_p3, %14) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<1x16xi64>) -> tensor<1x16xf32>
    %16 = "stablehlo.multiply"(%15, %2) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %17 = "stablehlo.reshape"(%p0_p0) : (tensor<1x32xf32>) -> tensor<1x1x2x16xf32>
    %18 = "stablehlo.slice"(%17) {
      limit_indices = array<i64: 1, 1, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x1x2x16xf32>) -> tensor<1x1x1x16xf32>
    %19 = "stablehlo.reshape"(%18) : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %20 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<1x16xf32>) -> tensor<1x1x16xf32>
    %21 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x16xf32>) -> tensor<1x1x16xf32>
    %22 = "stablehlo.multiply"(%20, %21) : (tensor<1x1x16xf32>, tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %23 = "stablehlo.slice"(%17) {
      limit_indices = array<i64: 1, 1, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x1x2x16xf32>) -> tensor<1x1x1x16xf32>
    %24 = "stablehlo.reshape"(%23) : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %25 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<1x16xf32>) -> tensor<1x1x16xf32>
    %26 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x16xf32>) -> tensor<1x1x16xf32>
    %27 = "stablehlo.multiply"(%25, %26) : (tensor<1x1x16xf32>, tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %28 = "stablehlo.add"(%22, %27) : (tensor<1x1x16xf32>, tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %29 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %31 = "stablehlo.reduce"(%28, %29) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %30 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%30) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x16xf32>, tensor<f32>) -> tensor<1x1xf32>
    "stablehlo.return"(%31) : (tensor<1x1xf32>) -> ()
  }
}

// ===== codebook_decode_nf4_f32
module @codebook_decode_nf4_f32 {
  func.func @main(%p0_p0: tensor<1x128xf32>, %p1_p1: tensor<8x64xui8>, %p2_p2: tensor<8x2xf32>, %p3_p3: tensor<16xf32>) -> tensor<1x8xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<8x2xf32>) -> tensor<8x2x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<8x2x1xf32>) -> tensor<8x2x32xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %3 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<8x64xui8>
    %5 = "stablehlo.and"(%p1_p1, %4) : (tensor<8x64xui8>, tensor<8x64xui8>) -> tensor<8x64xui8>
    %6 = "stablehlo.convert"(%5) : (tensor<8x64xui8>) -> tensor<8x64xi32>
    %7 = "stablehlo.convert"(%6) : (tensor<8x64xi32>) -> tensor<8x64xi64>
    %8 = "stablehlo.gather"(%p3_p3, %7) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<8x64xi64>) -> tensor<8x64xf32>
    %9 = "stablehlo.multiply"(%8, %2) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %10 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<8x64xui8>
    %12 = "stablehlo.shift_right_logical"(%p1_p1, %11) : (tensor<8x64xui8>, tensor<8x64xui8>) -> tensor<8x64xui8>
    %13 = "stablehlo.convert"(%12) : (tensor<8x64xui8>) -> tensor<8x64xi32>
    %14 = "stablehlo.convert"(%13) : (tensor<8x64xi32>) -> tensor<8x64xi64>
    %15 = "stablehlo.gather"(%p3_p3, %14) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<8x64xi64>) -> tensor<8x64xf32>
    %16 = "stablehlo.multiply"(%15, %2) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %17 = "stablehlo.reshape"(%p0_p0) : (tensor<1x128xf32>) -> tensor<1x4x2x16xf32>
    %18 = "stablehlo.slice"(%17) {
      limit_indices = array<i64: 1, 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x2x16xf32>) -> tensor<1x4x1x16xf32>
    %19 = "stablehlo.reshape"(%18) : (tensor<1x4x1x16xf32>) -> tensor<1x64xf32>
    %20 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<8x64xf32>) -> tensor<1x8x64xf32>
    %21 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %22 = "stablehlo.multiply"(%20, %21) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %23 = "stablehlo.slice"(%17) {
      limit_indices = array<i64: 1, 4, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x2x16xf32>) -> tensor<1x4x1x16xf32>
    %24 = "stablehlo.reshape"(%23) : (tensor<1x4x1x16xf32>) -> tensor<1x64xf32>
    %25 = "stablehlo.broadcast_in_dim"(%16) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<8x64xf32>) -> tensor<1x8x64xf32>
    %26 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %27 = "stablehlo.multiply"(%25, %26) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %28 = "stablehlo.add"(%22, %27) : (tensor<1x8x64xf32>, tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %29 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %31 = "stablehlo.reduce"(%28, %29) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %30 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%30) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x8x64xf32>, tensor<f32>) -> tensor<1x8xf32>
    "stablehlo.return"(%31) : (tensor<1x8xf32>) -> ()
  }
}

// ===== codebook_decode_nf4_bf16_weights
module @codebook_decode_nf4_bf16_weights {
  func.func @main(%p0_p0: tensor<1x192xf32>, %p1_p1: tensor<12x96xui8>, %p2_p2: tensor<12x3xf32>, %p3_p3: tensor<16xf32>) -> tensor<1x12xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<12x3xf32>) -> tensor<12x3x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<12x3x1xf32>) -> tensor<12x3x32xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<12x3x32xf32>) -> tensor<12x96xf32>
    %3 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<12x96xui8>
    %5 = "stablehlo.and"(%p1_p1, %4) : (tensor<12x96xui8>, tensor<12x96xui8>) -> tensor<12x96xui8>
    %6 = "stablehlo.convert"(%5) : (tensor<12x96xui8>) -> tensor<12x96xi32>
    %7 = "stablehlo.convert"(%6) : (tensor<12x96xi32>) -> tensor<12x96xi64>
    %8 = "stablehlo.gather"(%p3_p3, %7) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<12x96xi64>) -> tensor<12x96xf32>
    %9 = "stablehlo.multiply"(%8, %2) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %10 = "stablehlo.abs"(%9) : (tensor<12x96xf32>) -> tensor<12x96xf32>
    %11 = "stablehlo.constant"() { value = dense<1.2676506002282294e+30> : tensor<f32> } : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x96xf32>
    %13 = "stablehlo.compare"(%10, %12) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xi1>
    %14 = "stablehlo.constant"() { value = dense<5.421010862427522e-20> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x96xf32>
    %17 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x96xf32>
    %18 = "stablehlo.select"(%13, %16, %17) : (tensor<12x96xi1>, tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %19 = "stablehlo.constant"() { value = dense<1.8446744073709552e+19> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x96xf32>
    %21 = "stablehlo.select"(%13, %20, %17) : (tensor<12x96xi1>, tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %22 = "stablehlo.multiply"(%10, %18) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %23 = "stablehlo.constant"() { value = dense<65536.0> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x96xf32>
    %25 = "stablehlo.multiply"(%22, %24) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %26 = "stablehlo.add"(%25, %22) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %27 = "stablehlo.constant"() { value = dense<1.1555579666323415e-33> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x96xf32>
    %29 = "stablehlo.add"(%22, %28) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %30 = "stablehlo.maximum"(%26, %29) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %31 = "stablehlo.subtract"(%30, %22) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %32 = "stablehlo.subtract"(%30, %31) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %33 = "stablehlo.multiply"(%32, %21) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %34 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %35 = "stablehlo.broadcast_in_dim"(%34) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x96xf32>
    %36 = "stablehlo.compare"(%10, %35) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xi1>
    %37 = "stablehlo.select"(%36, %10, %33) : (tensor<12x96xi1>, tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %38 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<12x96xf32>
    %40 = "stablehlo.compare"(%9, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xi1>
    %41 = "stablehlo.negate"(%37) : (tensor<12x96xf32>) -> tensor<12x96xf32>
    %42 = "stablehlo.select"(%40, %41, %37) : (tensor<12x96xi1>, tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %43 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %44 = "stablehlo.broadcast_in_dim"(%43) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<12x96xui8>
    %45 = "stablehlo.shift_right_logical"(%p1_p1, %44) : (tensor<12x96xui8>, tensor<12x96xui8>) -> tensor<12x96xui8>
    %46 = "stablehlo.convert"(%45) : (tensor<12x96xui8>) -> tensor<12x96xi32>
    %47 = "stablehlo.convert"(%46) : (tensor<12x96xi32>) -> tensor<12x96xi64>
    %48 = "stablehlo.gather"(%p3_p3, %47) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<12x96xi64>) -> tensor<12x96xf32>
    %49 = "stablehlo.multiply"(%48, %2) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %50 = "stablehlo.abs"(%49) : (tensor<12x96xf32>) -> tensor<12x96xf32>
    %51 = "stablehlo.compare"(%50, %12) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xi1>
    %52 = "stablehlo.select"(%51, %16, %17) : (tensor<12x96xi1>, tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %53 = "stablehlo.select"(%51, %20, %17) : (tensor<12x96xi1>, tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %54 = "stablehlo.multiply"(%50, %52) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %55 = "stablehlo.multiply"(%54, %24) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %56 = "stablehlo.add"(%55, %54) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %57 = "stablehlo.add"(%54, %28) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %58 = "stablehlo.maximum"(%56, %57) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %59 = "stablehlo.subtract"(%58, %54) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %60 = "stablehlo.subtract"(%58, %59) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %61 = "stablehlo.multiply"(%60, %53) : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %62 = "stablehlo.compare"(%50, %35) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xi1>
    %63 = "stablehlo.select"(%62, %50, %61) : (tensor<12x96xi1>, tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %64 = "stablehlo.compare"(%49, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xi1>
    %65 = "stablehlo.negate"(%63) : (tensor<12x96xf32>) -> tensor<12x96xf32>
    %66 = "stablehlo.select"(%64, %65, %63) : (tensor<12x96xi1>, tensor<12x96xf32>, tensor<12x96xf32>) -> tensor<12x96xf32>
    %67 = "stablehlo.reshape"(%p0_p0) : (tensor<1x192xf32>) -> tensor<1x6x2x16xf32>
    %68 = "stablehlo.slice"(%67) {
      limit_indices = array<i64: 1, 6, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x6x2x16xf32>) -> tensor<1x6x1x16xf32>
    %69 = "stablehlo.reshape"(%68) : (tensor<1x6x1x16xf32>) -> tensor<1x96xf32>
    %70 = "stablehlo.broadcast_in_dim"(%42) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<12x96xf32>) -> tensor<1x12x96xf32>
    %71 = "stablehlo.broadcast_in_dim"(%69) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x96xf32>) -> tensor<1x12x96xf32>
    %72 = "stablehlo.multiply"(%70, %71) : (tensor<1x12x96xf32>, tensor<1x12x96xf32>) -> tensor<1x12x96xf32>
    %73 = "stablehlo.slice"(%67) {
      limit_indices = array<i64: 1, 6, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x6x2x16xf32>) -> tensor<1x6x1x16xf32>
    %74 = "stablehlo.reshape"(%73) : (tensor<1x6x1x16xf32>) -> tensor<1x96xf32>
    %75 = "stablehlo.broadcast_in_dim"(%66) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<12x96xf32>) -> tensor<1x12x96xf32>
    %76 = "stablehlo.broadcast_in_dim"(%74) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x96xf32>) -> tensor<1x12x96xf32>
    %77 = "stablehlo.multiply"(%75, %76) : (tensor<1x12x96xf32>, tensor<1x12x96xf32>) -> tensor<1x12x96xf32>
    %78 = "stablehlo.add"(%72, %77) : (tensor<1x12x96xf32>, tensor<1x12x96xf32>) -> tensor<1x12x96xf32>
    %79 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %81 = "stablehlo.reduce"(%78, %79) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %80 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%80) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x12x96xf32>, tensor<f32>) -> tensor<1x12xf32>
    "stablehlo.return"(%81) : (tensor<1x12xf32>) -> ()
  }
}

// ===== codebook_decode_nf4_f16_weights_tail_rows
module @codebook_decode_nf4_f16_weights_tail_rows {
  func.func @main(%p0_p0: tensor<1x64xf32>, %p1_p1: tensor<7x32xui8>, %p2_p2: tensor<7x1xf32>, %p3_p3: tensor<16xf32>) -> tensor<1x7xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<7x1xf32>) -> tensor<7x1x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<7x1x1xf32>) -> tensor<7x1x32xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<7x1x32xf32>) -> tensor<7x32xf32>
    %3 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7x32xui8>
    %5 = "stablehlo.and"(%p1_p1, %4) : (tensor<7x32xui8>, tensor<7x32xui8>) -> tensor<7x32xui8>
    %6 = "stablehlo.convert"(%5) : (tensor<7x32xui8>) -> tensor<7x32xi32>
    %7 = "stablehlo.convert"(%6) : (tensor<7x32xi32>) -> tensor<7x32xi64>
    %8 = "stablehlo.gather"(%p3_p3, %7) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<7x32xi64>) -> tensor<7x32xf32>
    %9 = "stablehlo.multiply"(%8, %2) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %10 = "stablehlo.abs"(%9) : (tensor<7x32xf32>) -> tensor<7x32xf32>
    %11 = "stablehlo.constant"() { value = dense<8192.0> : tensor<f32> } : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x32xf32>
    %13 = "stablehlo.multiply"(%10, %12) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %14 = "stablehlo.add"(%13, %10) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %15 = "stablehlo.constant"() { value = dense<0.75> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x32xf32>
    %17 = "stablehlo.add"(%10, %16) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %18 = "stablehlo.maximum"(%14, %17) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %19 = "stablehlo.subtract"(%18, %10) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %20 = "stablehlo.subtract"(%18, %19) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %21 = "stablehlo.constant"() { value = dense<65520.0> : tensor<f32> } : () -> tensor<f32>
    %22 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x32xf32>
    %23 = "stablehlo.compare"(%10, %22) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xi1>
    %24 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x32xf32>
    %26 = "stablehlo.select"(%23, %25, %20) : (tensor<7x32xi1>, tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %27 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<7x32xf32>
    %29 = "stablehlo.compare"(%9, %28) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xi1>
    %30 = "stablehlo.negate"(%26) : (tensor<7x32xf32>) -> tensor<7x32xf32>
    %31 = "stablehlo.select"(%29, %30, %26) : (tensor<7x32xi1>, tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %32 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %33 = "stablehlo.broadcast_in_dim"(%32) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<7x32xui8>
    %34 = "stablehlo.shift_right_logical"(%p1_p1, %33) : (tensor<7x32xui8>, tensor<7x32xui8>) -> tensor<7x32xui8>
    %35 = "stablehlo.convert"(%34) : (tensor<7x32xui8>) -> tensor<7x32xi32>
    %36 = "stablehlo.convert"(%35) : (tensor<7x32xi32>) -> tensor<7x32xi64>
    %37 = "stablehlo.gather"(%p3_p3, %36) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<7x32xi64>) -> tensor<7x32xf32>
    %38 = "stablehlo.multiply"(%37, %2) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %39 = "stablehlo.abs"(%38) : (tensor<7x32xf32>) -> tensor<7x32xf32>
    %40 = "stablehlo.multiply"(%39, %12) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %41 = "stablehlo.add"(%40, %39) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %42 = "stablehlo.add"(%39, %16) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %43 = "stablehlo.maximum"(%41, %42) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %44 = "stablehlo.subtract"(%43, %39) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %45 = "stablehlo.subtract"(%43, %44) : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %46 = "stablehlo.compare"(%39, %22) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xi1>
    %47 = "stablehlo.select"(%46, %25, %45) : (tensor<7x32xi1>, tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %48 = "stablehlo.compare"(%38, %28) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xi1>
    %49 = "stablehlo.negate"(%47) : (tensor<7x32xf32>) -> tensor<7x32xf32>
    %50 = "stablehlo.select"(%48, %49, %47) : (tensor<7x32xi1>, tensor<7x32xf32>, tensor<7x32xf32>) -> tensor<7x32xf32>
    %51 = "stablehlo.reshape"(%p0_p0) : (tensor<1x64xf32>) -> tensor<1x2x2x16xf32>
    %52 = "stablehlo.slice"(%51) {
      limit_indices = array<i64: 1, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x2x16xf32>) -> tensor<1x2x1x16xf32>
    %53 = "stablehlo.reshape"(%52) : (tensor<1x2x1x16xf32>) -> tensor<1x32xf32>
    %54 = "stablehlo.broadcast_in_dim"(%31) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<7x32xf32>) -> tensor<1x7x32xf32>
    %55 = "stablehlo.broadcast_in_dim"(%53) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x32xf32>) -> tensor<1x7x32xf32>
    %56 = "stablehlo.multiply"(%54, %55) : (tensor<1x7x32xf32>, tensor<1x7x32xf32>) -> tensor<1x7x32xf32>
    %57 = "stablehlo.slice"(%51) {
      limit_indices = array<i64: 1, 2, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x2x16xf32>) -> tensor<1x2x1x16xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<1x2x1x16xf32>) -> tensor<1x32xf32>
    %59 = "stablehlo.broadcast_in_dim"(%50) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<7x32xf32>) -> tensor<1x7x32xf32>
    %60 = "stablehlo.broadcast_in_dim"(%58) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x32xf32>) -> tensor<1x7x32xf32>
    %61 = "stablehlo.multiply"(%59, %60) : (tensor<1x7x32xf32>, tensor<1x7x32xf32>) -> tensor<1x7x32xf32>
    %62 = "stablehlo.add"(%56, %61) : (tensor<1x7x32xf32>, tensor<1x7x32xf32>) -> tensor<1x7x32xf32>
    %63 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %65 = "stablehlo.reduce"(%62, %63) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %64 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%64) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x7x32xf32>, tensor<f32>) -> tensor<1x7xf32>
    "stablehlo.return"(%65) : (tensor<1x7xf32>) -> ()
  }
}

// ===== codebook_few_rows_rank3
module @codebook_few_rows_rank3 {
  func.func @main(%p0_p0: tensor<1x3x128xf32>, %p1_p1: tensor<9x64xui8>, %p2_p2: tensor<9x2xf32>, %p3_p3: tensor<16xf32>) -> tensor<1x3x9xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<9x2xf32>) -> tensor<9x2x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<9x2x1xf32>) -> tensor<9x2x32xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<9x2x32xf32>) -> tensor<9x64xf32>
    %3 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<9x64xui8>
    %5 = "stablehlo.and"(%p1_p1, %4) : (tensor<9x64xui8>, tensor<9x64xui8>) -> tensor<9x64xui8>
    %6 = "stablehlo.convert"(%5) : (tensor<9x64xui8>) -> tensor<9x64xi32>
    %7 = "stablehlo.convert"(%6) : (tensor<9x64xi32>) -> tensor<9x64xi64>
    %8 = "stablehlo.gather"(%p3_p3, %7) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<9x64xi64>) -> tensor<9x64xf32>
    %9 = "stablehlo.multiply"(%8, %2) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %10 = "stablehlo.abs"(%9) : (tensor<9x64xf32>) -> tensor<9x64xf32>
    %11 = "stablehlo.constant"() { value = dense<1.2676506002282294e+30> : tensor<f32> } : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<9x64xf32>
    %13 = "stablehlo.compare"(%10, %12) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xi1>
    %14 = "stablehlo.constant"() { value = dense<5.421010862427522e-20> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<9x64xf32>
    %17 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<9x64xf32>
    %18 = "stablehlo.select"(%13, %16, %17) : (tensor<9x64xi1>, tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %19 = "stablehlo.constant"() { value = dense<1.8446744073709552e+19> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<9x64xf32>
    %21 = "stablehlo.select"(%13, %20, %17) : (tensor<9x64xi1>, tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %22 = "stablehlo.multiply"(%10, %18) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %23 = "stablehlo.constant"() { value = dense<65536.0> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<9x64xf32>
    %25 = "stablehlo.multiply"(%22, %24) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %26 = "stablehlo.add"(%25, %22) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %27 = "stablehlo.constant"() { value = dense<1.1555579666323415e-33> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<9x64xf32>
    %29 = "stablehlo.add"(%22, %28) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %30 = "stablehlo.maximum"(%26, %29) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %31 = "stablehlo.subtract"(%30, %22) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %32 = "stablehlo.subtract"(%30, %31) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %33 = "stablehlo.multiply"(%32, %21) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %34 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %35 = "stablehlo.broadcast_in_dim"(%34) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<9x64xf32>
    %36 = "stablehlo.compare"(%10, %35) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xi1>
    %37 = "stablehlo.select"(%36, %10, %33) : (tensor<9x64xi1>, tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %38 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<9x64xf32>
    %40 = "stablehlo.compare"(%9, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xi1>
    %41 = "stablehlo.negate"(%37) : (tensor<9x64xf32>) -> tensor<9x64xf32>
    %42 = "stablehlo.select"(%40, %41, %37) : (tensor<9x64xi1>, tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %43 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %44 = "stablehlo.broadcast_in_dim"(%43) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<9x64xui8>
    %45 = "stablehlo.shift_right_logical"(%p1_p1, %44) : (tensor<9x64xui8>, tensor<9x64xui8>) -> tensor<9x64xui8>
    %46 = "stablehlo.convert"(%45) : (tensor<9x64xui8>) -> tensor<9x64xi32>
    %47 = "stablehlo.convert"(%46) : (tensor<9x64xi32>) -> tensor<9x64xi64>
    %48 = "stablehlo.gather"(%p3_p3, %47) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<9x64xi64>) -> tensor<9x64xf32>
    %49 = "stablehlo.multiply"(%48, %2) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %50 = "stablehlo.abs"(%49) : (tensor<9x64xf32>) -> tensor<9x64xf32>
    %51 = "stablehlo.compare"(%50, %12) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xi1>
    %52 = "stablehlo.select"(%51, %16, %17) : (tensor<9x64xi1>, tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %53 = "stablehlo.select"(%51, %20, %17) : (tensor<9x64xi1>, tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %54 = "stablehlo.multiply"(%50, %52) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %55 = "stablehlo.multiply"(%54, %24) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %56 = "stablehlo.add"(%55, %54) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %57 = "stablehlo.add"(%54, %28) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %58 = "stablehlo.maximum"(%56, %57) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %59 = "stablehlo.subtract"(%58, %54) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %60 = "stablehlo.subtract"(%58, %59) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %61 = "stablehlo.multiply"(%60, %53) : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %62 = "stablehlo.compare"(%50, %35) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xi1>
    %63 = "stablehlo.select"(%62, %50, %61) : (tensor<9x64xi1>, tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %64 = "stablehlo.compare"(%49, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xi1>
    %65 = "stablehlo.negate"(%63) : (tensor<9x64xf32>) -> tensor<9x64xf32>
    %66 = "stablehlo.select"(%64, %65, %63) : (tensor<9x64xi1>, tensor<9x64xf32>, tensor<9x64xf32>) -> tensor<9x64xf32>
    %67 = "stablehlo.reshape"(%p0_p0) : (tensor<1x3x128xf32>) -> tensor<3x4x2x16xf32>
    %68 = "stablehlo.slice"(%67) {
      limit_indices = array<i64: 3, 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<3x4x2x16xf32>) -> tensor<3x4x1x16xf32>
    %69 = "stablehlo.reshape"(%68) : (tensor<3x4x1x16xf32>) -> tensor<3x64xf32>
    %70 = "stablehlo.broadcast_in_dim"(%42) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<9x64xf32>) -> tensor<3x9x64xf32>
    %71 = "stablehlo.broadcast_in_dim"(%69) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<3x64xf32>) -> tensor<3x9x64xf32>
    %72 = "stablehlo.multiply"(%70, %71) : (tensor<3x9x64xf32>, tensor<3x9x64xf32>) -> tensor<3x9x64xf32>
    %73 = "stablehlo.slice"(%67) {
      limit_indices = array<i64: 3, 4, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<3x4x2x16xf32>) -> tensor<3x4x1x16xf32>
    %74 = "stablehlo.reshape"(%73) : (tensor<3x4x1x16xf32>) -> tensor<3x64xf32>
    %75 = "stablehlo.broadcast_in_dim"(%66) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<9x64xf32>) -> tensor<3x9x64xf32>
    %76 = "stablehlo.broadcast_in_dim"(%74) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<3x64xf32>) -> tensor<3x9x64xf32>
    %77 = "stablehlo.multiply"(%75, %76) : (tensor<3x9x64xf32>, tensor<3x9x64xf32>) -> tensor<3x9x64xf32>
    %78 = "stablehlo.add"(%72, %77) : (tensor<3x9x64xf32>, tensor<3x9x64xf32>) -> tensor<3x9x64xf32>
    %79 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %81 = "stablehlo.reduce"(%78, %79) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %80 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%80) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<3x9x64xf32>, tensor<f32>) -> tensor<3x9xf32>
    %82 = "stablehlo.reshape"(%81) : (tensor<3x9xf32>) -> tensor<1x3x9xf32>
    "stablehlo.return"(%82) : (tensor<1x3x9xf32>) -> ()
  }
}

// ===== codebook_prefill
module @codebook_prefill {
  func.func @main(%p0_p0: tensor<20x64xf32>, %p1_p1: tensor<6x32xui8>, %p2_p2: tensor<6x1xf32>, %p3_p3: tensor<16xf32>) -> tensor<20x6xf32> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<6x1xf32>) -> tensor<6x1x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<6x1x1xf32>) -> tensor<6x1x32xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<6x1x32xf32>) -> tensor<6x32xf32>
    %3 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<6x32xui8>
    %5 = "stablehlo.and"(%p1_p1, %4) : (tensor<6x32xui8>, tensor<6x32xui8>) -> tensor<6x32xui8>
    %6 = "stablehlo.convert"(%5) : (tensor<6x32xui8>) -> tensor<6x32xi32>
    %7 = "stablehlo.convert"(%6) : (tensor<6x32xi32>) -> tensor<6x32xi64>
    %8 = "stablehlo.gather"(%p3_p3, %7) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<6x32xi64>) -> tensor<6x32xf32>
    %9 = "stablehlo.multiply"(%8, %2) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %10 = "stablehlo.abs"(%9) : (tensor<6x32xf32>) -> tensor<6x32xf32>
    %11 = "stablehlo.constant"() { value = dense<8192.0> : tensor<f32> } : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %13 = "stablehlo.multiply"(%10, %12) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %14 = "stablehlo.add"(%13, %10) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %15 = "stablehlo.constant"() { value = dense<0.75> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %17 = "stablehlo.add"(%10, %16) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %18 = "stablehlo.maximum"(%14, %17) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %19 = "stablehlo.subtract"(%18, %10) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %20 = "stablehlo.subtract"(%18, %19) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %21 = "stablehlo.constant"() { value = dense<65520.0> : tensor<f32> } : () -> tensor<f32>
    %22 = "stablehlo.broadcast_in_dim"(%21) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %23 = "stablehlo.compare"(%10, %22) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xi1>
    %24 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %25 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %26 = "stablehlo.select"(%23, %25, %20) : (tensor<6x32xi1>, tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %27 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<6x32xf32>
    %29 = "stablehlo.compare"(%9, %28) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xi1>
    %30 = "stablehlo.negate"(%26) : (tensor<6x32xf32>) -> tensor<6x32xf32>
    %31 = "stablehlo.select"(%29, %30, %26) : (tensor<6x32xi1>, tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %32 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %33 = "stablehlo.broadcast_in_dim"(%32) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<6x32xui8>
    %34 = "stablehlo.shift_right_logical"(%p1_p1, %33) : (tensor<6x32xui8>, tensor<6x32xui8>) -> tensor<6x32xui8>
    %35 = "stablehlo.convert"(%34) : (tensor<6x32xui8>) -> tensor<6x32xi32>
    %36 = "stablehlo.convert"(%35) : (tensor<6x32xi32>) -> tensor<6x32xi64>
    %37 = "stablehlo.gather"(%p3_p3, %36) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<6x32xi64>) -> tensor<6x32xf32>
    %38 = "stablehlo.multiply"(%37, %2) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %39 = "stablehlo.abs"(%38) : (tensor<6x32xf32>) -> tensor<6x32xf32>
    %40 = "stablehlo.multiply"(%39, %12) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %41 = "stablehlo.add"(%40, %39) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %42 = "stablehlo.add"(%39, %16) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %43 = "stablehlo.maximum"(%41, %42) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %44 = "stablehlo.subtract"(%43, %39) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %45 = "stablehlo.subtract"(%43, %44) : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %46 = "stablehlo.compare"(%39, %22) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xi1>
    %47 = "stablehlo.select"(%46, %25, %45) : (tensor<6x32xi1>, tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %48 = "stablehlo.compare"(%38, %28) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xi1>
    %49 = "stablehlo.negate"(%47) : (tensor<6x32xf32>) -> tensor<6x32xf32>
    %50 = "stablehlo.select"(%48, %49, %47) : (tensor<6x32xi1>, tensor<6x32xf32>, tensor<6x32xf32>) -> tensor<6x32xf32>
    %51 = "stablehlo.reshape"(%31) : (tensor<6x32xf32>) -> tensor<6x2x1x16xf32>
    %52 = "stablehlo.reshape"(%50) : (tensor<6x32xf32>) -> tensor<6x2x1x16xf32>
    %53 = "stablehlo.concatenate"(%51, %52) { dimension = 2 : i64 } : (tensor<6x2x1x16xf32>, tensor<6x2x1x16xf32>) -> tensor<6x2x2x16xf32>
    %54 = "stablehlo.reshape"(%53) : (tensor<6x2x2x16xf32>) -> tensor<6x64xf32>
    %55 = "stablehlo.dot_general"(%p0_p0, %54) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<20x64xf32>, tensor<6x64xf32>) -> tensor<20x6xf32>
    "stablehlo.return"(%55) : (tensor<20x6xf32>) -> ()
  }
}

// ===== codebook_bf16_x
module @codebook_bf16_x {
  func.func @main(%p0_p0: tensor<2x64xbf16>, %p1_p1: tensor<5x32xui8>, %p2_p2: tensor<5x1xf32>, %p3_p3: tensor<16xf32>) -> tensor<2x5xbf16> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<5x1xf32>) -> tensor<5x1x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<5x1x1xf32>) -> tensor<5x1x32xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<5x1x32xf32>) -> tensor<5x32xf32>
    %3 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<5x32xui8>
    %5 = "stablehlo.and"(%p1_p1, %4) : (tensor<5x32xui8>, tensor<5x32xui8>) -> tensor<5x32xui8>
    %6 = "stablehlo.convert"(%5) : (tensor<5x32xui8>) -> tensor<5x32xi32>
    %7 = "stablehlo.convert"(%6) : (tensor<5x32xi32>) -> tensor<5x32xi64>
    %8 = "stablehlo.gather"(%p3_p3, %7) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<5x32xi64>) -> tensor<5x32xf32>
    %9 = "stablehlo.multiply"(%8, %2) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %10 = "stablehlo.abs"(%9) : (tensor<5x32xf32>) -> tensor<5x32xf32>
    %11 = "stablehlo.constant"() { value = dense<1.2676506002282294e+30> : tensor<f32> } : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x32xf32>
    %13 = "stablehlo.compare"(%10, %12) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xi1>
    %14 = "stablehlo.constant"() { value = dense<5.421010862427522e-20> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x32xf32>
    %17 = "stablehlo.broadcast_in_dim"(%15) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x32xf32>
    %18 = "stablehlo.select"(%13, %16, %17) : (tensor<5x32xi1>, tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %19 = "stablehlo.constant"() { value = dense<1.8446744073709552e+19> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x32xf32>
    %21 = "stablehlo.select"(%13, %20, %17) : (tensor<5x32xi1>, tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %22 = "stablehlo.multiply"(%10, %18) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %23 = "stablehlo.constant"() { value = dense<65536.0> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x32xf32>
    %25 = "stablehlo.multiply"(%22, %24) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %26 = "stablehlo.add"(%25, %22) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %27 = "stablehlo.constant"() { value = dense<1.1555579666323415e-33> : tensor<f32> } : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x32xf32>
    %29 = "stablehlo.add"(%22, %28) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %30 = "stablehlo.maximum"(%26, %29) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %31 = "stablehlo.subtract"(%30, %22) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %32 = "stablehlo.subtract"(%30, %31) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %33 = "stablehlo.multiply"(%32, %21) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %34 = "stablehlo.constant"() { value = dense<0x7f800000> : tensor<f32> } : () -> tensor<f32>
    %35 = "stablehlo.broadcast_in_dim"(%34) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x32xf32>
    %36 = "stablehlo.compare"(%10, %35) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xi1>
    %37 = "stablehlo.select"(%36, %10, %33) : (tensor<5x32xi1>, tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %38 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<5x32xf32>
    %40 = "stablehlo.compare"(%9, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xi1>
    %41 = "stablehlo.negate"(%37) : (tensor<5x32xf32>) -> tensor<5x32xf32>
    %42 = "stablehlo.select"(%40, %41, %37) : (tensor<5x32xi1>, tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %43 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %44 = "stablehlo.broadcast_in_dim"(%43) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<5x32xui8>
    %45 = "stablehlo.shift_right_logical"(%p1_p1, %44) : (tensor<5x32xui8>, tensor<5x32xui8>) -> tensor<5x32xui8>
    %46 = "stablehlo.convert"(%45) : (tensor<5x32xui8>) -> tensor<5x32xi32>
    %47 = "stablehlo.convert"(%46) : (tensor<5x32xi32>) -> tensor<5x32xi64>
    %48 = "stablehlo.gather"(%p3_p3, %47) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<5x32xi64>) -> tensor<5x32xf32>
    %49 = "stablehlo.multiply"(%48, %2) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %50 = "stablehlo.abs"(%49) : (tensor<5x32xf32>) -> tensor<5x32xf32>
    %51 = "stablehlo.compare"(%50, %12) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction GE>
    } : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xi1>
    %52 = "stablehlo.select"(%51, %16, %17) : (tensor<5x32xi1>, tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %53 = "stablehlo.select"(%51, %20, %17) : (tensor<5x32xi1>, tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %54 = "stablehlo.multiply"(%50, %52) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %55 = "stablehlo.multiply"(%54, %24) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %56 = "stablehlo.add"(%55, %54) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %57 = "stablehlo.add"(%54, %28) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %58 = "stablehlo.maximum"(%56, %57) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %59 = "stablehlo.subtract"(%58, %54) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %60 = "stablehlo.subtract"(%58, %59) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %61 = "stablehlo.multiply"(%60, %53) : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %62 = "stablehlo.compare"(%50, %35) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xi1>
    %63 = "stablehlo.select"(%62, %50, %61) : (tensor<5x32xi1>, tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %64 = "stablehlo.compare"(%49, %39) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xi1>
    %65 = "stablehlo.negate"(%63) : (tensor<5x32xf32>) -> tensor<5x32xf32>
    %66 = "stablehlo.select"(%64, %65, %63) : (tensor<5x32xi1>, tensor<5x32xf32>, tensor<5x32xf32>) -> tensor<5x32xf32>
    %67 = "stablehlo.convert"(%p0_p0) : (tensor<2x64xbf16>) -> tensor<2x64xf32>
    %68 = "stablehlo.reshape"(%67) : (tensor<2x64xf32>) -> tensor<2x2x2x16xf32>
    %69 = "stablehlo.slice"(%68) {
      limit_indices = array<i64: 2, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %70 = "stablehlo.reshape"(%69) : (tensor<2x2x1x16xf32>) -> tensor<2x32xf32>
    %71 = "stablehlo.broadcast_in_dim"(%42) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<5x32xf32>) -> tensor<2x5x32xf32>
    %72 = "stablehlo.broadcast_in_dim"(%70) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x32xf32>) -> tensor<2x5x32xf32>
    %73 = "stablehlo.multiply"(%71, %72) : (tensor<2x5x32xf32>, tensor<2x5x32xf32>) -> tensor<2x5x32xf32>
    %74 = "stablehlo.slice"(%68) {
      limit_indices = array<i64: 2, 2, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %75 = "stablehlo.reshape"(%74) : (tensor<2x2x1x16xf32>) -> tensor<2x32xf32>
    %76 = "stablehlo.broadcast_in_dim"(%66) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<5x32xf32>) -> tensor<2x5x32xf32>
    %77 = "stablehlo.broadcast_in_dim"(%75) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x32xf32>) -> tensor<2x5x32xf32>
    %78 = "stablehlo.multiply"(%76, %77) : (tensor<2x5x32xf32>, tensor<2x5x32xf32>) -> tensor<2x5x32xf32>
    %79 = "stablehlo.add"(%73, %78) : (tensor<2x5x32xf32>, tensor<2x5x32xf32>) -> tensor<2x5x32xf32>
    %80 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %82 = "stablehlo.reduce"(%79, %80) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %81 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%81) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x5x32xf32>, tensor<f32>) -> tensor<2x5xf32>
    %83 = "stablehlo.convert"(%82) : (tensor<2x5xf32>) -> tensor<2x5xbf16>
    "stablehlo.return"(%83) : (tensor<2x5xbf16>) -> ()
  }
}

// ===== codebook_f64_x
module @codebook_f64_x {
  func.func @main(%p0_p0: tensor<2x64xf64>, %p1_p1: tensor<3x32xui8>, %p2_p2: tensor<3x2xf32>, %p3_p3: tensor<16xf32>) -> tensor<2x3xf64> {
    %0 = "stablehlo.reshape"(%p2_p2) : (tensor<3x2xf32>) -> tensor<3x2x1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<3x2x1xf32>) -> tensor<3x2x16xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<3x2x16xf32>) -> tensor<3x32xf32>
    %3 = "stablehlo.constant"() { value = dense<15> : tensor<ui8> } : () -> tensor<ui8>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3x32xui8>
    %5 = "stablehlo.and"(%p1_p1, %4) : (tensor<3x32xui8>, tensor<3x32xui8>) -> tensor<3x32xui8>
    %6 = "stablehlo.convert"(%5) : (tensor<3x32xui8>) -> tensor<3x32xi32>
    %7 = "stablehlo.convert"(%6) : (tensor<3x32xi32>) -> tensor<3x32xi64>
    %8 = "stablehlo.gather"(%p3_p3, %7) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<3x32xi64>) -> tensor<3x32xf32>
    %9 = "stablehlo.multiply"(%8, %2) : (tensor<3x32xf32>, tensor<3x32xf32>) -> tensor<3x32xf32>
    %10 = "stablehlo.constant"() { value = dense<4> : tensor<ui8> } : () -> tensor<ui8>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<ui8>) -> tensor<3x32xui8>
    %12 = "stablehlo.shift_right_logical"(%p1_p1, %11) : (tensor<3x32xui8>, tensor<3x32xui8>) -> tensor<3x32xui8>
    %13 = "stablehlo.convert"(%12) : (tensor<3x32xui8>) -> tensor<3x32xi32>
    %14 = "stablehlo.convert"(%13) : (tensor<3x32xi32>) -> tensor<3x32xi64>
    %15 = "stablehlo.gather"(%p3_p3, %14) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1>
    } : (tensor<16xf32>, tensor<3x32xi64>) -> tensor<3x32xf32>
    %16 = "stablehlo.multiply"(%15, %2) : (tensor<3x32xf32>, tensor<3x32xf32>) -> tensor<3x32xf32>
    %17 = "stablehlo.reshape"(%p0_p0) : (tensor<2x64xf64>) -> tensor<2x2x2x16xf64>
    %18 = "stablehlo.slice"(%17) {
      limit_indices = array<i64: 2, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x2x16xf64>) -> tensor<2x2x1x16xf64>
    %19 = "stablehlo.reshape"(%18) : (tensor<2x2x1x16xf64>) -> tensor<2x32xf64>
    %20 = "stablehlo.convert"(%9) : (tensor<3x32xf32>) -> tensor<3x32xf64>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<3x32xf64>) -> tensor<2x3x32xf64>
    %22 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x32xf64>) -> tensor<2x3x32xf64>
    %23 = "stablehlo.multiply"(%21, %22) : (tensor<2x3x32xf64>, tensor<2x3x32xf64>) -> tensor<2x3x32xf64>
    %24 = "stablehlo.slice"(%17) {
      limit_indices = array<i64: 2, 2, 2, 16>,
      start_indices = array<i64: 0, 0, 1, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x2x16xf64>) -> tensor<2x2x1x16xf64>
    %25 = "stablehlo.reshape"(%24) : (tensor<2x2x1x16xf64>) -> tensor<2x32xf64>
    %26 = "stablehlo.convert"(%16) : (tensor<3x32xf32>) -> tensor<3x32xf64>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<3x32xf64>) -> tensor<2x3x32xf64>
    %28 = "stablehlo.broadcast_in_dim"(%25) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x32xf64>) -> tensor<2x3x32xf64>
    %29 = "stablehlo.multiply"(%27, %28) : (tensor<2x3x32xf64>, tensor<2x3x32xf64>) -> tensor<2x3x32xf64>
    %30 = "stablehlo.add"(%23, %29) : (tensor<2x3x32xf64>, tensor<2x3x32xf64>) -> tensor<2x3x32xf64>
    %31 = "stablehlo.constant"() { value = dense<0.0> : tensor<f64> } : () -> tensor<f64>
    %33 = "stablehlo.reduce"(%30, %31) ({
      ^reductionFn(%c1_lhs: tensor<f64>, %c1_rhs: tensor<f64>) :
          %32 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f64>, tensor<f64>) -> tensor<f64>
          "stablehlo.return"(%32) : (tensor<f64>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x3x32xf64>, tensor<f64>) -> tensor<2x3xf64>
    "stablehlo.return"(%33) : (tensor<2x3xf64>) -> ()
  }
}

// ===== all_reduce_sum_one_device_f32
module @all_reduce_sum_one_device_f32 {
  func.func @main(%p0_p0: tensor<3x4xf32>) -> tensor<3x4xf32> {
    "stablehlo.return"(%p0_p0) : (tensor<3x4xf32>) -> ()
  }
}

// ===== all_reduce_max_one_device_i32
module @all_reduce_max_one_device_i32 {
  func.func @main(%p0_p0: tensor<5xi32>) -> tensor<5xi32> {
    "stablehlo.return"(%p0_p0) : (tensor<5xi32>) -> ()
  }
}

// ===== all_gather_one_device_bf16
module @all_gather_one_device_bf16 {
  func.func @main(%p0_p0: tensor<2x6xbf16>) -> tensor<2x6xbf16> {
    "stablehlo.return"(%p0_p0) : (tensor<2x6xbf16>) -> ()
  }
}

// ===== reduce_scatter_one_device_f32
module @reduce_scatter_one_device_f32 {
  func.func @main(%p0_p0: tensor<3x4xf32>) -> tensor<3x4xf32> {
    "stablehlo.return"(%p0_p0) : (tensor<3x4xf32>) -> ()
  }
}

// ===== all_gather_one_device_empty
module @all_gather_one_device_empty {
  func.func @main(%p0_p0: tensor<0x3xf32>) -> tensor<0x3xf32> {
    "stablehlo.return"(%p0_p0) : (tensor<0x3xf32>) -> ()
  }
}

// ===== add_one
module @add_one {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %2 = "stablehlo.add"(%p0_p0, %1) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%2) : (tensor<3xf32>) -> ()
  }
}

// ===== add_one#1
module @add_one {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %2 = "stablehlo.add"(%p0_p0, %1) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%2) : (tensor<3xf32>) -> ()
  }
}

// ===== add_one#2
module @add_one {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %2 = "stablehlo.add"(%p0_p0, %1) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%2) : (tensor<3xf32>) -> ()
  }
}

// ===== add_one#3
module @add_one {
  func.func @main(%p0_p0: tensor<3xf32>) -> tensor<3xf32> {
    %0 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<3xf32>
    %2 = "stablehlo.add"(%p0_p0, %1) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%2) : (tensor<3xf32>) -> ()
  }
}

// ===== multi
module @multi {
  func.func @main(%p0_p0: tensor<3xf32>, %p1_p1: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {
    %0 = "stablehlo.add"(%p0_p0, %p1_p1) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %1 = "stablehlo.multiply"(%p0_p0, %p1_p1) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%0, %1, %p0_p0) : (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> ()
  }
}

// ===== identity
module @identity {
  func.func @main(%p0_p0: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>) {
    "stablehlo.return"(%p0_p0, %p0_p0) : (tensor<3xf32>, tensor<3xf32>) -> ()
  }
}
