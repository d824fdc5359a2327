// ===== qwen2-tiny f32 b1_t5 aliases map[]
module @qwen2ForCausalLM_b1_t5 {
  func.func @main(%p0_input_ids: tensor<1x5xi64>, %p1_attention_mask: tensor<1x5xi64>, %p2_position_ids: tensor<1x5xi64>, %p3_model_embed_tokens_weight: tensor<1000x64xf32>, %p4_model_layers_0_input_layernorm_weight: tensor<64xf32>, %p5_model_layers_0_self_attn_q_proj_weight: tensor<64x64xf32>, %p6_model_layers_0_self_attn_q_proj_bias: tensor<64xf32>, %p7_model_layers_0_self_attn_k_proj_weight: tensor<32x64xf32>, %p8_model_layers_0_self_attn_k_proj_bias: tensor<32xf32>, %p9_model_layers_0_self_attn_v_proj_weight: tensor<32x64xf32>, %p10_model_layers_0_self_attn_v_proj_bias: tensor<32xf32>, %p11_model_layers_0_self_attn_o_proj_weight: tensor<64x64xf32>, %p12_model_layers_0_post_attention_layernorm_weight: tensor<64xf32>, %p13_model_layers_0_mlp_gate_proj_weight: tensor<160x64xf32>, %p14_model_layers_0_mlp_up_proj_weight: tensor<160x64xf32>, %p15_model_layers_0_mlp_down_proj_weight: tensor<64x160xf32>, %p16_model_layers_1_input_layernorm_weight: tensor<64xf32>, %p17_model_layers_1_self_attn_q_proj_weight: tensor<64x64xf32>, %p18_model_layers_1_self_attn_q_proj_bias: tensor<64xf32>, %p19_model_layers_1_self_attn_k_proj_weight: tensor<32x64xf32>, %p20_model_layers_1_self_attn_k_proj_bias: tensor<32xf32>, %p21_model_layers_1_self_attn_v_proj_weight: tensor<32x64xf32>, %p22_model_layers_1_self_attn_v_proj_bias: tensor<32xf32>, %p23_model_layers_1_self_attn_o_proj_weight: tensor<64x64xf32>, %p24_model_layers_1_post_attention_layernorm_weight: tensor<64xf32>, %p25_model_layers_1_mlp_gate_proj_weight: tensor<160x64xf32>, %p26_model_layers_1_mlp_up_proj_weight: tensor<160x64xf32>, %p27_model_layers_1_mlp_down_proj_weight: tensor<64x160xf32>, %p28_model_norm_weight: tensor<64xf32>, %p29_lm_head_weight: tensor<1000x64xf32>) -> (tensor<1x5x1000xf32>, tensor<1x5x64xf32>) {
    %0 = "stablehlo.gather"(%p3_model_embed_tokens_weight, %p0_input_ids) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 64>
    } : (tensor<1000x64xf32>, tensor<1x5xi64>) -> tensor<1x5x64xf32>
    %1 = "stablehlo.constant"() { value = dense<[1.0, 0.3162277638912201, 0.10000000149011612, 0.03162277862429619, 0.009999999776482582, 0.003162277862429619, 0.0010000000474974513, 0.0003162277862429619]> : tensor<8xf32> } : () -> tensor<8xf32>
    %2 = "stablehlo.convert"(%p2_position_ids) : (tensor<1x5xi64>) -> tensor<1x5xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<1x5xf32>) -> tensor<1x5x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x5x1xf32>) -> tensor<1x5x8xf32>
    %5 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 2> } : (tensor<8xf32>) -> tensor<1x5x8xf32>
    %6 = "stablehlo.multiply"(%4, %5) : (tensor<1x5x8xf32>, tensor<1x5x8xf32>) -> tensor<1x5x8xf32>
    %7 = "stablehlo.concatenate"(%6, %6) { dimension = 2 : i64 } : (tensor<1x5x8xf32>, tensor<1x5x8xf32>) -> tensor<1x5x16xf32>
    %8 = "stablehlo.cosine"(%7) : (tensor<1x5x16xf32>) -> tensor<1x5x16xf32>
    %9 = "stablehlo.sine"(%7) : (tensor<1x5x16xf32>) -> tensor<1x5x16xf32>
    %10 = "stablehlo.multiply"(%0, %0) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %11 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %12 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x5x64xf32>, tensor<f32>) -> tensor<1x5xf32>
    %14 = "stablehlo.constant"() { value = dense<64.0> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x5xf32>
    %16 = "stablehlo.divide"(%13, %15) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %17 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x5xf32>
    %19 = "stablehlo.add"(%16, %18) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %20 = "stablehlo.rsqrt"(%19) : (tensor<1x5xf32>) -> tensor<1x5xf32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x5xf32>) -> tensor<1x5x64xf32>
    %22 = "stablehlo.multiply"(%0, %21) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %23 = "stablehlo.broadcast_in_dim"(%p4_model_layers_0_input_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x5x64xf32>
    %24 = "stablehlo.multiply"(%23, %22) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %25 = "stablehlo.dot_general"(%24, %p5_model_layers_0_self_attn_q_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<64x64xf32>) -> tensor<1x5x64xf32>
    %26 = "stablehlo.broadcast_in_dim"(%p6_model_layers_0_self_attn_q_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x5x64xf32>
    %27 = "stablehlo.add"(%25, %26) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<1x5x64xf32>) -> tensor<1x5x4x16xf32>
    %29 = "stablehlo.transpose"(%28) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x5x4x16xf32>) -> tensor<1x4x5x16xf32>
    %30 = "stablehlo.dot_general"(%24, %p7_model_layers_0_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<32x64xf32>) -> tensor<1x5x32xf32>
    %31 = "stablehlo.broadcast_in_dim"(%p8_model_layers_0_self_attn_k_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<32xf32>) -> tensor<1x5x32xf32>
    %32 = "stablehlo.add"(%30, %31) : (tensor<1x5x32xf32>, tensor<1x5x32xf32>) -> tensor<1x5x32xf32>
    %33 = "stablehlo.reshape"(%32) : (tensor<1x5x32xf32>) -> tensor<1x5x2x16xf32>
    %34 = "stablehlo.transpose"(%33) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x5x2x16xf32>) -> tensor<1x2x5x16xf32>
    %35 = "stablehlo.dot_general"(%24, %p9_model_layers_0_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<32x64xf32>) -> tensor<1x5x32xf32>
    %36 = "stablehlo.broadcast_in_dim"(%p10_model_layers_0_self_attn_v_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<32xf32>) -> tensor<1x5x32xf32>
    %37 = "stablehlo.add"(%35, %36) : (tensor<1x5x32xf32>, tensor<1x5x32xf32>) -> tensor<1x5x32xf32>
    %38 = "stablehlo.reshape"(%37) : (tensor<1x5x32xf32>) -> tensor<1x5x2x16xf32>
    %39 = "stablehlo.transpose"(%38) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x5x2x16xf32>) -> tensor<1x2x5x16xf32>
    %40 = "stablehlo.reshape"(%8) : (tensor<1x5x16xf32>) -> tensor<1x1x5x16xf32>
    %41 = "stablehlo.reshape"(%9) : (tensor<1x5x16xf32>) -> tensor<1x1x5x16xf32>
    %42 = "stablehlo.broadcast_in_dim"(%40) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x5x16xf32>) -> tensor<1x4x5x16xf32>
    %43 = "stablehlo.multiply"(%29, %42) : (tensor<1x4x5x16xf32>, tensor<1x4x5x16xf32>) -> tensor<1x4x5x16xf32>
    %44 = "stablehlo.slice"(%29) {
      limit_indices = array<i64: 1, 4, 5, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x5x16xf32>) -> tensor<1x4x5x8xf32>
    %45 = "stablehlo.slice"(%29) {
      limit_indices = array<i64: 1, 4, 5, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x5x16xf32>) -> tensor<1x4x5x8xf32>
    %46 = "stablehlo.negate"(%45) : (tensor<1x4x5x8xf32>) -> tensor<1x4x5x8xf32>
    %47 = "stablehlo.concatenate"(%46, %44) { dimension = 3 : i64 } : (tensor<1x4x5x8xf32>, tensor<1x4x5x8xf32>) -> tensor<1x4x5x16xf32>
    %48 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x5x16xf32>) -> tensor<1x4x5x16xf32>
    %49 = "stablehlo.multiply"(%47, %48) : (tensor<1x4x5x16xf32>, tensor<1x4x5x16xf32>) -> tensor<1x4x5x16xf32>
    %50 = "stablehlo.add"(%43, %49) : (tensor<1x4x5x16xf32>, tensor<1x4x5x16xf32>) -> tensor<1x4x5x16xf32>
    %51 = "stablehlo.broadcast_in_dim"(%40) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x5x16xf32>) -> tensor<1x2x5x16xf32>
    %52 = "stablehlo.multiply"(%34, %51) : (tensor<1x2x5x16xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x5x16xf32>
    %53 = "stablehlo.slice"(%34) {
      limit_indices = array<i64: 1, 2, 5, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x5x16xf32>) -> tensor<1x2x5x8xf32>
    %54 = "stablehlo.slice"(%34) {
      limit_indices = array<i64: 1, 2, 5, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x5x16xf32>) -> tensor<1x2x5x8xf32>
    %55 = "stablehlo.negate"(%54) : (tensor<1x2x5x8xf32>) -> tensor<1x2x5x8xf32>
    %56 = "stablehlo.concatenate"(%55, %53) { dimension = 3 : i64 } : (tensor<1x2x5x8xf32>, tensor<1x2x5x8xf32>) -> tensor<1x2x5x16xf32>
    %57 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x5x16xf32>) -> tensor<1x2x5x16xf32>
    %58 = "stablehlo.multiply"(%56, %57) : (tensor<1x2x5x16xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x5x16xf32>
    %59 = "stablehlo.add"(%52, %58) : (tensor<1x2x5x16xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x5x16xf32>
    %60 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %61 = "stablehlo.broadcast_in_dim"(%60) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1x5xi64>
    %62 = "stablehlo.compare"(%p1_attention_mask, %61) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<1x5xi64>, tensor<1x5xi64>) -> tensor<1x5xi1>
    %63 = "stablehlo.reshape"(%50) : (tensor<1x4x5x16xf32>) -> tensor<1x2x10x16xf32>
    %64 = "stablehlo.dot_general"(%63, %59) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x10x16xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x10x5xf32>
    %65 = "stablehlo.reshape"(%64) : (tensor<1x2x10x5xf32>) -> tensor<1x4x5x5xf32>
    %66 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %67 = "stablehlo.broadcast_in_dim"(%66) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x5x5xf32>
    %68 = "stablehlo.multiply"(%65, %67) : (tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %69 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<5x5xi64>
    %70 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<5x5xi64>
    %71 = "stablehlo.compare"(%70, %69) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<5x5xi64>, tensor<5x5xi64>) -> tensor<5x5xi1>
    %72 = "stablehlo.broadcast_in_dim"(%62) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x5xi1>) -> tensor<1x5x5xi1>
    %73 = "stablehlo.broadcast_in_dim"(%71) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<5x5xi1>) -> tensor<1x5x5xi1>
    %74 = "stablehlo.and"(%73, %72) : (tensor<1x5x5xi1>, tensor<1x5x5xi1>) -> tensor<1x5x5xi1>
    %75 = "stablehlo.broadcast_in_dim"(%74) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<1x5x5xi1>) -> tensor<1x4x5x5xi1>
    %76 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %77 = "stablehlo.broadcast_in_dim"(%76) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x5x5xf32>
    %78 = "stablehlo.select"(%75, %68, %77) : (tensor<1x4x5x5xi1>, tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %79 = "stablehlo.convert"(%74) : (tensor<1x5x5xi1>) -> tensor<1x5x5xf32>
    %80 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %82 = "stablehlo.reduce"(%79, %80) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %81 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%81) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x5x5xf32>, tensor<f32>) -> tensor<1x5xf32>
    %83 = "stablehlo.broadcast_in_dim"(%82) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x5xf32>) -> tensor<1x4x5x5xf32>
    %84 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %86 = "stablehlo.reduce"(%78, %84) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %85 = "stablehlo.maximum"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%85) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x5x5xf32>, tensor<f32>) -> tensor<1x4x5xf32>
    %87 = "stablehlo.broadcast_in_dim"(%86) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x5xf32>) -> tensor<1x4x5x5xf32>
    %88 = "stablehlo.subtract"(%78, %87) : (tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %89 = "stablehlo.exponential"(%88) : (tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %90 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %92 = "stablehlo.reduce"(%89, %90) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %91 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%91) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x5x5xf32>, tensor<f32>) -> tensor<1x4x5xf32>
    %93 = "stablehlo.broadcast_in_dim"(%92) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x5xf32>) -> tensor<1x4x5x5xf32>
    %94 = "stablehlo.divide"(%89, %93) : (tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %95 = "stablehlo.multiply"(%94, %83) : (tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %96 = "stablehlo.reshape"(%95) : (tensor<1x4x5x5xf32>) -> tensor<1x2x10x5xf32>
    %97 = "stablehlo.dot_general"(%96, %39) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x10x5xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x10x16xf32>
    %98 = "stablehlo.reshape"(%97) : (tensor<1x2x10x16xf32>) -> tensor<1x4x5x16xf32>
    %99 = "stablehlo.transpose"(%98) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x5x16xf32>) -> tensor<1x5x4x16xf32>
    %100 = "stablehlo.reshape"(%99) : (tensor<1x5x4x16xf32>) -> tensor<1x5x64xf32>
    %101 = "stablehlo.dot_general"(%100, %p11_model_layers_0_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<64x64xf32>) -> tensor<1x5x64xf32>
    %102 = "stablehlo.add"(%0, %101) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %103 = "stablehlo.multiply"(%102, %102) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %104 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %106 = "stablehlo.reduce"(%103, %104) ({
      ^reductionFn(%c5_lhs: tensor<f32>, %c5_rhs: tensor<f32>) :
          %105 = "stablehlo.add"(%c5_lhs, %c5_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%105) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x5x64xf32>, tensor<f32>) -> tensor<1x5xf32>
    %107 = "stablehlo.divide"(%106, %15) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %108 = "stablehlo.add"(%107, %18) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %109 = "stablehlo.rsqrt"(%108) : (tensor<1x5xf32>) -> tensor<1x5xf32>
    %110 = "stablehlo.broadcast_in_dim"(%109) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x5xf32>) -> tensor<1x5x64xf32>
    %111 = "stablehlo.multiply"(%102, %110) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %112 = "stablehlo.broadcast_in_dim"(%p12_model_layers_0_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x5x64xf32>
    %113 = "stablehlo.multiply"(%112, %111) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %114 = "stablehlo.dot_general"(%113, %p13_model_layers_0_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<160x64xf32>) -> tensor<1x5x160xf32>
    %115 = "stablehlo.dot_general"(%113, %p14_model_layers_0_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<160x64xf32>) -> tensor<1x5x160xf32>
    %116 = "stablehlo.logistic"(%114) : (tensor<1x5x160xf32>) -> tensor<1x5x160xf32>
    %117 = "stablehlo.multiply"(%114, %116) : (tensor<1x5x160xf32>, tensor<1x5x160xf32>) -> tensor<1x5x160xf32>
    %118 = "stablehlo.multiply"(%117, %115) : (tensor<1x5x160xf32>, tensor<1x5x160xf32>) -> tensor<1x5x160xf32>
    %119 = "stablehlo.dot_general"(%118, %p15_model_layers_0_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x160xf32>, tensor<64x160xf32>) -> tensor<1x5x64xf32>
    %120 = "stablehlo.add"(%102, %119) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %121 = "stablehlo.multiply"(%120, %120) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %122 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %124 = "stablehlo.reduce"(%121, %122) ({
      ^reductionFn(%c6_lhs: tensor<f32>, %c6_rhs: tensor<f32>) :
          %123 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%123) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x5x64xf32>, tensor<f32>) -> tensor<1x5xf32>
    %125 = "stablehlo.divide"(%124, %15) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %126 = "stablehlo.add"(%125, %18) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %127 = "stablehlo.rsqrt"(%126) : (tensor<1x5xf32>) -> tensor<1x5xf32>
    %128 = "stablehlo.broadcast_in_dim"(%127) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x5xf32>) -> tensor<1x5x64xf32>
    %129 = "stablehlo.multiply"(%120, %128) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %130 = "stablehlo.broadcast_in_dim"(%p16_model_layers_1_input_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x5x64xf32>
    %131 = "stablehlo.multiply"(%130, %129) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %132 = "stablehlo.dot_general"(%131, %p17_model_layers_1_self_attn_q_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<64x64xf32>) -> tensor<1x5x64xf32>
    %133 = "stablehlo.broadcast_in_dim"(%p18_model_layers_1_self_attn_q_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x5x64xf32>
    %134 = "stablehlo.add"(%132, %133) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %135 = "stablehlo.reshape"(%134) : (tensor<1x5x64xf32>) -> tensor<1x5x4x16xf32>
    %136 = "stablehlo.transpose"(%135) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x5x4x16xf32>) -> tensor<1x4x5x16xf32>
    %137 = "stablehlo.dot_general"(%131, %p19_model_layers_1_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<32x64xf32>) -> tensor<1x5x32xf32>
    %138 = "stablehlo.broadcast_in_dim"(%p20_model_layers_1_self_attn_k_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<32xf32>) -> tensor<1x5x32xf32>
    %139 = "stablehlo.add"(%137, %138) : (tensor<1x5x32xf32>, tensor<1x5x32xf32>) -> tensor<1x5x32xf32>
    %140 = "stablehlo.reshape"(%139) : (tensor<1x5x32xf32>) -> tensor<1x5x2x16xf32>
    %141 = "stablehlo.transpose"(%140) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x5x2x16xf32>) -> tensor<1x2x5x16xf32>
    %142 = "stablehlo.dot_general"(%131, %p21_model_layers_1_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<32x64xf32>) -> tensor<1x5x32xf32>
    %143 = "stablehlo.broadcast_in_dim"(%p22_model_layers_1_self_attn_v_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<32xf32>) -> tensor<1x5x32xf32>
    %144 = "stablehlo.add"(%142, %143) : (tensor<1x5x32xf32>, tensor<1x5x32xf32>) -> tensor<1x5x32xf32>
    %145 = "stablehlo.reshape"(%144) : (tensor<1x5x32xf32>) -> tensor<1x5x2x16xf32>
    %146 = "stablehlo.transpose"(%145) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x5x2x16xf32>) -> tensor<1x2x5x16xf32>
    %147 = "stablehlo.multiply"(%136, %42) : (tensor<1x4x5x16xf32>, tensor<1x4x5x16xf32>) -> tensor<1x4x5x16xf32>
    %148 = "stablehlo.slice"(%136) {
      limit_indices = array<i64: 1, 4, 5, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x5x16xf32>) -> tensor<1x4x5x8xf32>
    %149 = "stablehlo.slice"(%136) {
      limit_indices = array<i64: 1, 4, 5, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x5x16xf32>) -> tensor<1x4x5x8xf32>
    %150 = "stablehlo.negate"(%149) : (tensor<1x4x5x8xf32>) -> tensor<1x4x5x8xf32>
    %151 = "stablehlo.concatenate"(%150, %148) { dimension = 3 : i64 } : (tensor<1x4x5x8xf32>, tensor<1x4x5x8xf32>) -> tensor<1x4x5x16xf32>
    %152 = "stablehlo.multiply"(%151, %48) : (tensor<1x4x5x16xf32>, tensor<1x4x5x16xf32>) -> tensor<1x4x5x16xf32>
    %153 = "stablehlo.add"(%147, %152) : (tensor<1x4x5x16xf32>, tensor<1x4x5x16xf32>) -> tensor<1x4x5x16xf32>
    %154 = "stablehlo.multiply"(%141, %51) : (tensor<1x2x5x16xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x5x16xf32>
    %155 = "stablehlo.slice"(%141) {
      limit_indices = array<i64: 1, 2, 5, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x5x16xf32>) -> tensor<1x2x5x8xf32>
    %156 = "stablehlo.slice"(%141) {
      limit_indices = array<i64: 1, 2, 5, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x5x16xf32>) -> tensor<1x2x5x8xf32>
    %157 = "stablehlo.negate"(%156) : (tensor<1x2x5x8xf32>) -> tensor<1x2x5x8xf32>
    %158 = "stablehlo.concatenate"(%157, %155) { dimension = 3 : i64 } : (tensor<1x2x5x8xf32>, tensor<1x2x5x8xf32>) -> tensor<1x2x5x16xf32>
    %159 = "stablehlo.multiply"(%158, %57) : (tensor<1x2x5x16xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x5x16xf32>
    %160 = "stablehlo.add"(%154, %159) : (tensor<1x2x5x16xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x5x16xf32>
    %161 = "stablehlo.reshape"(%153) : (tensor<1x4x5x16xf32>) -> tensor<1x2x10x16xf32>
    %162 = "stablehlo.dot_general"(%161, %160) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x10x16xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x10x5xf32>
    %163 = "stablehlo.reshape"(%162) : (tensor<1x2x10x5xf32>) -> tensor<1x4x5x5xf32>
    %164 = "stablehlo.multiply"(%163, %67) : (tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %165 = "stablehlo.select"(%75, %164, %77) : (tensor<1x4x5x5xi1>, tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %166 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %168 = "stablehlo.reduce"(%165, %166) ({
      ^reductionFn(%c7_lhs: tensor<f32>, %c7_rhs: tensor<f32>) :
          %167 = "stablehlo.maximum"(%c7_lhs, %c7_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%167) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x5x5xf32>, tensor<f32>) -> tensor<1x4x5xf32>
    %169 = "stablehlo.broadcast_in_dim"(%168) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x5xf32>) -> tensor<1x4x5x5xf32>
    %170 = "stablehlo.subtract"(%165, %169) : (tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %171 = "stablehlo.exponential"(%170) : (tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %172 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %174 = "stablehlo.reduce"(%171, %172) ({
      ^reductionFn(%c8_lhs: tensor<f32>, %c8_rhs: tensor<f32>) :
          %173 = "stablehlo.add"(%c8_lhs, %c8_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%173) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x5x5xf32>, tensor<f32>) -> tensor<1x4x5xf32>
    %175 = "stablehlo.broadcast_in_dim"(%174) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x5xf32>) -> tensor<1x4x5x5xf32>
    %176 = "stablehlo.divide"(%171, %175) : (tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %177 = "stablehlo.multiply"(%176, %83) : (tensor<1x4x5x5xf32>, tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
    %178 = "stablehlo.reshape"(%177) : (tensor<1x4x5x5xf32>) -> tensor<1x2x10x5xf32>
    %179 = "stablehlo.dot_general"(%178, %146) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x10x5xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x10x16xf32>
    %180 = "stablehlo.reshape"(%179) : (tensor<1x2x10x16xf32>) -> tensor<1x4x5x16xf32>
    %181 = "stablehlo.transpose"(%180) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x5x16xf32>) -> tensor<1x5x4x16xf32>
    %182 = "stablehlo.reshape"(%181) : (tensor<1x5x4x16xf32>) -> tensor<1x5x64xf32>
    %183 = "stablehlo.dot_general"(%182, %p23_model_layers_1_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<64x64xf32>) -> tensor<1x5x64xf32>
    %184 = "stablehlo.add"(%120, %183) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %185 = "stablehlo.multiply"(%184, %184) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %186 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %188 = "stablehlo.reduce"(%185, %186) ({
      ^reductionFn(%c9_lhs: tensor<f32>, %c9_rhs: tensor<f32>) :
          %187 = "stablehlo.add"(%c9_lhs, %c9_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%187) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x5x64xf32>, tensor<f32>) -> tensor<1x5xf32>
    %189 = "stablehlo.divide"(%188, %15) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %190 = "stablehlo.add"(%189, %18) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %191 = "stablehlo.rsqrt"(%190) : (tensor<1x5xf32>) -> tensor<1x5xf32>
    %192 = "stablehlo.broadcast_in_dim"(%191) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x5xf32>) -> tensor<1x5x64xf32>
    %193 = "stablehlo.multiply"(%184, %192) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %194 = "stablehlo.broadcast_in_dim"(%p24_model_layers_1_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x5x64xf32>
    %195 = "stablehlo.multiply"(%194, %193) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %196 = "stablehlo.dot_general"(%195, %p25_model_layers_1_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<160x64xf32>) -> tensor<1x5x160xf32>
    %197 = "stablehlo.dot_general"(%195, %p26_model_layers_1_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<160x64xf32>) -> tensor<1x5x160xf32>
    %198 = "stablehlo.logistic"(%196) : (tensor<1x5x160xf32>) -> tensor<1x5x160xf32>
    %199 = "stablehlo.multiply"(%196, %198) : (tensor<1x5x160xf32>, tensor<1x5x160xf32>) -> tensor<1x5x160xf32>
    %200 = "stablehlo.multiply"(%199, %197) : (tensor<1x5x160xf32>, tensor<1x5x160xf32>) -> tensor<1x5x160xf32>
    %201 = "stablehlo.dot_general"(%200, %p27_model_layers_1_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x160xf32>, tensor<64x160xf32>) -> tensor<1x5x64xf32>
    %202 = "stablehlo.add"(%184, %201) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %203 = "stablehlo.multiply"(%202, %202) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %204 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %206 = "stablehlo.reduce"(%203, %204) ({
      ^reductionFn(%c10_lhs: tensor<f32>, %c10_rhs: tensor<f32>) :
          %205 = "stablehlo.add"(%c10_lhs, %c10_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%205) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x5x64xf32>, tensor<f32>) -> tensor<1x5xf32>
    %207 = "stablehlo.divide"(%206, %15) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %208 = "stablehlo.add"(%207, %18) : (tensor<1x5xf32>, tensor<1x5xf32>) -> tensor<1x5xf32>
    %209 = "stablehlo.rsqrt"(%208) : (tensor<1x5xf32>) -> tensor<1x5xf32>
    %210 = "stablehlo.broadcast_in_dim"(%209) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x5xf32>) -> tensor<1x5x64xf32>
    %211 = "stablehlo.multiply"(%202, %210) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %212 = "stablehlo.broadcast_in_dim"(%p28_model_norm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x5x64xf32>
    %213 = "stablehlo.multiply"(%212, %211) : (tensor<1x5x64xf32>, tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %214 = "stablehlo.dot_general"(%213, %p29_lm_head_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x5x64xf32>, tensor<1000x64xf32>) -> tensor<1x5x1000xf32>
    "stablehlo.return"(%214, %213) : (tensor<1x5x1000xf32>, tensor<1x5x64xf32>) -> ()
  }
}

// ===== qwen2-tiny f32 b1_t1_c8 aliases map[4:2 5:3 6:4 7:5]
module @qwen2ForCausalLM_b1_t1_c8 {
  func.func @main(%p0_input_ids: tensor<1x1xi64>, %p1_attention_mask: tensor<1x8xi64>, %p2_position_ids: tensor<1x1xi64>, %p3_cache_position: tensor<i64>, %p4_past_key_values_0_key: tensor<1x2x8x16xf32> { tf.aliasing_output = 2 : i32 }, %p5_past_key_values_0_value: tensor<1x2x8x16xf32> { tf.aliasing_output = 3 : i32 }, %p6_past_key_values_1_key: tensor<1x2x8x16xf32> { tf.aliasing_output = 4 : i32 }, %p7_past_key_values_1_value: tensor<1x2x8x16xf32> { tf.aliasing_output = 5 : i32 }, %p8_model_embed_tokens_weight: tensor<1000x64xf32>, %p9_model_layers_0_input_layernorm_weight: tensor<64xf32>, %p10_model_layers_0_self_attn_q_proj_weight: tensor<64x64xf32>, %p11_model_layers_0_self_attn_q_proj_bias: tensor<64xf32>, %p12_model_layers_0_self_attn_k_proj_weight: tensor<32x64xf32>, %p13_model_layers_0_self_attn_k_proj_bias: tensor<32xf32>, %p14_model_layers_0_self_attn_v_proj_weight: tensor<32x64xf32>, %p15_model_layers_0_self_attn_v_proj_bias: tensor<32xf32>, %p16_model_layers_0_self_attn_o_proj_weight: tensor<64x64xf32>, %p17_model_layers_0_post_attention_layernorm_weight: tensor<64xf32>, %p18_model_layers_0_mlp_gate_proj_weight: tensor<160x64xf32>, %p19_model_layers_0_mlp_up_proj_weight: tensor<160x64xf32>, %p20_model_layers_0_mlp_down_proj_weight: tensor<64x160xf32>, %p21_model_layers_1_input_layernorm_weight: tensor<64xf32>, %p22_model_layers_1_self_attn_q_proj_weight: tensor<64x64xf32>, %p23_model_layers_1_self_attn_q_proj_bias: tensor<64xf32>, %p24_model_layers_1_self_attn_k_proj_weight: tensor<32x64xf32>, %p25_model_layers_1_self_attn_k_proj_bias: tensor<32xf32>, %p26_model_layers_1_self_attn_v_proj_weight: tensor<32x64xf32>, %p27_model_layers_1_self_attn_v_proj_bias: tensor<32xf32>, %p28_model_layers_1_self_attn_o_proj_weight: tensor<64x64xf32>, %p29_model_layers_1_post_attention_layernorm_weight: tensor<64xf32>, %p30_model_layers_1_mlp_gate_proj_weight: tensor<160x64xf32>, %p31_model_layers_1_mlp_up_proj_weight: tensor<160x64xf32>, %p32_model_layers_1_mlp_down_proj_weight: tensor<64x160xf32>, %p33_model_norm_weight: tensor<64xf32>, %p34_lm_head_weight: tensor<1000x64xf32>) -> (tensor<1x1x1000xf32>, tensor<1x1x64xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) {
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
    %1 = "stablehlo.constant"() { value = dense<[1.0, 0.3162277638912201, 0.10000000149011612, 0.03162277862429619, 0.009999999776482582, 0.003162277862429619, 0.0010000000474974513, 0.0003162277862429619]> : tensor<8xf32> } : () -> tensor<8xf32>
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
    %29 = "stablehlo.broadcast_in_dim"(%p11_model_layers_0_self_attn_q_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %30 = "stablehlo.add"(%28, %29) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %31 = "stablehlo.reshape"(%30) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %32 = "stablehlo.transpose"(%31) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %33 = "stablehlo.dot_general"(%27, %p12_model_layers_0_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<32x64xf32>) -> tensor<1x1x32xf32>
    %34 = "stablehlo.broadcast_in_dim"(%p13_model_layers_0_self_attn_k_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %35 = "stablehlo.add"(%33, %34) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %36 = "stablehlo.reshape"(%35) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %37 = "stablehlo.transpose"(%36) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %38 = "stablehlo.dot_general"(%27, %p14_model_layers_0_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<32x64xf32>) -> tensor<1x1x32xf32>
    %39 = "stablehlo.broadcast_in_dim"(%p15_model_layers_0_self_attn_v_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %40 = "stablehlo.add"(%38, %39) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %41 = "stablehlo.reshape"(%40) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %42 = "stablehlo.transpose"(%41) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %43 = "stablehlo.reshape"(%8) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %44 = "stablehlo.reshape"(%9) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %45 = "stablehlo.broadcast_in_dim"(%43) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %46 = "stablehlo.multiply"(%32, %45) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %47 = "stablehlo.slice"(%32) {
      limit_indices = array<i64: 1, 4, 1, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %48 = "stablehlo.slice"(%32) {
      limit_indices = array<i64: 1, 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %49 = "stablehlo.negate"(%48) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %50 = "stablehlo.concatenate"(%49, %47) { dimension = 3 : i64 } : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %51 = "stablehlo.broadcast_in_dim"(%44) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %52 = "stablehlo.multiply"(%50, %51) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %53 = "stablehlo.add"(%46, %52) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %54 = "stablehlo.broadcast_in_dim"(%43) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %55 = "stablehlo.multiply"(%37, %54) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %56 = "stablehlo.slice"(%37) {
      limit_indices = array<i64: 1, 2, 1, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %57 = "stablehlo.slice"(%37) {
      limit_indices = array<i64: 1, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %58 = "stablehlo.negate"(%57) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %59 = "stablehlo.concatenate"(%58, %56) { dimension = 3 : i64 } : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %60 = "stablehlo.broadcast_in_dim"(%44) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %61 = "stablehlo.multiply"(%59, %60) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %62 = "stablehlo.add"(%55, %61) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %63 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %64 = "stablehlo.dynamic_update_slice"(%p4_past_key_values_0_key, %62, %63, %63, %p3_cache_position, %63) : (tensor<1x2x8x16xf32>, tensor<1x2x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x2x8x16xf32>
    %65 = "stablehlo.dynamic_update_slice"(%p5_past_key_values_0_value, %42, %63, %63, %p3_cache_position, %63) : (tensor<1x2x8x16xf32>, tensor<1x2x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x2x8x16xf32>
    %66 = "stablehlo.broadcast_in_dim"(%63) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1x8xi64>
    %67 = "stablehlo.compare"(%p1_attention_mask, %66) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<1x8xi64>, tensor<1x8xi64>) -> tensor<1x8xi1>
    %68 = "stablehlo.reshape"(%53) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x16xf32>
    %69 = "stablehlo.dot_general"(%68, %64) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x2x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x2x8xf32>
    %70 = "stablehlo.reshape"(%69) : (tensor<1x2x2x8xf32>) -> tensor<1x4x1x8xf32>
    %71 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %72 = "stablehlo.broadcast_in_dim"(%71) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %73 = "stablehlo.multiply"(%70, %72) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %74 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64: 0> } : (tensor<1xi64>) -> tensor<1x8xi64>
    %75 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<1x8xi64>
    %76 = "stablehlo.compare"(%75, %74) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<1x8xi64>, tensor<1x8xi64>) -> tensor<1x8xi1>
    %77 = "stablehlo.broadcast_in_dim"(%67) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x8xi1>) -> tensor<1x1x8xi1>
    %78 = "stablehlo.broadcast_in_dim"(%76) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<1x8xi1>) -> tensor<1x1x8xi1>
    %79 = "stablehlo.and"(%78, %77) : (tensor<1x1x8xi1>, tensor<1x1x8xi1>) -> tensor<1x1x8xi1>
    %80 = "stablehlo.broadcast_in_dim"(%79) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<1x1x8xi1>) -> tensor<1x4x1x8xi1>
    %81 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %82 = "stablehlo.broadcast_in_dim"(%81) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %83 = "stablehlo.select"(%80, %73, %82) : (tensor<1x4x1x8xi1>, tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %84 = "stablehlo.convert"(%79) : (tensor<1x1x8xi1>) -> tensor<1x1x8xf32>
    %85 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %87 = "stablehlo.reduce"(%84, %85) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %86 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%86) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x8xf32>, tensor<f32>) -> tensor<1x1xf32>
    %88 = "stablehlo.broadcast_in_dim"(%87) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x1xf32>) -> tensor<1x4x1x8xf32>
    %89 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %91 = "stablehlo.reduce"(%83, %89) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %90 = "stablehlo.maximum"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%90) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %92 = "stablehlo.broadcast_in_dim"(%91) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %93 = "stablehlo.subtract"(%83, %92) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %94 = "stablehlo.exponential"(%93) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %95 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %97 = "stablehlo.reduce"(%94, %95) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %96 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%96) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %98 = "stablehlo.broadcast_in_dim"(%97) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %99 = "stablehlo.divide"(%94, %98) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %100 = "stablehlo.multiply"(%99, %88) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<1x4x1x8xf32>) -> tensor<1x2x2x8xf32>
    %102 = "stablehlo.dot_general"(%101, %65) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x2x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x2x16xf32>
    %103 = "stablehlo.reshape"(%102) : (tensor<1x2x2x16xf32>) -> tensor<1x4x1x16xf32>
    %104 = "stablehlo.transpose"(%103) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x1x16xf32>) -> tensor<1x1x4x16xf32>
    %105 = "stablehlo.reshape"(%104) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
    %106 = "stablehlo.dot_general"(%105, %p16_model_layers_0_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %107 = "stablehlo.add"(%0, %106) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %108 = "stablehlo.multiply"(%107, %107) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %109 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %111 = "stablehlo.reduce"(%108, %109) ({
      ^reductionFn(%c5_lhs: tensor<f32>, %c5_rhs: tensor<f32>) :
          %110 = "stablehlo.add"(%c5_lhs, %c5_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%110) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %112 = "stablehlo.divide"(%111, %18) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %113 = "stablehlo.add"(%112, %21) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %114 = "stablehlo.rsqrt"(%113) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %115 = "stablehlo.broadcast_in_dim"(%114) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %116 = "stablehlo.multiply"(%107, %115) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %117 = "stablehlo.broadcast_in_dim"(%p17_model_layers_0_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %118 = "stablehlo.multiply"(%117, %116) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %119 = "stablehlo.dot_general"(%118, %p18_model_layers_0_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<160x64xf32>) -> tensor<1x1x160xf32>
    %120 = "stablehlo.dot_general"(%118, %p19_model_layers_0_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<160x64xf32>) -> tensor<1x1x160xf32>
    %121 = "stablehlo.logistic"(%119) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %122 = "stablehlo.multiply"(%119, %121) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %123 = "stablehlo.multiply"(%122, %120) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %124 = "stablehlo.dot_general"(%123, %p20_model_layers_0_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x160xf32>, tensor<64x160xf32>) -> tensor<1x1x64xf32>
    %125 = "stablehlo.add"(%107, %124) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %126 = "stablehlo.multiply"(%125, %125) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %127 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %129 = "stablehlo.reduce"(%126, %127) ({
      ^reductionFn(%c6_lhs: tensor<f32>, %c6_rhs: tensor<f32>) :
          %128 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%128) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %130 = "stablehlo.divide"(%129, %18) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %131 = "stablehlo.add"(%130, %21) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %132 = "stablehlo.rsqrt"(%131) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %133 = "stablehlo.broadcast_in_dim"(%132) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %134 = "stablehlo.multiply"(%125, %133) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %135 = "stablehlo.broadcast_in_dim"(%p21_model_layers_1_input_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %136 = "stablehlo.multiply"(%135, %134) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %137 = "stablehlo.dot_general"(%136, %p22_model_layers_1_self_attn_q_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %138 = "stablehlo.broadcast_in_dim"(%p23_model_layers_1_self_attn_q_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %139 = "stablehlo.add"(%137, %138) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %140 = "stablehlo.reshape"(%139) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %141 = "stablehlo.transpose"(%140) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %142 = "stablehlo.dot_general"(%136, %p24_model_layers_1_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<32x64xf32>) -> tensor<1x1x32xf32>
    %143 = "stablehlo.broadcast_in_dim"(%p25_model_layers_1_self_attn_k_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %144 = "stablehlo.add"(%142, %143) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %145 = "stablehlo.reshape"(%144) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %146 = "stablehlo.transpose"(%145) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %147 = "stablehlo.dot_general"(%136, %p26_model_layers_1_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<32x64xf32>) -> tensor<1x1x32xf32>
    %148 = "stablehlo.broadcast_in_dim"(%p27_model_layers_1_self_attn_v_proj_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %149 = "stablehlo.add"(%147, %148) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %150 = "stablehlo.reshape"(%149) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %151 = "stablehlo.transpose"(%150) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %152 = "stablehlo.multiply"(%141, %45) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %153 = "stablehlo.slice"(%141) {
      limit_indices = array<i64: 1, 4, 1, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %154 = "stablehlo.slice"(%141) {
      limit_indices = array<i64: 1, 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %155 = "stablehlo.negate"(%154) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %156 = "stablehlo.concatenate"(%155, %153) { dimension = 3 : i64 } : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %157 = "stablehlo.multiply"(%156, %51) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %158 = "stablehlo.add"(%152, %157) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %159 = "stablehlo.multiply"(%146, %54) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %160 = "stablehlo.slice"(%146) {
      limit_indices = array<i64: 1, 2, 1, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %161 = "stablehlo.slice"(%146) {
      limit_indices = array<i64: 1, 2, 1, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %162 = "stablehlo.negate"(%161) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %163 = "stablehlo.concatenate"(%162, %160) { dimension = 3 : i64 } : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %164 = "stablehlo.multiply"(%163, %60) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %165 = "stablehlo.add"(%159, %164) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %166 = "stablehlo.dynamic_update_slice"(%p6_past_key_values_1_key, %165, %63, %63, %p3_cache_position, %63) : (tensor<1x2x8x16xf32>, tensor<1x2x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x2x8x16xf32>
    %167 = "stablehlo.dynamic_update_slice"(%p7_past_key_values_1_value, %151, %63, %63, %p3_cache_position, %63) : (tensor<1x2x8x16xf32>, tensor<1x2x1x16xf32>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<1x2x8x16xf32>
    %168 = "stablehlo.reshape"(%158) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x16xf32>
    %169 = "stablehlo.dot_general"(%168, %166) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x2x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x2x8xf32>
    %170 = "stablehlo.reshape"(%169) : (tensor<1x2x2x8xf32>) -> tensor<1x4x1x8xf32>
    %171 = "stablehlo.multiply"(%170, %72) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %172 = "stablehlo.select"(%80, %171, %82) : (tensor<1x4x1x8xi1>, tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %173 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %175 = "stablehlo.reduce"(%172, %173) ({
      ^reductionFn(%c7_lhs: tensor<f32>, %c7_rhs: tensor<f32>) :
          %174 = "stablehlo.maximum"(%c7_lhs, %c7_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%174) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %176 = "stablehlo.broadcast_in_dim"(%175) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %177 = "stablehlo.subtract"(%172, %176) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %178 = "stablehlo.exponential"(%177) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %179 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %181 = "stablehlo.reduce"(%178, %179) ({
      ^reductionFn(%c8_lhs: tensor<f32>, %c8_rhs: tensor<f32>) :
          %180 = "stablehlo.add"(%c8_lhs, %c8_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%180) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x1x8xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %182 = "stablehlo.broadcast_in_dim"(%181) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x1xf32>) -> tensor<1x4x1x8xf32>
    %183 = "stablehlo.divide"(%178, %182) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %184 = "stablehlo.multiply"(%183, %88) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %185 = "stablehlo.reshape"(%184) : (tensor<1x4x1x8xf32>) -> tensor<1x2x2x8xf32>
    %186 = "stablehlo.dot_general"(%185, %167) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x2x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x2x16xf32>
    %187 = "stablehlo.reshape"(%186) : (tensor<1x2x2x16xf32>) -> tensor<1x4x1x16xf32>
    %188 = "stablehlo.transpose"(%187) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x1x16xf32>) -> tensor<1x1x4x16xf32>
    %189 = "stablehlo.reshape"(%188) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
    %190 = "stablehlo.dot_general"(%189, %p28_model_layers_1_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %191 = "stablehlo.add"(%125, %190) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %192 = "stablehlo.multiply"(%191, %191) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %193 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %195 = "stablehlo.reduce"(%192, %193) ({
      ^reductionFn(%c9_lhs: tensor<f32>, %c9_rhs: tensor<f32>) :
          %194 = "stablehlo.add"(%c9_lhs, %c9_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%194) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %196 = "stablehlo.divide"(%195, %18) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %197 = "stablehlo.add"(%196, %21) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %198 = "stablehlo.rsqrt"(%197) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %199 = "stablehlo.broadcast_in_dim"(%198) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %200 = "stablehlo.multiply"(%191, %199) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %201 = "stablehlo.broadcast_in_dim"(%p29_model_layers_1_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %202 = "stablehlo.multiply"(%201, %200) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %203 = "stablehlo.dot_general"(%202, %p30_model_layers_1_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<160x64xf32>) -> tensor<1x1x160xf32>
    %204 = "stablehlo.dot_general"(%202, %p31_model_layers_1_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<160x64xf32>) -> tensor<1x1x160xf32>
    %205 = "stablehlo.logistic"(%203) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %206 = "stablehlo.multiply"(%203, %205) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %207 = "stablehlo.multiply"(%206, %204) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %208 = "stablehlo.dot_general"(%207, %p32_model_layers_1_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x160xf32>, tensor<64x160xf32>) -> tensor<1x1x64xf32>
    %209 = "stablehlo.add"(%191, %208) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %210 = "stablehlo.multiply"(%209, %209) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %211 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %213 = "stablehlo.reduce"(%210, %211) ({
      ^reductionFn(%c10_lhs: tensor<f32>, %c10_rhs: tensor<f32>) :
          %212 = "stablehlo.add"(%c10_lhs, %c10_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%212) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %214 = "stablehlo.divide"(%213, %18) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %215 = "stablehlo.add"(%214, %21) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %216 = "stablehlo.rsqrt"(%215) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %217 = "stablehlo.broadcast_in_dim"(%216) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x1xf32>) -> tensor<1x1x64xf32>
    %218 = "stablehlo.multiply"(%209, %217) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %219 = "stablehlo.broadcast_in_dim"(%p33_model_norm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %220 = "stablehlo.multiply"(%219, %218) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %221 = "stablehlo.dot_general"(%220, %p34_lm_head_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x1x64xf32>, tensor<1000x64xf32>) -> tensor<1x1x1000xf32>
    "stablehlo.return"(%221, %220, %64, %65, %166, %167) : (tensor<1x1x1000xf32>, tensor<1x1x64xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> ()
  }
}
