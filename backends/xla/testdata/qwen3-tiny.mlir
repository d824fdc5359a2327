// ===== qwen3-tiny f32 b1_t1_c8 aliases map[4:2 5:3 6:4 7:5]
module @qwen3ForCausalLM_b1_t1_c8 {
  func.func @main(%p0_input_ids: tensor<1x1xi64>, %p1_attention_mask: tensor<1x8xi64>, %p2_position_ids: tensor<1x1xi64>, %p3_cache_position: tensor<i64>, %p4_past_key_values_0_key: tensor<1x2x8x16xf32> { tf.aliasing_output = 2 : i32 }, %p5_past_key_values_0_value: tensor<1x2x8x16xf32> { tf.aliasing_output = 3 : i32 }, %p6_past_key_values_1_key: tensor<1x2x8x16xf32> { tf.aliasing_output = 4 : i32 }, %p7_past_key_values_1_value: tensor<1x2x8x16xf32> { tf.aliasing_output = 5 : i32 }, %p8_model_embed_tokens_weight: tensor<1000x64xf32>, %p9_model_layers_0_input_layernorm_weight: tensor<64xf32>, %p10_model_layers_0_self_attn_q_proj_weight: tensor<64x64xf32>, %p11_model_layers_0_self_attn_k_proj_weight: tensor<32x64xf32>, %p12_model_layers_0_self_attn_v_proj_weight: tensor<32x64xf32>, %p13_model_layers_0_self_attn_q_norm_weight: tensor<16xf32>, %p14_model_layers_0_self_attn_k_norm_weight: tensor<16xf32>, %p15_model_layers_0_self_attn_o_proj_weight: tensor<64x64xf32>, %p16_model_layers_0_post_attention_layernorm_weight: tensor<64xf32>, %p17_model_layers_0_mlp_gate_proj_weight: tensor<160x64xf32>, %p18_model_layers_0_mlp_up_proj_weight: tensor<160x64xf32>, %p19_model_layers_0_mlp_down_proj_weight: tensor<64x160xf32>, %p20_model_layers_1_input_layernorm_weight: tensor<64xf32>, %p21_model_layers_1_self_attn_q_proj_weight: tensor<64x64xf32>, %p22_model_layers_1_self_attn_k_proj_weight: tensor<32x64xf32>, %p23_model_layers_1_self_attn_v_proj_weight: tensor<32x64xf32>, %p24_model_layers_1_self_attn_q_norm_weight: tensor<16xf32>, %p25_model_layers_1_self_attn_k_norm_weight: tensor<16xf32>, %p26_model_layers_1_self_attn_o_proj_weight: tensor<64x64xf32>, %p27_model_layers_1_post_attention_layernorm_weight: tensor<64xf32>, %p28_model_layers_1_mlp_gate_proj_weight: tensor<160x64xf32>, %p29_model_layers_1_mlp_up_proj_weight: tensor<160x64xf32>, %p30_model_layers_1_mlp_down_proj_weight: tensor<64x160xf32>, %p31_model_norm_weight: tensor<64xf32>) -> (tensor<1x1x1000xf32>, tensor<1x1x64xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) {
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
    } : (tensor<1000x64xf32>, tensor<1x1xi64>) -> tensor<1x1x64xf32>
    %1 = "stablehlo.constant"() { value = dense<[1.0, 0.17782793939113617, 0.03162277862429619, 0.005623413249850273, 0.0010000000474974513, 0.00017782794020604342, 3.162277425872162e-05, 5.62341347176698e-06]> : tensor<8xf32> } : () -> tensor<8xf32>
    %2 = "stablehlo.convert"(%p2_position_ids) : (tensor<1x1xi64>) -> tensor<1x1xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %5 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 2> } : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %6 = "stablehlo.multiply"(%4, %5) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %7 = "stablehlo.concatenate"(%6, %6) { dimension = 2 : i64 } : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
    %8 = "stablehlo.cosine"(%7) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %9 = "stablehlo.sine"(%7) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %10 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<1xi64>
    %11 = "stablehlo.broadcast_in_dim"(%p3_cache_position) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1xi64>
    %12 = "stablehlo.add"(%10, %11) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
    %13 = "stablehlo.multiply"(%0, %0) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %14 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %16 = "stablehlo.reduce"(%13, %14) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %15 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%15) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %17 = "stablehlo.constant"() { value = dense<64.0> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1xf32>
    %19 = "stablehlo.divide"(%16, %18) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %20 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x1xf32>
    %22 = "stablehlo.add"(%19, %21) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %23 = "stablehlo.rsqrt"(%22) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %25 = "stablehlo.multiply"(%0, %24) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %26 = "stablehlo.broadcast_in_dim"(%p9_model_layers_0_input_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %27 = "stablehlo.multiply"(%26, %25) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %28 = "stablehlo.dot_general"(%27, %p10_model_layers_0_self_attn_q_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %30 = "stablehlo.transpose"(%29) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %31 = "stablehlo.dot_general"(%27, %p11_model_layers_0_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<32x64xf32>) -> tensor<1x1x32xf32>
    %32 = "stablehlo.reshape"(%31) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %33 = "stablehlo.transpose"(%32) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %34 = "stablehlo.dot_general"(%27, %p12_model_layers_0_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<32x64xf32>) -> tensor<1x1x32xf32>
    %35 = "stablehlo.reshape"(%34) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %36 = "stablehlo.transpose"(%35) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %37 = "stablehlo.multiply"(%30, %30) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %38 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %40 = "stablehlo.reduce"(%37, %38) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %39 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%39) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %41 = "stablehlo.constant"() { value = dense<16.0> : tensor<f32> } : () -> tensor<f32>
    %42 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x1xf32>
    %43 = "stablehlo.divide"(%40, %42) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %44 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x1xf32>
    %45 = "stablehlo.add"(%43, %44) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %46 = "stablehlo.rsqrt"(%45) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x16xf32>
    %48 = "stablehlo.multiply"(%30, %47) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %49 = "stablehlo.broadcast_in_dim"(%p13_model_layers_0_self_attn_q_norm_weight) { broadcast_dimensions = array<i64: 3> } : (tensor<16xf32>) -> tensor<1x4x1x16xf32>
    %50 = "stablehlo.multiply"(%49, %48) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %51 = "stablehlo.multiply"(%33, %33) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %52 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %54 = "stablehlo.reduce"(%51, %52) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %53 = "stablehlo.add"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%53) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %55 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x2x1xf32>
    %56 = "stablehlo.divide"(%54, %55) : (tensor<1x2x1xf32>, tensor<1x2x1xf32>) -> tensor<1x2x1xf32>
    %57 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x2x1xf32>
    %58 = "stablehlo.add"(%56, %57) : (tensor<1x2x1xf32>, tensor<1x2x1xf32>) -> tensor<1x2x1xf32>
    %59 = "stablehlo.rsqrt"(%58) : (tensor<1x2x1xf32>) -> tensor<1x2x1xf32>
    %60 = "stablehlo.broadcast_in_dim"(%59) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x1xf32>) -> tensor<1x2x1x16xf32>
    %61 = "stablehlo.multiply"(%33, %60) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %62 = "stablehlo.broadcast_in_dim"(%p14_model_layers_0_self_attn_k_norm_weight) { broadcast_dimensions = array<i64: 3> } : (tensor<16xf32>) -> tensor<1x2x1x16xf32>
    %63 = "stablehlo.multiply"(%62, %61) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %64 = "stablehlo.reshape"(%8) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %65 = "stablehlo.reshape"(%9) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %66 = "stablehlo.broadcast_in_dim"(%64) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %67 = "stablehlo.multiply"(%50, %66) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %68 = "stablehlo.slice"(%50) {
      limit_indices = array<i64: 1, 4, 1, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %69 = "stablehlo.slice"(%50) {
      limit_indices = array<i64: 1, 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %70 = "stablehlo.negate"(%69) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %71 = "stablehlo.concatenate"(%70, %68) { dimension = 3 : i64 } : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %72 = "stablehlo.broadcast_in_dim"(%65) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %73 = "stablehlo.multiply"(%71, %72) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %74 = "stablehlo.add"(%67, %73) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %75 = "stablehlo.broadcast_in_dim"(%64) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %76 = "stablehlo.multiply"(%63, %75) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %77 = "stablehlo.slice"(%63) {
      limit_indices = array<i64: 1, 2, 1, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %78 = "stablehlo.slice"(%63) {
      limit_indices = array<i64: 1, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %79 = "stablehlo.negate"(%78) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %80 = "stablehlo.concatenate"(%79, %77) { dimension = 3 : i64 } : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %81 = "stablehlo.broadcast_in_dim"(%65) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %82 = "stablehlo.multiply"(%80, %81) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %83 = "stablehlo.add"(%76, %82) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %84 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %85 = "stablehlo.dynamic_update_slice"(%p4_past_key_values_0_key, %83, %84, %84, %p3_cache_position, %84) : (tensor<1x2x8x16xf32>, tensor<1x2x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x2x8x16xf32>
    %86 = "stablehlo.dynamic_update_slice"(%p5_past_key_values_0_value, %36, %84, %84, %p3_cache_position, %84) : (tensor<1x2x8x16xf32>, tensor<1x2x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x2x8x16xf32>
    %87 = "stablehlo.broadcast_in_dim"(%84) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1x8xi64>
    %88 = "stablehlo.compare"(%p1_attention_mask, %87) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<1x8xi64>, tensor<1x8xi64>) -> tensor<1x8xi1>
    %89 = "stablehlo.reshape"(%74) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x16xf32>
    %90 = "stablehlo.dot_general"(%89, %85) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x2x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x2x8xf32>
    %91 = "stablehlo.reshape"(%90) : (tensor<1x2x2x8xf32>) -> tensor<1x4x1x8xf32>
    %92 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %93 = "stablehlo.broadcast_in_dim"(%92) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %94 = "stablehlo.multiply"(%91, %93) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %95 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64: 0> } : (tensor<1xi64>) -> tensor<1x8xi64>
    %96 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<1x8xi64>
    %97 = "stablehlo.compare"(%96, %95) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<1x8xi64>, tensor<1x8xi64>) -> tensor<1x8xi1>
    %98 = "stablehlo.broadcast_in_dim"(%88) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x8xi1>) -> tensor<1x1x8xi1>
    %99 = "stablehlo.broadcast_in_dim"(%97) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<1x8xi1>) -> tensor<1x1x8xi1>
    %100 = "stablehlo.and"(%99, %98) : (tensor<1x1x8xi1>, tensor<1x1x8xi1>) -> tensor<1x1x8xi1>
    %101 = "stablehlo.broadcast_in_dim"(%100) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<1x1x8xi1>) -> tensor<1x4x1x8xi1>
    %102 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %103 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %104 = "stablehlo.select"(%101, %94, %103) : (tensor<1x4x1x8xi1>, tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %105 = "stablehlo.convert"(%100) : (tensor<1x1x8xi1>) -> tensor<1x1x8xf32>
    %106 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %108 = "stablehlo.reduce"(%105, %106) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %107 = "stablehlo.maximum"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%107) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x8xf32>, tensor<f32>) -> tensor<1x1xf32>
    %109 = "stablehlo.broadcast_in_dim"(%108) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x1xf32>) -> tensor<1x4x1x8xf32>
    %110 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %112 = "stablehlo.reduce"(%104, %110) ({
      ^reductionFn(%c5_lhs: tensor<f32>, %c5_rhs: tensor<f32>) :
          %111 = "stablehlo.maximum"(%c5_lhs, %c5_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%111) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %113 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %114 = "stablehlo.subtract"(%104, %113) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %115 = "stablehlo.exponential"(%114) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %116 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %118 = "stablehlo.reduce"(%115, %116) ({
      ^reductionFn(%c6_lhs: tensor<f32>, %c6_rhs: tensor<f32>) :
          %117 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%117) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %119 = "stablehlo.broadcast_in_dim"(%118) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %120 = "stablehlo.divide"(%115, %119) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %121 = "stablehlo.multiply"(%120, %109) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %122 = "stablehlo.reshape"(%121) : (tensor<1x4x1x8xf32>) -> tensor<1x2x2x8xf32>
    %123 = "stablehlo.dot_general"(%122, %86) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x2x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x2x16xf32>
    %124 = "stablehlo.reshape"(%123) : (tensor<1x2x2x16xf32>) -> tensor<1x4x1x16xf32>
    %125 = "stablehlo.transpose"(%124) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x1x16xf32>) -> tensor<1x1x4x16xf32>
    %126 = "stablehlo.reshape"(%125) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
    %127 = "stablehlo.dot_general"(%126, %p15_model_layers_0_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %128 = "stablehlo.add"(%0, %127) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %129 = "stablehlo.multiply"(%128, %128) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %130 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %132 = "stablehlo.reduce"(%129, %130) ({
      ^reductionFn(%c7_lhs: tensor<f32>, %c7_rhs: tensor<f32>) :
          %131 = "stablehlo.add"(%c7_lhs, %c7_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%131) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %133 = "stablehlo.divide"(%132, %18) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %134 = "stablehlo.add"(%133, %21) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %135 = "stablehlo.rsqrt"(%134) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %136 = "stablehlo.broadcast_in_dim"(%135) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %137 = "stablehlo.multiply"(%128, %136) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %138 = "stablehlo.broadcast_in_dim"(%p16_model_layers_0_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %139 = "stablehlo.multiply"(%138, %137) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %140 = "stablehlo.dot_general"(%139, %p17_model_layers_0_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<160x64xf32>) -> tensor<1x1x160xf32>
    %141 = "stablehlo.dot_general"(%139, %p18_model_layers_0_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<160x64xf32>) -> tensor<1x1x160xf32>
    %142 = "stablehlo.logistic"(%140) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %143 = "stablehlo.multiply"(%140, %142) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %144 = "stablehlo.multiply"(%143, %141) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %145 = "stablehlo.dot_general"(%144, %p19_model_layers_0_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x160xf32>, tensor<64x160xf32>) -> tensor<1x1x64xf32>
    %146 = "stablehlo.add"(%128, %145) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %147 = "stablehlo.multiply"(%146, %146) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %148 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %150 = "stablehlo.reduce"(%147, %148) ({
      ^reductionFn(%c8_lhs: tensor<f32>, %c8_rhs: tensor<f32>) :
          %149 = "stablehlo.add"(%c8_lhs, %c8_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%149) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %151 = "stablehlo.divide"(%150, %18) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %152 = "stablehlo.add"(%151, %21) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %153 = "stablehlo.rsqrt"(%152) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %154 = "stablehlo.broadcast_in_dim"(%153) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %155 = "stablehlo.multiply"(%146, %154) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %156 = "stablehlo.broadcast_in_dim"(%p20_model_layers_1_input_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %157 = "stablehlo.multiply"(%156, %155) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %158 = "stablehlo.dot_general"(%157, %p21_model_layers_1_self_attn_q_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %159 = "stablehlo.reshape"(%158) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %160 = "stablehlo.transpose"(%159) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %161 = "stablehlo.dot_general"(%157, %p22_model_layers_1_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<32x64xf32>) -> tensor<1x1x32xf32>
    %162 = "stablehlo.reshape"(%161) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %163 = "stablehlo.transpose"(%162) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %164 = "stablehlo.dot_general"(%157, %p23_model_layers_1_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<32x64xf32>) -> tensor<1x1x32xf32>
    %165 = "stablehlo.reshape"(%164) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %166 = "stablehlo.transpose"(%165) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %167 = "stablehlo.multiply"(%160, %160) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %168 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %170 = "stablehlo.reduce"(%167, %168) ({
      ^reductionFn(%c9_lhs: tensor<f32>, %c9_rhs: tensor<f32>) :
          %169 = "stablehlo.add"(%c9_lhs, %c9_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%169) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %171 = "stablehlo.divide"(%170, %42) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %172 = "stablehlo.add"(%171, %44) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %173 = "stablehlo.rsqrt"(%172) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %174 = "stablehlo.broadcast_in_dim"(%173) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x16xf32>
    %175 = "stablehlo.multiply"(%160, %174) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %176 = "stablehlo.broadcast_in_dim"(%p24_model_layers_1_self_attn_q_norm_weight) { broadcast_dimensions = array<i64: 3> } : (tensor<16xf32>) -> tensor<1x4x1x16xf32>
    %177 = "stablehlo.multiply"(%176, %175) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %178 = "stablehlo.multiply"(%163, %163) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %179 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %181 = "stablehlo.reduce"(%178, %179) ({
      ^reductionFn(%c10_lhs: tensor<f32>, %c10_rhs: tensor<f32>) :
          %180 = "stablehlo.add"(%c10_lhs, %c10_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%180) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %182 = "stablehlo.divide"(%181, %55) : (tensor<1x2x1xf32>, tensor<1x2x1xf32>) -> tensor<1x2x1xf32>
    %183 = "stablehlo.add"(%182, %57) : (tensor<1x2x1xf32>, tensor<1x2x1xf32>) -> tensor<1x2x1xf32>
    %184 = "stablehlo.rsqrt"(%183) : (tensor<1x2x1xf32>) -> tensor<1x2x1xf32>
    %185 = "stablehlo.broadcast_in_dim"(%184) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x2x1xf32>) -> tensor<1x2x1x16xf32>
    %186 = "stablehlo.multiply"(%163, %185) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %187 = "stablehlo.broadcast_in_dim"(%p25_model_layers_1_self_attn_k_norm_weight) { broadcast_dimensions = array<i64: 3> } : (tensor<16xf32>) -> tensor<1x2x1x16xf32>
    %188 = "stablehlo.multiply"(%187, %186) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %189 = "stablehlo.multiply"(%177, %66) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %190 = "stablehlo.slice"(%177) {
      limit_indices = array<i64: 1, 4, 1, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %191 = "stablehlo.slice"(%177) {
      limit_indices = array<i64: 1, 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %192 = "stablehlo.negate"(%191) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %193 = "stablehlo.concatenate"(%192, %190) { dimension = 3 : i64 } : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %194 = "stablehlo.multiply"(%193, %72) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %195 = "stablehlo.add"(%189, %194) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %196 = "stablehlo.multiply"(%188, %75) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %197 = "stablehlo.slice"(%188) {
      limit_indices = array<i64: 1, 2, 1, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %198 = "stablehlo.slice"(%188) {
      limit_indices = array<i64: 1, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %199 = "stablehlo.negate"(%198) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %200 = "stablehlo.concatenate"(%199, %197) { dimension = 3 : i64 } : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %201 = "stablehlo.multiply"(%200, %81) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %202 = "stablehlo.add"(%196, %201) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %203 = "stablehlo.dynamic_update_slice"(%p6_past_key_values_1_key, %202, %84, %84, %p3_cache_position, %84) : (tensor<1x2x8x16xf32>, tensor<1x2x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x2x8x16xf32>
    %204 = "stablehlo.dynamic_update_slice"(%p7_past_key_values_1_value, %166, %84, %84, %p3_cache_position, %84) : (tensor<1x2x8x16xf32>, tensor<1x2x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x2x8x16xf32>
    %205 = "stablehlo.reshape"(%195) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x16xf32>
    %206 = "stablehlo.dot_general"(%205, %203) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x2x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x2x8xf32>
    %207 = "stablehlo.reshape"(%206) : (tensor<1x2x2x8xf32>) -> tensor<1x4x1x8xf32>
    %208 = "stablehlo.multiply"(%207, %93) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %209 = "stablehlo.select"(%101, %208, %103) : (tensor<1x4x1x8xi1>, tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %210 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %212 = "stablehlo.reduce"(%209, %210) ({
      ^reductionFn(%c11_lhs: tensor<f32>, %c11_rhs: tensor<f32>) :
          %211 = "stablehlo.maximum"(%c11_lhs, %c11_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%211) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %213 = "stablehlo.broadcast_in_dim"(%212) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %214 = "stablehlo.subtract"(%209, %213) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %215 = "stablehlo.exponential"(%214) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %216 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %218 = "stablehlo.reduce"(%215, %216) ({
      ^reductionFn(%c12_lhs: tensor<f32>, %c12_rhs: tensor<f32>) :
          %217 = "stablehlo.add"(%c12_lhs, %c12_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%217) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %219 = "stablehlo.broadcast_in_dim"(%218) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %220 = "stablehlo.divide"(%215, %219) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %221 = "stablehlo.multiply"(%220, %109) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %222 = "stablehlo.reshape"(%221) : (tensor<1x4x1x8xf32>) -> tensor<1x2x2x8xf32>
    %223 = "stablehlo.dot_general"(%222, %204) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x2x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x2x16xf32>
    %224 = "stablehlo.reshape"(%223) : (tensor<1x2x2x16xf32>) -> tensor<1x4x1x16xf32>
    %225 = "stablehlo.transpose"(%224) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x1x16xf32>) -> tensor<1x1x4x16xf32>
    %226 = "stablehlo.reshape"(%225) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
    %227 = "stablehlo.dot_general"(%226, %p26_model_layers_1_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %228 = "stablehlo.add"(%146, %227) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %229 = "stablehlo.multiply"(%228, %228) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %230 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %232 = "stablehlo.reduce"(%229, %230) ({
      ^reductionFn(%c13_lhs: tensor<f32>, %c13_rhs: tensor<f32>) :
          %231 = "stablehlo.add"(%c13_lhs, %c13_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%231) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %233 = "stablehlo.divide"(%232, %18) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %234 = "stablehlo.add"(%233, %21) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %235 = "stablehlo.rsqrt"(%234) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %236 = "stablehlo.broadcast_in_dim"(%235) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %237 = "stablehlo.multiply"(%228, %236) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %238 = "stablehlo.broadcast_in_dim"(%p27_model_layers_1_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %239 = "stablehlo.multiply"(%238, %237) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %240 = "stablehlo.dot_general"(%239, %p28_model_layers_1_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<160x64xf32>) -> tensor<1x1x160xf32>
    %241 = "stablehlo.dot_general"(%239, %p29_model_layers_1_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<160x64xf32>) -> tensor<1x1x160xf32>
    %242 = "stablehlo.logistic"(%240) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %243 = "stablehlo.multiply"(%240, %242) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %244 = "stablehlo.multiply"(%243, %241) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %245 = "stablehlo.dot_general"(%244, %p30_model_layers_1_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x160xf32>, tensor<64x160xf32>) -> tensor<1x1x64xf32>
    %246 = "stablehlo.add"(%228, %245) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %247 = "stablehlo.multiply"(%246, %246) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %248 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %250 = "stablehlo.reduce"(%247, %248) ({
      ^reductionFn(%c14_lhs: tensor<f32>, %c14_rhs: tensor<f32>) :
          %249 = "stablehlo.add"(%c14_lhs, %c14_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%249) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %251 = "stablehlo.divide"(%250, %18) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %252 = "stablehlo.add"(%251, %21) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %253 = "stablehlo.rsqrt"(%252) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %254 = "stablehlo.broadcast_in_dim"(%253) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %255 = "stablehlo.multiply"(%246, %254) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %256 = "stablehlo.broadcast_in_dim"(%p31_model_norm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %257 = "stablehlo.multiply"(%256, %255) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %258 = "stablehlo.dot_general"(%257, %p8_model_embed_tokens_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<1000x64xf32>) -> tensor<1x1x1000xf32>
    "stablehlo.return"(%258, %257, %85, %86, %203, %204) : (tensor<1x1x1000xf32>, tensor<1x1x64xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> ()
  }
}
