// ===== llama-tiny bf16 b2_t3_c6 aliases map[4:2 5:3 6:4 7:5]
module @llamaForCausalLM_b2_t3_c6 {
  func.func @main(%p0_input_ids: tensor<2x3xi64>, %p1_attention_mask: tensor<2x6xi64>, %p2_position_ids: tensor<2x3xi64>, %p3_cache_position: tensor<i64>, %p4_past_key_values_0_key: tensor<2x2x6x16xbf16> { tf.aliasing_output = 2 : i32 }, %p5_past_key_values_0_value: tensor<2x2x6x16xbf16> { tf.aliasing_output = 3 : i32 }, %p6_past_key_values_1_key: tensor<2x2x6x16xbf16> { tf.aliasing_output = 4 : i32 }, %p7_past_key_values_1_value: tensor<2x2x6x16xbf16> { tf.aliasing_output = 5 : i32 }, %p8_model_embed_tokens_weight: tensor<32000x64xbf16>, %p9_model_layers_0_input_layernorm_weight: tensor<64xbf16>, %p10_model_layers_0_self_attn_q_proj_weight: tensor<64x64xbf16>, %p11_model_layers_0_self_attn_k_proj_weight: tensor<32x64xbf16>, %p12_model_layers_0_self_attn_v_proj_weight: tensor<32x64xbf16>, %p13_model_layers_0_self_attn_o_proj_weight: tensor<64x64xbf16>, %p14_model_layers_0_post_attention_layernorm_weight: tensor<64xbf16>, %p15_model_layers_0_mlp_gate_proj_weight: tensor<176x64xbf16>, %p16_model_layers_0_mlp_up_proj_weight: tensor<176x64xbf16>, %p17_model_layers_0_mlp_down_proj_weight: tensor<64x176xbf16>, %p18_model_layers_1_input_layernorm_weight: tensor<64xbf16>, %p19_model_layers_1_self_attn_q_proj_weight: tensor<64x64xbf16>, %p20_model_layers_1_self_attn_k_proj_weight: tensor<32x64xbf16>, %p21_model_layers_1_self_attn_v_proj_weight: tensor<32x64xbf16>, %p22_model_layers_1_self_attn_o_proj_weight: tensor<64x64xbf16>, %p23_model_layers_1_post_attention_layernorm_weight: tensor<64xbf16>, %p24_model_layers_1_mlp_gate_proj_weight: tensor<176x64xbf16>, %p25_model_layers_1_mlp_up_proj_weight: tensor<176x64xbf16>, %p26_model_layers_1_mlp_down_proj_weight: tensor<64x176xbf16>, %p27_model_norm_weight: tensor<64xbf16>, %p28_lm_head_weight: tensor<32000x64xbf16>) -> (tensor<2x3x32000xbf16>, tensor<2x3x64xbf16>, tensor<2x2x6x16xbf16>, tensor<2x2x6x16xbf16>, tensor<2x2x6x16xbf16>, tensor<2x2x6x16xbf16>) {
    %0 = "stablehlo.gather"(%p8_model_embed_tokens_weight, %p0_input_ids) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 64>
    } : (tensor<32000x64xbf16>, tensor<2x3xi64>) -> tensor<2x3x64xbf16>
    %1 = "stablehlo.constant"() { value = dense<[1.0, 0.31640625, 0.10009765625, 0.03173828125, 0.010009765625, 0.0031585693359375, 0.00099945068359375, 0.000316619873046875]> : tensor<8xf32> } : () -> tensor<8xf32>
    %2 = "stablehlo.convert"(%p2_position_ids) : (tensor<2x3xi64>) -> tensor<2x3xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<2x3xf32>) -> tensor<2x3x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x3x1xf32>) -> tensor<2x3x8xf32>
    %5 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 2> } : (tensor<8xf32>) -> tensor<2x3x8xf32>
    %6 = "stablehlo.multiply"(%4, %5) : (tensor<2x3x8xf32>, tensor<2x3x8xf32>) -> tensor<2x3x8xf32>
    %7 = "stablehlo.concatenate"(%6, %6) { dimension = 2 : i64 } : (tensor<2x3x8xf32>, tensor<2x3x8xf32>) -> tensor<2x3x16xf32>
    %8 = "stablehlo.cosine"(%7) : (tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
    %9 = "stablehlo.sine"(%7) : (tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
    %10 = "stablehlo.convert"(%8) : (tensor<2x3x16xf32>) -> tensor<2x3x16xbf16>
    %11 = "stablehlo.convert"(%9) : (tensor<2x3x16xf32>) -> tensor<2x3x16xbf16>
    %12 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<3xi64>
    %13 = "stablehlo.broadcast_in_dim"(%p3_cache_position) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<3xi64>
    %14 = "stablehlo.add"(%12, %13) : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
    %15 = "stablehlo.convert"(%0) : (tensor<2x3x64xbf16>) -> tensor<2x3x64xf32>
    %16 = "stablehlo.multiply"(%15, %15) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %18 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x3x64xf32>, tensor<f32>) -> tensor<2x3xf32>
    %20 = "stablehlo.constant"() { value = dense<64.0> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x3xf32>
    %22 = "stablehlo.divide"(%19, %21) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %23 = "stablehlo.constant"() { value = dense<9.999999747378752e-06> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x3xf32>
    %25 = "stablehlo.add"(%22, %24) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %26 = "stablehlo.rsqrt"(%25) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x3xf32>) -> tensor<2x3x64xf32>
    %28 = "stablehlo.multiply"(%15, %27) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %29 = "stablehlo.broadcast_in_dim"(%p9_model_layers_0_input_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xbf16>) -> tensor<2x3x64xbf16>
    %30 = "stablehlo.convert"(%28) : (tensor<2x3x64xf32>) -> tensor<2x3x64xbf16>
    %31 = "stablehlo.multiply"(%29, %30) : (tensor<2x3x64xbf16>, tensor<2x3x64xbf16>) -> tensor<2x3x64xbf16>
    %32 = "stablehlo.dot_general"(%31, %p10_model_layers_0_self_attn_q_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<64x64xbf16>) -> tensor<2x3x64xbf16>
    %33 = "stablehlo.reshape"(%32) : (tensor<2x3x64xbf16>) -> tensor<2x3x4x16xbf16>
    %34 = "stablehlo.transpose"(%33) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x3x4x16xbf16>) -> tensor<2x4x3x16xbf16>
    %35 = "stablehlo.dot_general"(%31, %p11_model_layers_0_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<32x64xbf16>) -> tensor<2x3x32xbf16>
    %36 = "stablehlo.reshape"(%35) : (tensor<2x3x32xbf16>) -> tensor<2x3x2x16xbf16>
    %37 = "stablehlo.transpose"(%36) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x3x2x16xbf16>) -> tensor<2x2x3x16xbf16>
    %38 = "stablehlo.dot_general"(%31, %p12_model_layers_0_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<32x64xbf16>) -> tensor<2x3x32xbf16>
    %39 = "stablehlo.reshape"(%38) : (tensor<2x3x32xbf16>) -> tensor<2x3x2x16xbf16>
    %40 = "stablehlo.transpose"(%39) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x3x2x16xbf16>) -> tensor<2x2x3x16xbf16>
    %41 = "stablehlo.reshape"(%10) : (tensor<2x3x16xbf16>) -> tensor<2x1x3x16xbf16>
    %42 = "stablehlo.reshape"(%11) : (tensor<2x3x16xbf16>) -> tensor<2x1x3x16xbf16>
    %43 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<2x1x3x16xbf16>) -> tensor<2x4x3x16xbf16>
    %44 = "stablehlo.multiply"(%34, %43) : (tensor<2x4x3x16xbf16>, tensor<2x4x3x16xbf16>) -> tensor<2x4x3x16xbf16>
    %45 = "stablehlo.slice"(%34) {
      limit_indices = array<i64: 2, 4, 3, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x4x3x16xbf16>) -> tensor<2x4x3x8xbf16>
    %46 = "stablehlo.slice"(%34) {
      limit_indices = array<i64: 2, 4, 3, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x4x3x16xbf16>) -> tensor<2x4x3x8xbf16>
    %47 = "stablehlo.negate"(%46) : (tensor<2x4x3x8xbf16>) -> tensor<2x4x3x8xbf16>
    %48 = "stablehlo.concatenate"(%47, %45) { dimension = 3 : i64 } : (tensor<2x4x3x8xbf16>, tensor<2x4x3x8xbf16>) -> tensor<2x4x3x16xbf16>
    %49 = "stablehlo.broadcast_in_dim"(%42) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<2x1x3x16xbf16>) -> tensor<2x4x3x16xbf16>
    %50 = "stablehlo.multiply"(%48, %49) : (tensor<2x4x3x16xbf16>, tensor<2x4x3x16xbf16>) -> tensor<2x4x3x16xbf16>
    %51 = "stablehlo.add"(%44, %50) : (tensor<2x4x3x16xbf16>, tensor<2x4x3x16xbf16>) -> tensor<2x4x3x16xbf16>
    %52 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<2x1x3x16xbf16>) -> tensor<2x2x3x16xbf16>
    %53 = "stablehlo.multiply"(%37, %52) : (tensor<2x2x3x16xbf16>, tensor<2x2x3x16xbf16>) -> tensor<2x2x3x16xbf16>
    %54 = "stablehlo.slice"(%37) {
      limit_indices = array<i64: 2, 2, 3, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x3x16xbf16>) -> tensor<2x2x3x8xbf16>
    %55 = "stablehlo.slice"(%37) {
      limit_indices = array<i64: 2, 2, 3, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x3x16xbf16>) -> tensor<2x2x3x8xbf16>
    %56 = "stablehlo.negate"(%55) : (tensor<2x2x3x8xbf16>) -> tensor<2x2x3x8xbf16>
    %57 = "stablehlo.concatenate"(%56, %54) { dimension = 3 : i64 } : (tensor<2x2x3x8xbf16>, tensor<2x2x3x8xbf16>) -> tensor<2x2x3x16xbf16>
    %58 = "stablehlo.broadcast_in_dim"(%42) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<2x1x3x16xbf16>) -> tensor<2x2x3x16xbf16>
    %59 = "stablehlo.multiply"(%57, %58) : (tensor<2x2x3x16xbf16>, tensor<2x2x3x16xbf16>) -> tensor<2x2x3x16xbf16>
    %60 = "stablehlo.add"(%53, %59) : (tensor<2x2x3x16xbf16>, tensor<2x2x3x16xbf16>) -> tensor<2x2x3x16xbf16>
    %61 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %62 = "stablehlo.dynamic_update_slice"(%p4_past_key_values_0_key, %60, %61, %61, %p3_cache_position, %61) : (tensor<2x2x6x16xbf16>, tensor<2x2x3x16xbf16>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<2x2x6x16xbf16>
    %63 = "stablehlo.dynamic_update_slice"(%p5_past_key_values_0_value, %40, %61, %61, %p3_cache_position, %61) : (tensor<2x2x6x16xbf16>, tensor<2x2x3x16xbf16>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<2x2x6x16xbf16>
    %64 = "stablehlo.broadcast_in_dim"(%61) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x6xi64>
    %65 = "stablehlo.compare"(%p1_attention_mask, %64) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<2x6xi64>, tensor<2x6xi64>) -> tensor<2x6xi1>
    %66 = "stablehlo.reshape"(%51) : (tensor<2x4x3x16xbf16>) -> tensor<2x2x6x16xbf16>
    %67 = "stablehlo.dot_general"(%66, %62) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x2x6x16xbf16>, tensor<2x2x6x16xbf16>) -> tensor<2x2x6x6xf32>
    %68 = "stablehlo.reshape"(%67) : (tensor<2x2x6x6xf32>) -> tensor<2x4x3x6xf32>
    %69 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %70 = "stablehlo.broadcast_in_dim"(%69) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x3x6xf32>
    %71 = "stablehlo.multiply"(%68, %70) : (tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %72 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64: 0> } : (tensor<3xi64>) -> tensor<3x6xi64>
    %73 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<3x6xi64>
    %74 = "stablehlo.compare"(%73, %72) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<3x6xi64>, tensor<3x6xi64>) -> tensor<3x6xi1>
    %75 = "stablehlo.broadcast_in_dim"(%65) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x6xi1>) -> tensor<2x3x6xi1>
    %76 = "stablehlo.broadcast_in_dim"(%74) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<3x6xi1>) -> tensor<2x3x6xi1>
    %77 = "stablehlo.and"(%76, %75) : (tensor<2x3x6xi1>, tensor<2x3x6xi1>) -> tensor<2x3x6xi1>
    %78 = "stablehlo.broadcast_in_dim"(%77) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<2x3x6xi1>) -> tensor<2x4x3x6xi1>
    %79 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %80 = "stablehlo.broadcast_in_dim"(%79) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x3x6xf32>
    %81 = "stablehlo.select"(%78, %71, %80) : (tensor<2x4x3x6xi1>, tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %82 = "stablehlo.convert"(%77) : (tensor<2x3x6xi1>) -> tensor<2x3x6xf32>
    %83 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %85 = "stablehlo.reduce"(%82, %83) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %84 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%84) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x3x6xf32>, tensor<f32>) -> tensor<2x3xf32>
    %86 = "stablehlo.broadcast_in_dim"(%85) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x3xf32>) -> tensor<2x4x3x6xf32>
    %87 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %89 = "stablehlo.reduce"(%81, %87) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %88 = "stablehlo.maximum"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%88) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x3x6xf32>, tensor<f32>) -> tensor<2x4x3xf32>
    %90 = "stablehlo.broadcast_in_dim"(%89) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x3xf32>) -> tensor<2x4x3x6xf32>
    %91 = "stablehlo.subtract"(%81, %90) : (tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %92 = "stablehlo.exponential"(%91) : (tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %93 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %95 = "stablehlo.reduce"(%92, %93) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %94 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%94) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x3x6xf32>, tensor<f32>) -> tensor<2x4x3xf32>
    %96 = "stablehlo.broadcast_in_dim"(%95) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x3xf32>) -> tensor<2x4x3x6xf32>
    %97 = "stablehlo.divide"(%92, %96) : (tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %98 = "stablehlo.multiply"(%97, %86) : (tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %99 = "stablehlo.convert"(%98) : (tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xbf16>
    %100 = "stablehlo.reshape"(%99) : (tensor<2x4x3x6xbf16>) -> tensor<2x2x6x6xbf16>
    %101 = "stablehlo.dot_general"(%100, %63) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x2x6x6xbf16>, tensor<2x2x6x16xbf16>) -> tensor<2x2x6x16xf32>
    %102 = "stablehlo.reshape"(%101) : (tensor<2x2x6x16xf32>) -> tensor<2x4x3x16xf32>
    %103 = "stablehlo.convert"(%102) : (tensor<2x4x3x16xf32>) -> tensor<2x4x3x16xbf16>
    %104 = "stablehlo.transpose"(%103) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x3x16xbf16>) -> tensor<2x3x4x16xbf16>
    %105 = "stablehlo.reshape"(%104) : (tensor<2x3x4x16xbf16>) -> tensor<2x3x64xbf16>
    %106 = "stablehlo.dot_general"(%105, %p13_model_layers_0_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<64x64xbf16>) -> tensor<2x3x64xbf16>
    %107 = "stablehlo.add"(%0, %106) : (tensor<2x3x64xbf16>, tensor<2x3x64xbf16>) -> tensor<2x3x64xbf16>
    %108 = "stablehlo.convert"(%107) : (tensor<2x3x64xbf16>) -> tensor<2x3x64xf32>
    %109 = "stablehlo.multiply"(%108, %108) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %110 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %112 = "stablehlo.reduce"(%109, %110) ({
      ^reductionFn(%c5_lhs: tensor<f32>, %c5_rhs: tensor<f32>) :
          %111 = "stablehlo.add"(%c5_lhs, %c5_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%111) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x3x64xf32>, tensor<f32>) -> tensor<2x3xf32>
    %113 = "stablehlo.divide"(%112, %21) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %114 = "stablehlo.add"(%113, %24) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %115 = "stablehlo.rsqrt"(%114) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %116 = "stablehlo.broadcast_in_dim"(%115) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x3xf32>) -> tensor<2x3x64xf32>
    %117 = "stablehlo.multiply"(%108, %116) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %118 = "stablehlo.broadcast_in_dim"(%p14_model_layers_0_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xbf16>) -> tensor<2x3x64xbf16>
    %119 = "stablehlo.convert"(%117) : (tensor<2x3x64xf32>) -> tensor<2x3x64xbf16>
    %120 = "stablehlo.multiply"(%118, %119) : (tensor<2x3x64xbf16>, tensor<2x3x64xbf16>) -> tensor<2x3x64xbf16>
    %121 = "stablehlo.dot_general"(%120, %p15_model_layers_0_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<176x64xbf16>) -> tensor<2x3x176xbf16>
    %122 = "stablehlo.dot_general"(%120, %p16_model_layers_0_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<176x64xbf16>) -> tensor<2x3x176xbf16>
    %123 = "stablehlo.convert"(%121) : (tensor<2x3x176xbf16>) -> tensor<2x3x176xf32>
    %124 = "stablehlo.logistic"(%123) : (tensor<2x3x176xf32>) -> tensor<2x3x176xf32>
    %125 = "stablehlo.multiply"(%123, %124) : (tensor<2x3x176xf32>, tensor<2x3x176xf32>) -> tensor<2x3x176xf32>
    %126 = "stablehlo.convert"(%125) : (tensor<2x3x176xf32>) -> tensor<2x3x176xbf16>
    %127 = "stablehlo.multiply"(%126, %122) : (tensor<2x3x176xbf16>, tensor<2x3x176xbf16>) -> tensor<2x3x176xbf16>
    %128 = "stablehlo.dot_general"(%127, %p17_model_layers_0_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x176xbf16>, tensor<64x176xbf16>) -> tensor<2x3x64xbf16>
    %129 = "stablehlo.add"(%107, %128) : (tensor<2x3x64xbf16>, tensor<2x3x64xbf16>) -> tensor<2x3x64xbf16>
    %130 = "stablehlo.convert"(%129) : (tensor<2x3x64xbf16>) -> tensor<2x3x64xf32>
    %131 = "stablehlo.multiply"(%130, %130) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %132 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %134 = "stablehlo.reduce"(%131, %132) ({
      ^reductionFn(%c6_lhs: tensor<f32>, %c6_rhs: tensor<f32>) :
          %133 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%133) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x3x64xf32>, tensor<f32>) -> tensor<2x3xf32>
    %135 = "stablehlo.divide"(%134, %21) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %136 = "stablehlo.add"(%135, %24) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %137 = "stablehlo.rsqrt"(%136) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %138 = "stablehlo.broadcast_in_dim"(%137) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x3xf32>) -> tensor<2x3x64xf32>
    %139 = "stablehlo.multiply"(%130, %138) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %140 = "stablehlo.broadcast_in_dim"(%p18_model_layers_1_input_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xbf16>) -> tensor<2x3x64xbf16>
    %141 = "stablehlo.convert"(%139) : (tensor<2x3x64xf32>) -> tensor<2x3x64xbf16>
    %142 = "stablehlo.multiply"(%140, %141) : (tensor<2x3x64xbf16>, tensor<2x3x64xbf16>) -> tensor<2x3x64xbf16>
    %143 = "stablehlo.dot_general"(%142, %p19_model_layers_1_self_attn_q_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<64x64xbf16>) -> tensor<2x3x64xbf16>
    %144 = "stablehlo.reshape"(%143) : (tensor<2x3x64xbf16>) -> tensor<2x3x4x16xbf16>
    %145 = "stablehlo.transpose"(%144) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x3x4x16xbf16>) -> tensor<2x4x3x16xbf16>
    %146 = "stablehlo.dot_general"(%142, %p20_model_layers_1_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<32x64xbf16>) -> tensor<2x3x32xbf16>
    %147 = "stablehlo.reshape"(%146) : (tensor<2x3x32xbf16>) -> tensor<2x3x2x16xbf16>
    %148 = "stablehlo.transpose"(%147) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x3x2x16xbf16>) -> tensor<2x2x3x16xbf16>
    %149 = "stablehlo.dot_general"(%142, %p21_model_layers_1_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<32x64xbf16>) -> tensor<2x3x32xbf16>
    %150 = "stablehlo.reshape"(%149) : (tensor<2x3x32xbf16>) -> tensor<2x3x2x16xbf16>
    %151 = "stablehlo.transpose"(%150) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x3x2x16xbf16>) -> tensor<2x2x3x16xbf16>
    %152 = "stablehlo.multiply"(%145, %43) : (tensor<2x4x3x16xbf16>, tensor<2x4x3x16xbf16>) -> tensor<2x4x3x16xbf16>
    %153 = "stablehlo.slice"(%145) {
      limit_indices = array<i64: 2, 4, 3, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x4x3x16xbf16>) -> tensor<2x4x3x8xbf16>
    %154 = "stablehlo.slice"(%145) {
      limit_indices = array<i64: 2, 4, 3, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x4x3x16xbf16>) -> tensor<2x4x3x8xbf16>
    %155 = "stablehlo.negate"(%154) : (tensor<2x4x3x8xbf16>) -> tensor<2x4x3x8xbf16>
    %156 = "stablehlo.concatenate"(%155, %153) { dimension = 3 : i64 } : (tensor<2x4x3x8xbf16>, tensor<2x4x3x8xbf16>) -> tensor<2x4x3x16xbf16>
    %157 = "stablehlo.multiply"(%156, %49) : (tensor<2x4x3x16xbf16>, tensor<2x4x3x16xbf16>) -> tensor<2x4x3x16xbf16>
    %158 = "stablehlo.add"(%152, %157) : (tensor<2x4x3x16xbf16>, tensor<2x4x3x16xbf16>) -> tensor<2x4x3x16xbf16>
    %159 = "stablehlo.multiply"(%148, %52) : (tensor<2x2x3x16xbf16>, tensor<2x2x3x16xbf16>) -> tensor<2x2x3x16xbf16>
    %160 = "stablehlo.slice"(%148) {
      limit_indices = array<i64: 2, 2, 3, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x3x16xbf16>) -> tensor<2x2x3x8xbf16>
    %161 = "stablehlo.slice"(%148) {
      limit_indices = array<i64: 2, 2, 3, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<2x2x3x16xbf16>) -> tensor<2x2x3x8xbf16>
    %162 = "stablehlo.negate"(%161) : (tensor<2x2x3x8xbf16>) -> tensor<2x2x3x8xbf16>
    %163 = "stablehlo.concatenate"(%162, %160) { dimension = 3 : i64 } : (tensor<2x2x3x8xbf16>, tensor<2x2x3x8xbf16>) -> tensor<2x2x3x16xbf16>
    %164 = "stablehlo.multiply"(%163, %58) : (tensor<2x2x3x16xbf16>, tensor<2x2x3x16xbf16>) -> tensor<2x2x3x16xbf16>
    %165 = "stablehlo.add"(%159, %164) : (tensor<2x2x3x16xbf16>, tensor<2x2x3x16xbf16>) -> tensor<2x2x3x16xbf16>
    %166 = "stablehlo.dynamic_update_slice"(%p6_past_key_values_1_key, %165, %61, %61, %p3_cache_position, %61) : (tensor<2x2x6x16xbf16>, tensor<2x2x3x16xbf16>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<2x2x6x16xbf16>
    %167 = "stablehlo.dynamic_update_slice"(%p7_past_key_values_1_value, %151, %61, %61, %p3_cache_position, %61) : (tensor<2x2x6x16xbf16>, tensor<2x2x3x16xbf16>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<2x2x6x16xbf16>
    %168 = "stablehlo.reshape"(%158) : (tensor<2x4x3x16xbf16>) -> tensor<2x2x6x16xbf16>
    %169 = "stablehlo.dot_general"(%168, %166) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x2x6x16xbf16>, tensor<2x2x6x16xbf16>) -> tensor<2x2x6x6xf32>
    %170 = "stablehlo.reshape"(%169) : (tensor<2x2x6x6xf32>) -> tensor<2x4x3x6xf32>
    %171 = "stablehlo.multiply"(%170, %70) : (tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %172 = "stablehlo.select"(%78, %171, %80) : (tensor<2x4x3x6xi1>, tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %173 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %175 = "stablehlo.reduce"(%172, %173) ({
      ^reductionFn(%c7_lhs: tensor<f32>, %c7_rhs: tensor<f32>) :
          %174 = "stablehlo.maximum"(%c7_lhs, %c7_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%174) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x3x6xf32>, tensor<f32>) -> tensor<2x4x3xf32>
    %176 = "stablehlo.broadcast_in_dim"(%175) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x3xf32>) -> tensor<2x4x3x6xf32>
    %177 = "stablehlo.subtract"(%172, %176) : (tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %178 = "stablehlo.exponential"(%177) : (tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %179 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %181 = "stablehlo.reduce"(%178, %179) ({
      ^reductionFn(%c8_lhs: tensor<f32>, %c8_rhs: tensor<f32>) :
          %180 = "stablehlo.add"(%c8_lhs, %c8_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%180) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x3x6xf32>, tensor<f32>) -> tensor<2x4x3xf32>
    %182 = "stablehlo.broadcast_in_dim"(%181) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x3xf32>) -> tensor<2x4x3x6xf32>
    %183 = "stablehlo.divide"(%178, %182) : (tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %184 = "stablehlo.multiply"(%183, %86) : (tensor<2x4x3x6xf32>, tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xf32>
    %185 = "stablehlo.convert"(%184) : (tensor<2x4x3x6xf32>) -> tensor<2x4x3x6xbf16>
    %186 = "stablehlo.reshape"(%185) : (tensor<2x4x3x6xbf16>) -> tensor<2x2x6x6xbf16>
    %187 = "stablehlo.dot_general"(%186, %167) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x2x6x6xbf16>, tensor<2x2x6x16xbf16>) -> tensor<2x2x6x16xf32>
    %188 = "stablehlo.reshape"(%187) : (tensor<2x2x6x16xf32>) -> tensor<2x4x3x16xf32>
    %189 = "stablehlo.convert"(%188) : (tensor<2x4x3x16xf32>) -> tensor<2x4x3x16xbf16>
    %190 = "stablehlo.transpose"(%189) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x3x16xbf16>) -> tensor<2x3x4x16xbf16>
    %191 = "stablehlo.reshape"(%190) : (tensor<2x3x4x16xbf16>) -> tensor<2x3x64xbf16>
    %192 = "stablehlo.dot_general"(%191, %p22_model_layers_1_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<64x64xbf16>) -> tensor<2x3x64xbf16>
    %193 = "stablehlo.add"(%129, %192) : (tensor<2x3x64xbf16>, tensor<2x3x64xbf16>) -> tensor<2x3x64xbf16>
    %194 = "stablehlo.convert"(%193) : (tensor<2x3x64xbf16>) -> tensor<2x3x64xf32>
    %195 = "stablehlo.multiply"(%194, %194) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %196 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %198 = "stablehlo.reduce"(%195, %196) ({
      ^reductionFn(%c9_lhs: tensor<f32>, %c9_rhs: tensor<f32>) :
          %197 = "stablehlo.add"(%c9_lhs, %c9_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%197) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x3x64xf32>, tensor<f32>) -> tensor<2x3xf32>
    %199 = "stablehlo.divide"(%198, %21) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %200 = "stablehlo.add"(%199, %24) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %201 = "stablehlo.rsqrt"(%200) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %202 = "stablehlo.broadcast_in_dim"(%201) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x3xf32>) -> tensor<2x3x64xf32>
    %203 = "stablehlo.multiply"(%194, %202) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %204 = "stablehlo.broadcast_in_dim"(%p23_model_layers_1_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xbf16>) -> tensor<2x3x64xbf16>
    %205 = "stablehlo.convert"(%203) : (tensor<2x3x64xf32>) -> tensor<2x3x64xbf16>
    %206 = "stablehlo.multiply"(%204, %205) : (tensor<2x3x64xbf16>, tensor<2x3x64xbf16>) -> tensor<2x3x64xbf16>
    %207 = "stablehlo.dot_general"(%206, %p24_model_layers_1_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<176x64xbf16>) -> tensor<2x3x176xbf16>
    %208 = "stablehlo.dot_general"(%206, %p25_model_layers_1_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<176x64xbf16>) -> tensor<2x3x176xbf16>
    %209 = "stablehlo.convert"(%207) : (tensor<2x3x176xbf16>) -> tensor<2x3x176xf32>
    %210 = "stablehlo.logistic"(%209) : (tensor<2x3x176xf32>) -> tensor<2x3x176xf32>
    %211 = "stablehlo.multiply"(%209, %210) : (tensor<2x3x176xf32>, tensor<2x3x176xf32>) -> tensor<2x3x176xf32>
    %212 = "stablehlo.convert"(%211) : (tensor<2x3x176xf32>) -> tensor<2x3x176xbf16>
    %213 = "stablehlo.multiply"(%212, %208) : (tensor<2x3x176xbf16>, tensor<2x3x176xbf16>) -> tensor<2x3x176xbf16>
    %214 = "stablehlo.dot_general"(%213, %p26_model_layers_1_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x176xbf16>, tensor<64x176xbf16>) -> tensor<2x3x64xbf16>
    %215 = "stablehlo.add"(%193, %214) : (tensor<2x3x64xbf16>, tensor<2x3x64xbf16>) -> tensor<2x3x64xbf16>
    %216 = "stablehlo.convert"(%215) : (tensor<2x3x64xbf16>) -> tensor<2x3x64xf32>
    %217 = "stablehlo.multiply"(%216, %216) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %218 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %220 = "stablehlo.reduce"(%217, %218) ({
      ^reductionFn(%c10_lhs: tensor<f32>, %c10_rhs: tensor<f32>) :
          %219 = "stablehlo.add"(%c10_lhs, %c10_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%219) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x3x64xf32>, tensor<f32>) -> tensor<2x3xf32>
    %221 = "stablehlo.divide"(%220, %21) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %222 = "stablehlo.add"(%221, %24) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %223 = "stablehlo.rsqrt"(%222) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %224 = "stablehlo.broadcast_in_dim"(%223) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x3xf32>) -> tensor<2x3x64xf32>
    %225 = "stablehlo.multiply"(%216, %224) : (tensor<2x3x64xf32>, tensor<2x3x64xf32>) -> tensor<2x3x64xf32>
    %226 = "stablehlo.broadcast_in_dim"(%p27_model_norm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xbf16>) -> tensor<2x3x64xbf16>
    %227 = "stablehlo.convert"(%225) : (tensor<2x3x64xf32>) -> tensor<2x3x64xbf16>
    %228 = "stablehlo.multiply"(%226, %227) : (tensor<2x3x64xbf16>, tensor<2x3x64xbf16>) -> tensor<2x3x64xbf16>
    %229 = "stablehlo.dot_general"(%228, %p28_lm_head_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]
    } : (tensor<2x3x64xbf16>, tensor<32000x64xbf16>) -> tensor<2x3x32000xbf16>
    "stablehlo.return"(%229, %228, %62, %63, %166, %167) : (tensor<2x3x32000xbf16>, tensor<2x3x64xbf16>, tensor<2x2x6x16xbf16>, tensor<2x2x6x16xbf16>, tensor<2x2x6x16xbf16>, tensor<2x2x6x16xbf16>) -> ()
  }
}
