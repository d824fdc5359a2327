// ===== gpt2-tiny f32 b1_t1_c8 aliases map[4:2 5:3 6:4 7:5]
module @gPT2LMHeadModel_b1_t1_c8 {
  func.func @main(%p0_input_ids: tensor<1x1xi64>, %p1_attention_mask: tensor<1x8xi64>, %p2_position_ids: tensor<1x1xi64>, %p3_cache_position: tensor<i64>, %p4_past_key_values_0_key: tensor<1x4x8x16xf32> { tf.aliasing_output = 2 : i32 }, %p5_past_key_values_0_value: tensor<1x4x8x16xf32> { tf.aliasing_output = 3 : i32 }, %p6_past_key_values_1_key: tensor<1x4x8x16xf32> { tf.aliasing_output = 4 : i32 }, %p7_past_key_values_1_value: tensor<1x4x8x16xf32> { tf.aliasing_output = 5 : i32 }, %p8_transformer_wte_weight: tensor<50257x64xf32>, %p9_transformer_wpe_weight: tensor<256x64xf32>, %p10_transformer_h_0_ln_1_weight: tensor<64xf32>, %p11_transformer_h_0_ln_1_bias: tensor<64xf32>, %p12_transformer_h_0_attn_c_attn_weight: tensor<64x192xf32>, %p13_transformer_h_0_attn_c_attn_bias: tensor<192xf32>, %p14_transformer_h_0_attn_c_proj_weight: tensor<64x64xf32>, %p15_transformer_h_0_attn_c_proj_bias: tensor<64xf32>, %p16_transformer_h_0_ln_2_weight: tensor<64xf32>, %p17_transformer_h_0_ln_2_bias: tensor<64xf32>, %p18_transformer_h_0_mlp_c_fc_weight: tensor<64x256xf32>, %p19_transformer_h_0_mlp_c_fc_bias: tensor<256xf32>, %p20_transformer_h_0_mlp_c_proj_weight: tensor<256x64xf32>, %p21_transformer_h_0_mlp_c_proj_bias: tensor<64xf32>, %p22_transformer_h_1_ln_1_weight: tensor<64xf32>, %p23_transformer_h_1_ln_1_bias: tensor<64xf32>, %p24_transformer_h_1_attn_c_attn_weight: tensor<64x192xf32>, %p25_transformer_h_1_attn_c_attn_bias: tensor<192xf32>, %p26_transformer_h_1_attn_c_proj_weight: tensor<64x64xf32>, %p27_transformer_h_1_attn_c_proj_bias: tensor<64xf32>, %p28_transformer_h_1_ln_2_weight: tensor<64xf32>, %p29_transformer_h_1_ln_2_bias: tensor<64xf32>, %p30_transformer_h_1_mlp_c_fc_weight: tensor<64x256xf32>, %p31_transformer_h_1_mlp_c_fc_bias: tensor<256xf32>, %p32_transformer_h_1_mlp_c_proj_weight: tensor<256x64xf32>, %p33_transformer_h_1_mlp_c_proj_bias: tensor<64xf32>, %p34_transformer_ln_f_weight: tensor<64xf32>, %p35_transformer_ln_f_bias: tensor<64xf32>) -> (tensor<1x1x50257xf32>, tensor<1x1x64xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) {
    %0 = "stablehlo.gather"(%p8_transformer_wte_weight, %p0_input_ids) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 64>
    } : (tensor<50257x64xf32>, tensor<1x1xi64>) -> tensor<1x1x64xf32>
    %1 = "stablehlo.gather"(%p9_transformer_wpe_weight, %p2_position_ids) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 64>
    } : (tensor<256x64xf32>, tensor<1x1xi64>) -> tensor<1x1x64xf32>
    %2 = "stablehlo.add"(%0, %1) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %3 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<1xi64>
    %4 = "stablehlo.broadcast_in_dim"(%p3_cache_position) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %5 = "stablehlo.add"(%3, %4) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %6 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%2, %6) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %7 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %9 = "stablehlo.constant"() { value = dense<64.0> : tensor<f32> } : () -> tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1xf32>
    %11 = "stablehlo.divide"(%8, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %12 = "stablehlo.broadcast_in_dim"(%11) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %13 = "stablehlo.subtract"(%2, %12) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %14 = "stablehlo.multiply"(%13, %13) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %15 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %17 = "stablehlo.reduce"(%14, %15) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %16 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%16) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %18 = "stablehlo.divide"(%17, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %19 = "stablehlo.constant"() { value = dense<9.999999747378752e-06> : tensor<f32> } : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1xf32>
    %21 = "stablehlo.add"(%18, %20) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %22 = "stablehlo.rsqrt"(%21) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %24 = "stablehlo.multiply"(%13, %23) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %25 = "stablehlo.broadcast_in_dim"(%p10_transformer_h_0_ln_1_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %26 = "stablehlo.multiply"(%24, %25) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %27 = "stablehlo.broadcast_in_dim"(%p11_transformer_h_0_ln_1_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %28 = "stablehlo.add"(%26, %27) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %29 = "stablehlo.dot_general"(%28, %p12_transformer_h_0_attn_c_attn_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x192xf32>) -> tensor<1x1x192xf32>
    %30 = "stablehlo.broadcast_in_dim"(%p13_transformer_h_0_attn_c_attn_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %31 = "stablehlo.add"(%29, %30) : (tensor<1x1x192xf32>, tensor<1x1x192xf32>) -> tensor<1x1x192xf32>
    %32 = "stablehlo.slice"(%31) {
      limit_indices = array<i64: 1, 1, 64>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
    %33 = "stablehlo.slice"(%31) {
      limit_indices = array<i64: 1, 1, 128>,
      start_indices = array<i64: 0, 0, 64>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
    %34 = "stablehlo.slice"(%31) {
      limit_indices = array<i64: 1, 1, 192>,
      start_indices = array<i64: 0, 0, 128>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
    %35 = "stablehlo.reshape"(%32) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %36 = "stablehlo.transpose"(%35) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %37 = "stablehlo.reshape"(%33) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %38 = "stablehlo.transpose"(%37) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %39 = "stablehlo.reshape"(%34) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %40 = "stablehlo.transpose"(%39) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %41 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %42 = "stablehlo.dynamic_update_slice"(%p4_past_key_values_0_key, %38, %41, %41, %p3_cache_position, %41) : (tensor<1x4x8x16xf32>, tensor<1x4x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x4x8x16xf32>
    %43 = "stablehlo.dynamic_update_slice"(%p5_past_key_values_0_value, %40, %41, %41, %p3_cache_position, %41) : (tensor<1x4x8x16xf32>, tensor<1x4x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x4x8x16xf32>
    %44 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1x8xi64>
    %45 = "stablehlo.compare"(%p1_attention_mask, %44) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<1x8xi64>, tensor<1x8xi64>) -> tensor<1x8xi1>
    %46 = "stablehlo.dot_general"(%36, %42) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x4x1x16xf32>, tensor<1x4x8x16xf32>) -> tensor<1x4x1x8xf32>
    %47 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %48 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %49 = "stablehlo.multiply"(%46, %48) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %50 = "stablehlo.broadcast_in_dim"(%5) { broadcast_dimensions = array<i64: 0> } : (tensor<1xi64>) -> tensor<1x8xi64>
    %51 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<1x8xi64>
    %52 = "stablehlo.compare"(%51, %50) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<1x8xi64>, tensor<1x8xi64>) -> tensor<1x8xi1>
    %53 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x8xi1>) -> tensor<1x1x8xi1>
    %54 = "stablehlo.broadcast_in_dim"(%52) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<1x8xi1>) -> tensor<1x1x8xi1>
    %55 = "stablehlo.and"(%54, %53) : (tensor<1x1x8xi1>, tensor<1x1x8xi1>) -> tensor<1x1x8xi1>
    %56 = "stablehlo.broadcast_in_dim"(%55) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<1x1x8xi1>) -> tensor<1x4x1x8xi1>
    %57 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %58 = "stablehlo.broadcast_in_dim"(%57) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %59 = "stablehlo.select"(%56, %49, %58) : (tensor<1x4x1x8xi1>, tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %60 = "stablehlo.convert"(%55) : (tensor<1x1x8xi1>) -> tensor<1x1x8xf32>
    %61 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %63 = "stablehlo.reduce"(%60, %61) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %62 = "stablehlo.maximum"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%62) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x8xf32>, tensor<f32>) -> tensor<1x1xf32>
    %64 = "stablehlo.broadcast_in_dim"(%63) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x1xf32>) -> tensor<1x4x1x8xf32>
    %65 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %67 = "stablehlo.reduce"(%59, %65) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %66 = "stablehlo.maximum"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%66) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %68 = "stablehlo.broadcast_in_dim"(%67) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %69 = "stablehlo.subtract"(%59, %68) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %70 = "stablehlo.exponential"(%69) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %71 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %73 = "stablehlo.reduce"(%70, %71) ({
      ^reductionFn(%c5_lhs: tensor<f32>, %c5_rhs: tensor<f32>) :
          %72 = "stablehlo.add"(%c5_lhs, %c5_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%72) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %74 = "stablehlo.broadcast_in_dim"(%73) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %75 = "stablehlo.divide"(%70, %74) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %76 = "stablehlo.multiply"(%75, %64) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %77 = "stablehlo.dot_general"(%76, %43) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x4x1x8xf32>, tensor<1x4x8x16xf32>) -> tensor<1x4x1x16xf32>
    %78 = "stablehlo.transpose"(%77) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x1x16xf32>) -> tensor<1x1x4x16xf32>
    %79 = "stablehlo.reshape"(%78) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
    %80 = "stablehlo.dot_general"(%79, %p14_transformer_h_0_attn_c_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %81 = "stablehlo.broadcast_in_dim"(%p15_transformer_h_0_attn_c_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %82 = "stablehlo.add"(%80, %81) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %83 = "stablehlo.add"(%2, %82) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %84 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %86 = "stablehlo.reduce"(%83, %84) ({
      ^reductionFn(%c6_lhs: tensor<f32>, %c6_rhs: tensor<f32>) :
          %85 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%85) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %87 = "stablehlo.divide"(%86, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %88 = "stablehlo.broadcast_in_dim"(%87) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %89 = "stablehlo.subtract"(%83, %88) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %90 = "stablehlo.multiply"(%89, %89) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %91 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %93 = "stablehlo.reduce"(%90, %91) ({
      ^reductionFn(%c7_lhs: tensor<f32>, %c7_rhs: tensor<f32>) :
          %92 = "stablehlo.add"(%c7_lhs, %c7_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%92) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %94 = "stablehlo.divide"(%93, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %95 = "stablehlo.add"(%94, %20) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %96 = "stablehlo.rsqrt"(%95) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %97 = "stablehlo.broadcast_in_dim"(%96) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %98 = "stablehlo.multiply"(%89, %97) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %99 = "stablehlo.broadcast_in_dim"(%p16_transformer_h_0_ln_2_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %100 = "stablehlo.multiply"(%98, %99) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %101 = "stablehlo.broadcast_in_dim"(%p17_transformer_h_0_ln_2_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %102 = "stablehlo.add"(%100, %101) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %103 = "stablehlo.dot_general"(%102, %p18_transformer_h_0_mlp_c_fc_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x256xf32>) -> tensor<1x1x256xf32>
    %104 = "stablehlo.broadcast_in_dim"(%p19_transformer_h_0_mlp_c_fc_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %105 = "stablehlo.add"(%103, %104) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %106 = "stablehlo.multiply"(%105, %105) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %107 = "stablehlo.multiply"(%106, %105) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %108 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %109 = "stablehlo.broadcast_in_dim"(%108) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1x256xf32>
    %110 = "stablehlo.multiply"(%109, %107) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %111 = "stablehlo.add"(%105, %110) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %112 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %113 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1x256xf32>
    %114 = "stablehlo.multiply"(%113, %111) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %115 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %116 = "stablehlo.broadcast_in_dim"(%115) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1x256xf32>
    %117 = "stablehlo.tanh"(%114) : (tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %118 = "stablehlo.add"(%116, %117) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %119 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %120 = "stablehlo.broadcast_in_dim"(%119) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1x256xf32>
    %121 = "stablehlo.multiply"(%120, %105) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %122 = "stablehlo.multiply"(%121, %118) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %123 = "stablehlo.dot_general"(%122, %p20_transformer_h_0_mlp_c_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x256xf32>, tensor<256x64xf32>) -> tensor<1x1x64xf32>
    %124 = "stablehlo.broadcast_in_dim"(%p21_transformer_h_0_mlp_c_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %125 = "stablehlo.add"(%123, %124) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %126 = "stablehlo.add"(%83, %125) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %127 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %129 = "stablehlo.reduce"(%126, %127) ({
      ^reductionFn(%c8_lhs: tensor<f32>, %c8_rhs: tensor<f32>) :
          %128 = "stablehlo.add"(%c8_lhs, %c8_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%128) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %130 = "stablehlo.divide"(%129, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %131 = "stablehlo.broadcast_in_dim"(%130) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %132 = "stablehlo.subtract"(%126, %131) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %133 = "stablehlo.multiply"(%132, %132) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %134 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %136 = "stablehlo.reduce"(%133, %134) ({
      ^reductionFn(%c9_lhs: tensor<f32>, %c9_rhs: tensor<f32>) :
          %135 = "stablehlo.add"(%c9_lhs, %c9_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%135) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %137 = "stablehlo.divide"(%136, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %138 = "stablehlo.add"(%137, %20) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %139 = "stablehlo.rsqrt"(%138) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %140 = "stablehlo.broadcast_in_dim"(%139) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %141 = "stablehlo.multiply"(%132, %140) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %142 = "stablehlo.broadcast_in_dim"(%p22_transformer_h_1_ln_1_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %143 = "stablehlo.multiply"(%141, %142) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %144 = "stablehlo.broadcast_in_dim"(%p23_transformer_h_1_ln_1_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %145 = "stablehlo.add"(%143, %144) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %146 = "stablehlo.dot_general"(%145, %p24_transformer_h_1_attn_c_attn_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x192xf32>) -> tensor<1x1x192xf32>
    %147 = "stablehlo.broadcast_in_dim"(%p25_transformer_h_1_attn_c_attn_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %148 = "stablehlo.add"(%146, %147) : (tensor<1x1x192xf32>, tensor<1x1x192xf32>) -> tensor<1x1x192xf32>
    %149 = "stablehlo.slice"(%148) {
      limit_indices = array<i64: 1, 1, 64>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
    %150 = "stablehlo.slice"(%148) {
      limit_indices = array<i64: 1, 1, 128>,
      start_indices = array<i64: 0, 0, 64>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
    %151 = "stablehlo.slice"(%148) {
      limit_indices = array<i64: 1, 1, 192>,
      start_indices = array<i64: 0, 0, 128>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
    %152 = "stablehlo.reshape"(%149) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %153 = "stablehlo.transpose"(%152) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %154 = "stablehlo.reshape"(%150) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %155 = "stablehlo.transpose"(%154) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %156 = "stablehlo.reshape"(%151) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %157 = "stablehlo.transpose"(%156) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %158 = "stablehlo.dynamic_update_slice"(%p6_past_key_values_1_key, %155, %41, %41, %p3_cache_position, %41) : (tensor<1x4x8x16xf32>, tensor<1x4x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x4x8x16xf32>
    %159 = "stablehlo.dynamic_update_slice"(%p7_past_key_values_1_value, %157, %41, %41, %p3_cache_position, %41) : (tensor<1x4x8x16xf32>, tensor<1x4x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x4x8x16xf32>
    %160 = "stablehlo.dot_general"(%153, %158) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x4x1x16xf32>, tensor<1x4x8x16xf32>) -> tensor<1x4x1x8xf32>
    %161 = "stablehlo.multiply"(%160, %48) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %162 = "stablehlo.select"(%56, %161, %58) : (tensor<1x4x1x8xi1>, tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %163 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %165 = "stablehlo.reduce"(%162, %163) ({
      ^reductionFn(%c10_lhs: tensor<f32>, %c10_rhs: tensor<f32>) :
          %164 = "stablehlo.maximum"(%c10_lhs, %c10_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%164) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %166 = "stablehlo.broadcast_in_dim"(%165) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %167 = "stablehlo.subtract"(%162, %166) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %168 = "stablehlo.exponential"(%167) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %169 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %171 = "stablehlo.reduce"(%168, %169) ({
      ^reductionFn(%c11_lhs: tensor<f32>, %c11_rhs: tensor<f32>) :
          %170 = "stablehlo.add"(%c11_lhs, %c11_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%170) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %172 = "stablehlo.broadcast_in_dim"(%171) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %173 = "stablehlo.divide"(%168, %172) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %174 = "stablehlo.multiply"(%173, %64) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %175 = "stablehlo.dot_general"(%174, %159) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x4x1x8xf32>, tensor<1x4x8x16xf32>) -> tensor<1x4x1x16xf32>
    %176 = "stablehlo.transpose"(%175) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x1x16xf32>) -> tensor<1x1x4x16xf32>
    %177 = "stablehlo.reshape"(%176) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
    %178 = "stablehlo.dot_general"(%177, %p26_transformer_h_1_attn_c_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %179 = "stablehlo.broadcast_in_dim"(%p27_transformer_h_1_attn_c_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %180 = "stablehlo.add"(%178, %179) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %181 = "stablehlo.add"(%126, %180) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %182 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %184 = "stablehlo.reduce"(%181, %182) ({
      ^reductionFn(%c12_lhs: tensor<f32>, %c12_rhs: tensor<f32>) :
          %183 = "stablehlo.add"(%c12_lhs, %c12_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%183) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %185 = "stablehlo.divide"(%184, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %186 = "stablehlo.broadcast_in_dim"(%185) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %187 = "stablehlo.subtract"(%181, %186) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %188 = "stablehlo.multiply"(%187, %187) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %189 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %191 = "stablehlo.reduce"(%188, %189) ({
      ^reductionFn(%c13_lhs: tensor<f32>, %c13_rhs: tensor<f32>) :
          %190 = "stablehlo.add"(%c13_lhs, %c13_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%190) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %192 = "stablehlo.divide"(%191, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %193 = "stablehlo.add"(%192, %20) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %194 = "stablehlo.rsqrt"(%193) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %195 = "stablehlo.broadcast_in_dim"(%194) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %196 = "stablehlo.multiply"(%187, %195) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %197 = "stablehlo.broadcast_in_dim"(%p28_transformer_h_1_ln_2_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %198 = "stablehlo.multiply"(%196, %197) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %199 = "stablehlo.broadcast_in_dim"(%p29_transformer_h_1_ln_2_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %200 = "stablehlo.add"(%198, %199) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %201 = "stablehlo.dot_general"(%200, %p30_transformer_h_1_mlp_c_fc_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x256xf32>) -> tensor<1x1x256xf32>
    %202 = "stablehlo.broadcast_in_dim"(%p31_transformer_h_1_mlp_c_fc_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %203 = "stablehlo.add"(%201, %202) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %204 = "stablehlo.multiply"(%203, %203) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %205 = "stablehlo.multiply"(%204, %203) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %206 = "stablehlo.multiply"(%109, %205) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %207 = "stablehlo.add"(%203, %206) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %208 = "stablehlo.multiply"(%113, %207) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %209 = "stablehlo.tanh"(%208) : (tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %210 = "stablehlo.add"(%116, %209) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %211 = "stablehlo.multiply"(%120, %203) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %212 = "stablehlo.multiply"(%211, %210) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
    %213 = "stablehlo.dot_general"(%212, %p32_transformer_h_1_mlp_c_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x256xf32>, tensor<256x64xf32>) -> tensor<1x1x64xf32>
    %214 = "stablehlo.broadcast_in_dim"(%p33_transformer_h_1_mlp_c_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %215 = "stablehlo.add"(%213, %214) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %216 = "stablehlo.add"(%181, %215) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %217 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %219 = "stablehlo.reduce"(%216, %217) ({
      ^reductionFn(%c14_lhs: tensor<f32>, %c14_rhs: tensor<f32>) :
          %218 = "stablehlo.add"(%c14_lhs, %c14_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%218) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %220 = "stablehlo.divide"(%219, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %221 = "stablehlo.broadcast_in_dim"(%220) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %222 = "stablehlo.subtract"(%216, %221) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %223 = "stablehlo.multiply"(%222, %222) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %224 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %226 = "stablehlo.reduce"(%223, %224) ({
      ^reductionFn(%c15_lhs: tensor<f32>, %c15_rhs: tensor<f32>) :
          %225 = "stablehlo.add"(%c15_lhs, %c15_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%225) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %227 = "stablehlo.divide"(%226, %10) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %228 = "stablehlo.add"(%227, %20) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %229 = "stablehlo.rsqrt"(%228) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %230 = "stablehlo.broadcast_in_dim"(%229) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %231 = "stablehlo.multiply"(%222, %230) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %232 = "stablehlo.broadcast_in_dim"(%p34_transformer_ln_f_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %233 = "stablehlo.multiply"(%231, %232) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %234 = "stablehlo.broadcast_in_dim"(%p35_transformer_ln_f_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %235 = "stablehlo.add"(%233, %234) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %236 = "stablehlo.dot_general"(%235, %p8_transformer_wte_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<50257x64xf32>) -> tensor<1x1x50257xf32>
    "stablehlo.return"(%236, %235, %42, %43, %158, %159) : (tensor<1x1x50257xf32>, tensor<1x1x64xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) -> ()
  }
}
