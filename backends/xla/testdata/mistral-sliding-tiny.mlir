// ===== mistral-sliding-tiny f32 b1_t10 aliases map[]
module @mistralForCausalLM_b1_t10 {
  func.func @main(%p0_input_ids: tensor<1x10xi64>, %p1_attention_mask: tensor<1x10xi64>, %p2_position_ids: tensor<1x10xi64>, %p3_model_embed_tokens_weight: tensor<1000x64xf32>, %p4_model_layers_0_input_layernorm_weight: tensor<64xf32>, %p5_model_layers_0_self_attn_q_proj_weight: tensor<64x64xf32>, %p6_model_layers_0_self_attn_k_proj_weight: tensor<32x64xf32>, %p7_model_layers_0_self_attn_v_proj_weight: tensor<32x64xf32>, %p8_model_layers_0_self_attn_o_proj_weight: tensor<64x64xf32>, %p9_model_layers_0_post_attention_layernorm_weight: tensor<64xf32>, %p10_model_layers_0_mlp_gate_proj_weight: tensor<160x64xf32>, %p11_model_layers_0_mlp_up_proj_weight: tensor<160x64xf32>, %p12_model_layers_0_mlp_down_proj_weight: tensor<64x160xf32>, %p13_model_layers_1_input_layernorm_weight: tensor<64xf32>, %p14_model_layers_1_self_attn_q_proj_weight: tensor<64x64xf32>, %p15_model_layers_1_self_attn_k_proj_weight: tensor<32x64xf32>, %p16_model_layers_1_self_attn_v_proj_weight: tensor<32x64xf32>, %p17_model_layers_1_self_attn_o_proj_weight: tensor<64x64xf32>, %p18_model_layers_1_post_attention_layernorm_weight: tensor<64xf32>, %p19_model_layers_1_mlp_gate_proj_weight: tensor<160x64xf32>, %p20_model_layers_1_mlp_up_proj_weight: tensor<160x64xf32>, %p21_model_layers_1_mlp_down_proj_weight: tensor<64x160xf32>, %p22_model_norm_weight: tensor<64xf32>, %p23_lm_head_weight: tensor<1000x64xf32>) -> (tensor<1x10x1000xf32>, tensor<1x10x64xf32>) {
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
    } : (tensor<1000x64xf32>, tensor<1x10xi64>) -> tensor<1x10x64xf32>
    %1 = "stablehlo.constant"() { value = dense<[1.0, 0.3162277638912201, 0.10000000149011612, 0.03162277862429619, 0.009999999776482582, 0.003162277862429619, 0.0010000000474974513, 0.0003162277862429619]> : tensor<8xf32> } : () -> tensor<8xf32>
    %2 = "stablehlo.convert"(%p2_position_ids) : (tensor<1x10xi64>) -> tensor<1x10xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<1x10xf32>) -> tensor<1x10x1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x10x1xf32>) -> tensor<1x10x8xf32>
    %5 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 2> } : (tensor<8xf32>) -> tensor<1x10x8xf32>
    %6 = "stablehlo.multiply"(%4, %5) : (tensor<1x10x8xf32>, tensor<1x10x8xf32>) -> tensor<1x10x8xf32>
    %7 = "stablehlo.concatenate"(%6, %6) { dimension = 2 : i64 } : (tensor<1x10x8xf32>, tensor<1x10x8xf32>) -> tensor<1x10x16xf32>
    %8 = "stablehlo.cosine"(%7) : (tensor<1x10x16xf32>) -> tensor<1x10x16xf32>
    %9 = "stablehlo.sine"(%7) : (tensor<1x10x16xf32>) -> tensor<1x10x16xf32>
    %10 = "stablehlo.multiply"(%0, %0) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %11 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %12 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x10x64xf32>, tensor<f32>) -> tensor<1x10xf32>
    %14 = "stablehlo.constant"() { value = dense<64.0> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x10xf32>
    %16 = "stablehlo.divide"(%13, %15) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %17 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x10xf32>
    %19 = "stablehlo.add"(%16, %18) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %20 = "stablehlo.rsqrt"(%19) : (tensor<1x10xf32>) -> tensor<1x10xf32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x10xf32>) -> tensor<1x10x64xf32>
    %22 = "stablehlo.multiply"(%0, %21) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %23 = "stablehlo.broadcast_in_dim"(%p4_model_layers_0_input_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x10x64xf32>
    %24 = "stablehlo.multiply"(%23, %22) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %25 = "stablehlo.dot_general"(%24, %p5_model_layers_0_self_attn_q_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<64x64xf32>) -> tensor<1x10x64xf32>
    %26 = "stablehlo.reshape"(%25) : (tensor<1x10x64xf32>) -> tensor<1x10x4x16xf32>
    %27 = "stablehlo.transpose"(%26) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x10x4x16xf32>) -> tensor<1x4x10x16xf32>
    %28 = "stablehlo.dot_general"(%24, %p6_model_layers_0_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<32x64xf32>) -> tensor<1x10x32xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<1x10x32xf32>) -> tensor<1x10x2x16xf32>
    %30 = "stablehlo.transpose"(%29) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x10x2x16xf32>) -> tensor<1x2x10x16xf32>
    %31 = "stablehlo.dot_general"(%24, %p7_model_layers_0_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<32x64xf32>) -> tensor<1x10x32xf32>
    %32 = "stablehlo.reshape"(%31) : (tensor<1x10x32xf32>) -> tensor<1x10x2x16xf32>
    %33 = "stablehlo.transpose"(%32) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x10x2x16xf32>) -> tensor<1x2x10x16xf32>
    %34 = "stablehlo.reshape"(%8) : (tensor<1x10x16xf32>) -> tensor<1x1x10x16xf32>
    %35 = "stablehlo.reshape"(%9) : (tensor<1x10x16xf32>) -> tensor<1x1x10x16xf32>
    %36 = "stablehlo.broadcast_in_dim"(%34) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x10x16xf32>) -> tensor<1x4x10x16xf32>
    %37 = "stablehlo.multiply"(%27, %36) : (tensor<1x4x10x16xf32>, tensor<1x4x10x16xf32>) -> tensor<1x4x10x16xf32>
    %38 = "stablehlo.slice"(%27) {
      limit_indices = array<i64: 1, 4, 10, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x10x16xf32>) -> tensor<1x4x10x8xf32>
    %39 = "stablehlo.slice"(%27) {
      limit_indices = array<i64: 1, 4, 10, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x10x16xf32>) -> tensor<1x4x10x8xf32>
    %40 = "stablehlo.negate"(%39) : (tensor<1x4x10x8xf32>) -> tensor<1x4x10x8xf32>
    %41 = "stablehlo.concatenate"(%40, %38) { dimension = 3 : i64 } : (tensor<1x4x10x8xf32>, tensor<1x4x10x8xf32>) -> tensor<1x4x10x16xf32>
    %42 = "stablehlo.broadcast_in_dim"(%35) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x10x16xf32>) -> tensor<1x4x10x16xf32>
    %43 = "stablehlo.multiply"(%41, %42) : (tensor<1x4x10x16xf32>, tensor<1x4x10x16xf32>) -> tensor<1x4x10x16xf32>
    %44 = "stablehlo.add"(%37, %43) : (tensor<1x4x10x16xf32>, tensor<1x4x10x16xf32>) -> tensor<1x4x10x16xf32>
    %45 = "stablehlo.broadcast_in_dim"(%34) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x10x16xf32>) -> tensor<1x2x10x16xf32>
    %46 = "stablehlo.multiply"(%30, %45) : (tensor<1x2x10x16xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x10x16xf32>
    %47 = "stablehlo.slice"(%30) {
      limit_indices = array<i64: 1, 2, 10, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x10x16xf32>) -> tensor<1x2x10x8xf32>
    %48 = "stablehlo.slice"(%30) {
      limit_indices = array<i64: 1, 2, 10, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x10x16xf32>) -> tensor<1x2x10x8xf32>
    %49 = "stablehlo.negate"(%48) : (tensor<1x2x10x8xf32>) -> tensor<1x2x10x8xf32>
    %50 = "stablehlo.concatenate"(%49, %47) { dimension = 3 : i64 } : (tensor<1x2x10x8xf32>, tensor<1x2x10x8xf32>) -> tensor<1x2x10x16xf32>
    %51 = "stablehlo.broadcast_in_dim"(%35) { broadcast_dimensions = array<i64: 0, 1, 2, 3> } : (tensor<1x1x10x16xf32>) -> tensor<1x2x10x16xf32>
    %52 = "stablehlo.multiply"(%50, %51) : (tensor<1x2x10x16xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x10x16xf32>
    %53 = "stablehlo.add"(%46, %52) : (tensor<1x2x10x16xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x10x16xf32>
    %54 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %55 = "stablehlo.broadcast_in_dim"(%54) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<1x10xi64>
    %56 = "stablehlo.compare"(%p1_attention_mask, %55) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<1x10xi64>, tensor<1x10xi64>) -> tensor<1x10xi1>
    %57 = "stablehlo.reshape"(%44) : (tensor<1x4x10x16xf32>) -> tensor<1x2x20x16xf32>
    %58 = "stablehlo.dot_general"(%57, %53) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x20x16xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x20x10xf32>
    %59 = "stablehlo.reshape"(%58) : (tensor<1x2x20x10xf32>) -> tensor<1x4x10x10xf32>
    %60 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %61 = "stablehlo.broadcast_in_dim"(%60) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x10x10xf32>
    %62 = "stablehlo.multiply"(%59, %61) : (tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %63 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<10x10xi64>
    %64 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<10x10xi64>
    %65 = "stablehlo.compare"(%64, %63) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<10x10xi64>, tensor<10x10xi64>) -> tensor<10x10xi1>
    %66 = "stablehlo.subtract"(%63, %64) : (tensor<10x10xi64>, tensor<10x10xi64>) -> tensor<10x10xi64>
    %67 = "stablehlo.constant"() { value = dense<8> : tensor<i64> } : () -> tensor<i64>
    %68 = "stablehlo.broadcast_in_dim"(%67) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<10x10xi64>
    %69 = "stablehlo.compare"(%66, %68) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LT>
    } : (tensor<10x10xi64>, tensor<10x10xi64>) -> tensor<10x10xi1>
    %70 = "stablehlo.and"(%65, %69) : (tensor<10x10xi1>, tensor<10x10xi1>) -> tensor<10x10xi1>
    %71 = "stablehlo.broadcast_in_dim"(%56) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x10xi1>) -> tensor<1x10x10xi1>
    %72 = "stablehlo.broadcast_in_dim"(%70) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<10x10xi1>) -> tensor<1x10x10xi1>
    %73 = "stablehlo.and"(%72, %71) : (tensor<1x10x10xi1>, tensor<1x10x10xi1>) -> tensor<1x10x10xi1>
    %74 = "stablehlo.broadcast_in_dim"(%73) { broadcast_dimensions = array<i64: 0, 2, 3> } : (tensor<1x10x10xi1>) -> tensor<1x4x10x10xi1>
    %75 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %76 = "stablehlo.broadcast_in_dim"(%75) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x10x10xf32>
    %77 = "stablehlo.select"(%74, %62, %76) : (tensor<1x4x10x10xi1>, tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %78 = "stablehlo.convert"(%73) : (tensor<1x10x10xi1>) -> tensor<1x10x10xf32>
    %79 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %81 = "stablehlo.reduce"(%78, %79) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %80 = "stablehlo.maximum"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%80) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x10x10xf32>, tensor<f32>) -> tensor<1x10xf32>
    %82 = "stablehlo.broadcast_in_dim"(%81) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<1x10xf32>) -> tensor<1x4x10x10xf32>
    %83 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %85 = "stablehlo.reduce"(%77, %83) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %84 = "stablehlo.maximum"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%84) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x10x10xf32>, tensor<f32>) -> tensor<1x4x10xf32>
    %86 = "stablehlo.broadcast_in_dim"(%85) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x10xf32>) -> tensor<1x4x10x10xf32>
    %87 = "stablehlo.subtract"(%77, %86) : (tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %88 = "stablehlo.exponential"(%87) : (tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %89 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %91 = "stablehlo.reduce"(%88, %89) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %90 = "stablehlo.add"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%90) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x10x10xf32>, tensor<f32>) -> tensor<1x4x10xf32>
    %92 = "stablehlo.broadcast_in_dim"(%91) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x10xf32>) -> tensor<1x4x10x10xf32>
    %93 = "stablehlo.divide"(%88, %92) : (tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %94 = "stablehlo.multiply"(%93, %82) : (tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %95 = "stablehlo.reshape"(%94) : (tensor<1x4x10x10xf32>) -> tensor<1x2x20x10xf32>
    %96 = "stablehlo.dot_general"(%95, %33) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x20x10xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x20x16xf32>
    %97 = "stablehlo.reshape"(%96) : (tensor<1x2x20x16xf32>) -> tensor<1x4x10x16xf32>
    %98 = "stablehlo.transpose"(%97) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x10x16xf32>) -> tensor<1x10x4x16xf32>
    %99 = "stablehlo.reshape"(%98) : (tensor<1x10x4x16xf32>) -> tensor<1x10x64xf32>
    %100 = "stablehlo.dot_general"(%99, %p8_model_layers_0_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<64x64xf32>) -> tensor<1x10x64xf32>
    %101 = "stablehlo.add"(%0, %100) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %102 = "stablehlo.multiply"(%101, %101) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %103 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %105 = "stablehlo.reduce"(%102, %103) ({
      ^reductionFn(%c5_lhs: tensor<f32>, %c5_rhs: tensor<f32>) :
          %104 = "stablehlo.add"(%c5_lhs, %c5_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%104) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x10x64xf32>, tensor<f32>) -> tensor<1x10xf32>
    %106 = "stablehlo.divide"(%105, %15) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %107 = "stablehlo.add"(%106, %18) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %108 = "stablehlo.rsqrt"(%107) : (tensor<1x10xf32>) -> tensor<1x10xf32>
    %109 = "stablehlo.broadcast_in_dim"(%108) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x10xf32>) -> tensor<1x10x64xf32>
    %110 = "stablehlo.multiply"(%101, %109) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %111 = "stablehlo.broadcast_in_dim"(%p9_model_layers_0_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x10x64xf32>
    %112 = "stablehlo.multiply"(%111, %110) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %113 = "stablehlo.dot_general"(%112, %p10_model_layers_0_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<160x64xf32>) -> tensor<1x10x160xf32>
    %114 = "stablehlo.dot_general"(%112, %p11_model_layers_0_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<160x64xf32>) -> tensor<1x10x160xf32>
    %115 = "stablehlo.logistic"(%113) : (tensor<1x10x160xf32>) -> tensor<1x10x160xf32>
    %116 = "stablehlo.multiply"(%113, %115) : (tensor<1x10x160xf32>, tensor<1x10x160xf32>) -> tensor<1x10x160xf32>
    %117 = "stablehlo.multiply"(%116, %114) : (tensor<1x10x160xf32>, tensor<1x10x160xf32>) -> tensor<1x10x160xf32>
    %118 = "stablehlo.dot_general"(%117, %p12_model_layers_0_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x160xf32>, tensor<64x160xf32>) -> tensor<1x10x64xf32>
    %119 = "stablehlo.add"(%101, %118) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %120 = "stablehlo.multiply"(%119, %119) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %121 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %123 = "stablehlo.reduce"(%120, %121) ({
      ^reductionFn(%c6_lhs: tensor<f32>, %c6_rhs: tensor<f32>) :
          %122 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%122) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x10x64xf32>, tensor<f32>) -> tensor<1x10xf32>
    %124 = "stablehlo.divide"(%123, %15) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %125 = "stablehlo.add"(%124, %18) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %126 = "stablehlo.rsqrt"(%125) : (tensor<1x10xf32>) -> tensor<1x10xf32>
    %127 = "stablehlo.broadcast_in_dim"(%126) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x10xf32>) -> tensor<1x10x64xf32>
    %128 = "stablehlo.multiply"(%119, %127) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %129 = "stablehlo.broadcast_in_dim"(%p13_model_layers_1_input_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x10x64xf32>
    %130 = "stablehlo.multiply"(%129, %128) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %131 = "stablehlo.dot_general"(%130, %p14_model_layers_1_self_attn_q_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<64x64xf32>) -> tensor<1x10x64xf32>
    %132 = "stablehlo.reshape"(%131) : (tensor<1x10x64xf32>) -> tensor<1x10x4x16xf32>
    %133 = "stablehlo.transpose"(%132) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x10x4x16xf32>) -> tensor<1x4x10x16xf32>
    %134 = "stablehlo.dot_general"(%130, %p15_model_layers_1_self_attn_k_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<32x64xf32>) -> tensor<1x10x32xf32>
    %135 = "stablehlo.reshape"(%134) : (tensor<1x10x32xf32>) -> tensor<1x10x2x16xf32>
    %136 = "stablehlo.transpose"(%135) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x10x2x16xf32>) -> tensor<1x2x10x16xf32>
    %137 = "stablehlo.dot_general"(%130, %p16_model_layers_1_self_attn_v_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<32x64xf32>) -> tensor<1x10x32xf32>
    %138 = "stablehlo.reshape"(%137) : (tensor<1x10x32xf32>) -> tensor<1x10x2x16xf32>
    %139 = "stablehlo.transpose"(%138) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x10x2x16xf32>) -> tensor<1x2x10x16xf32>
    %140 = "stablehlo.multiply"(%133, %36) : (tensor<1x4x10x16xf32>, tensor<1x4x10x16xf32>) -> tensor<1x4x10x16xf32>
    %141 = "stablehlo.slice"(%133) {
      limit_indices = array<i64: 1, 4, 10, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x10x16xf32>) -> tensor<1x4x10x8xf32>
    %142 = "stablehlo.slice"(%133) {
      limit_indices = array<i64: 1, 4, 10, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x4x10x16xf32>) -> tensor<1x4x10x8xf32>
    %143 = "stablehlo.negate"(%142) : (tensor<1x4x10x8xf32>) -> tensor<1x4x10x8xf32>
    %144 = "stablehlo.concatenate"(%143, %141) { dimension = 3 : i64 } : (tensor<1x4x10x8xf32>, tensor<1x4x10x8xf32>) -> tensor<1x4x10x16xf32>
    %145 = "stablehlo.multiply"(%144, %42) : (tensor<1x4x10x16xf32>, tensor<1x4x10x16xf32>) -> tensor<1x4x10x16xf32>
    %146 = "stablehlo.add"(%140, %145) : (tensor<1x4x10x16xf32>, tensor<1x4x10x16xf32>) -> tensor<1x4x10x16xf32>
    %147 = "stablehlo.multiply"(%136, %45) : (tensor<1x2x10x16xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x10x16xf32>
    %148 = "stablehlo.slice"(%136) {
      limit_indices = array<i64: 1, 2, 10, 8>,
      start_indices = array<i64: 0, 0, 0, 0>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x10x16xf32>) -> tensor<1x2x10x8xf32>
    %149 = "stablehlo.slice"(%136) {
      limit_indices = array<i64: 1, 2, 10, 16>,
      start_indices = array<i64: 0, 0, 0, 8>,
      strides = array<i64: 1, 1, 1, 1>
    } : (tensor<1x2x10x16xf32>) -> tensor<1x2x10x8xf32>
    %150 = "stablehlo.negate"(%149) : (tensor<1x2x10x8xf32>) -> tensor<1x2x10x8xf32>
    %151 = "stablehlo.concatenate"(%150, %148) { dimension = 3 : i64 } : (tensor<1x2x10x8xf32>, tensor<1x2x10x8xf32>) -> tensor<1x2x10x16xf32>
    %152 = "stablehlo.multiply"(%151, %51) : (tensor<1x2x10x16xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x10x16xf32>
    %153 = "stablehlo.add"(%147, %152) : (tensor<1x2x10x16xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x10x16xf32>
    %154 = "stablehlo.reshape"(%146) : (tensor<1x4x10x16xf32>) -> tensor<1x2x20x16xf32>
    %155 = "stablehlo.dot_general"(%154, %153) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x20x16xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x20x10xf32>
    %156 = "stablehlo.reshape"(%155) : (tensor<1x2x20x10xf32>) -> tensor<1x4x10x10xf32>
    %157 = "stablehlo.multiply"(%156, %61) : (tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %158 = "stablehlo.select"(%74, %157, %76) : (tensor<1x4x10x10xi1>, tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %159 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %161 = "stablehlo.reduce"(%158, %159) ({
      ^reductionFn(%c7_lhs: tensor<f32>, %c7_rhs: tensor<f32>) :
          %160 = "stablehlo.maximum"(%c7_lhs, %c7_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%160) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x10x10xf32>, tensor<f32>) -> tensor<1x4x10xf32>
    %162 = "stablehlo.broadcast_in_dim"(%161) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x10xf32>) -> tensor<1x4x10x10xf32>
    %163 = "stablehlo.subtract"(%158, %162) : (tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %164 = "stablehlo.exponential"(%163) : (tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %165 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %167 = "stablehlo.reduce"(%164, %165) ({
      ^reductionFn(%c8_lhs: tensor<f32>, %c8_rhs: tensor<f32>) :
          %166 = "stablehlo.add"(%c8_lhs, %c8_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%166) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x10x10xf32>, tensor<f32>) -> tensor<1x4x10xf32>
    %168 = "stablehlo.broadcast_in_dim"(%167) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x10xf32>) -> tensor<1x4x10x10xf32>
    %169 = "stablehlo.divide"(%164, %168) : (tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %170 = "stablehlo.multiply"(%169, %82) : (tensor<1x4x10x10xf32>, tensor<1x4x10x10xf32>) -> tensor<1x4x10x10xf32>
    %171 = "stablehlo.reshape"(%170) : (tensor<1x4x10x10xf32>) -> tensor<1x2x20x10xf32>
    %172 = "stablehlo.dot_general"(%171, %139) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x2x20x10xf32>, tensor<1x2x10x16xf32>) -> tensor<1x2x20x16xf32>
    %173 = "stablehlo.reshape"(%172) : (tensor<1x2x20x16xf32>) -> tensor<1x4x10x16xf32>
    %174 = "stablehlo.transpose"(%173) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<1x4x10x16xf32>) -> tensor<1x10x4x16xf32>
    %175 = "stablehlo.reshape"(%174) : (tensor<1x10x4x16xf32>) -> tensor<1x10x64xf32>
    %176 = "stablehlo.dot_general"(%175, %p17_model_layers_1_self_attn_o_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<64x64xf32>) -> tensor<1x10x64xf32>
    %177 = "stablehlo.add"(%119, %176) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %178 = "stablehlo.multiply"(%177, %177) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %179 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %181 = "stablehlo.reduce"(%178, %179) ({
      ^reductionFn(%c9_lhs: tensor<f32>, %c9_rhs: tensor<f32>) :
          %180 = "stablehlo.add"(%c9_lhs, %c9_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%180) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x10x64xf32>, tensor<f32>) -> tensor<1x10xf32>
    %182 = "stablehlo.divide"(%181, %15) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %183 = "stablehlo.add"(%182, %18) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %184 = "stablehlo.rsqrt"(%183) : (tensor<1x10xf32>) -> tensor<1x10xf32>
    %185 = "stablehlo.broadcast_in_dim"(%184) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x10xf32>) -> tensor<1x10x64xf32>
    %186 = "stablehlo.multiply"(%177, %185) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %187 = "stablehlo.broadcast_in_dim"(%p18_model_layers_1_post_attention_layernorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x10x64xf32>
    %188 = "stablehlo.multiply"(%187, %186) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %189 = "stablehlo.dot_general"(%188, %p19_model_layers_1_mlp_gate_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<160x64xf32>) -> tensor<1x10x160xf32>
    %190 = "stablehlo.dot_general"(%188, %p20_model_layers_1_mlp_up_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<160x64xf32>) -> tensor<1x10x160xf32>
    %191 = "stablehlo.logistic"(%189) : (tensor<1x10x160xf32>) -> tensor<1x10x160xf32>
    %192 = "stablehlo.multiply"(%189, %191) : (tensor<1x10x160xf32>, tensor<1x10x160xf32>) -> tensor<1x10x160xf32>
    %193 = "stablehlo.multiply"(%192, %190) : (tensor<1x10x160xf32>, tensor<1x10x160xf32>) -> tensor<1x10x160xf32>
    %194 = "stablehlo.dot_general"(%193, %p21_model_layers_1_mlp_down_proj_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x160xf32>, tensor<64x160xf32>) -> tensor<1x10x64xf32>
    %195 = "stablehlo.add"(%177, %194) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %196 = "stablehlo.multiply"(%195, %195) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %197 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %199 = "stablehlo.reduce"(%196, %197) ({
      ^reductionFn(%c10_lhs: tensor<f32>, %c10_rhs: tensor<f32>) :
          %198 = "stablehlo.add"(%c10_lhs, %c10_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%198) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<1x10x64xf32>, tensor<f32>) -> tensor<1x10xf32>
    %200 = "stablehlo.divide"(%199, %15) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %201 = "stablehlo.add"(%200, %18) : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    %202 = "stablehlo.rsqrt"(%201) : (tensor<1x10xf32>) -> tensor<1x10xf32>
    %203 = "stablehlo.broadcast_in_dim"(%202) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<1x10xf32>) -> tensor<1x10x64xf32>
    %204 = "stablehlo.multiply"(%195, %203) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %205 = "stablehlo.broadcast_in_dim"(%p22_model_norm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<1x10x64xf32>
    %206 = "stablehlo.multiply"(%205, %204) : (tensor<1x10x64xf32>, tensor<1x10x64xf32>) -> tensor<1x10x64xf32>
    %207 = "stablehlo.dot_general"(%206, %p23_lm_head_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x10x64xf32>, tensor<1000x64xf32>) -> tensor<1x10x1000xf32>
    "stablehlo.return"(%207, %206) : (tensor<1x10x1000xf32>, tensor<1x10x64xf32>) -> ()
  }
}
