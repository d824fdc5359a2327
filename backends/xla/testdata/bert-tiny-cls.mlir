// ===== bert-tiny-cls f32 b2_t4 aliases map[]
module @bertForSequenceClassification_b2_t4 {
  func.func @main(%p0_input_ids: tensor<2x4xi64>, %p1_attention_mask: tensor<2x4xi64>, %p2_token_type_ids: tensor<2x4xi64>, %p3_bert_embeddings_word_embeddings_weight: tensor<30522x64xf32>, %p4_bert_embeddings_position_embeddings_weight: tensor<128x64xf32>, %p5_bert_embeddings_token_type_embeddings_weight: tensor<2x64xf32>, %p6_bert_embeddings_LayerNorm_weight: tensor<64xf32>, %p7_bert_embeddings_LayerNorm_bias: tensor<64xf32>, %p8_bert_encoder_layer_0_attention_self_query_weight: tensor<64x64xf32>, %p9_bert_encoder_layer_0_attention_self_query_bias: tensor<64xf32>, %p10_bert_encoder_layer_0_attention_self_key_weight: tensor<64x64xf32>, %p11_bert_encoder_layer_0_attention_self_key_bias: tensor<64xf32>, %p12_bert_encoder_layer_0_attention_self_value_weight: tensor<64x64xf32>, %p13_bert_encoder_layer_0_attention_self_value_bias: tensor<64xf32>, %p14_bert_encoder_layer_0_attention_output_dense_weight: tensor<64x64xf32>, %p15_bert_encoder_layer_0_attention_output_dense_bias: tensor<64xf32>, %p16_bert_encoder_layer_0_attention_output_LayerNorm_weight: tensor<64xf32>, %p17_bert_encoder_layer_0_attention_output_LayerNorm_bias: tensor<64xf32>, %p18_bert_encoder_layer_0_intermediate_dense_weight: tensor<128x64xf32>, %p19_bert_encoder_layer_0_intermediate_dense_bias: tensor<128xf32>, %p20_bert_encoder_layer_0_output_LayerNorm_weight: tensor<64xf32>, %p21_bert_encoder_layer_0_output_LayerNorm_bias: tensor<64xf32>, %p22_bert_encoder_layer_0_output_dense_weight: tensor<64x128xf32>, %p23_bert_encoder_layer_0_output_dense_bias: tensor<64xf32>, %p24_bert_encoder_layer_1_attention_self_query_weight: tensor<64x64xf32>, %p25_bert_encoder_layer_1_attention_self_query_bias: tensor<64xf32>, %p26_bert_encoder_layer_1_attention_self_key_weight: tensor<64x64xf32>, %p27_bert_encoder_layer_1_attention_self_key_bias: tensor<64xf32>, %p28_bert_encoder_layer_1_attention_self_value_weight: tensor<64x64xf32>, %p29_bert_encoder_layer_1_attention_self_value_bias: tensor<64xf32>, %p30_bert_encoder_layer_1_attention_output_dense_weight: tensor<64x64xf32>, %p31_bert_encoder_layer_1_attention_output_dense_bias: tensor<64xf32>, %p32_bert_encoder_layer_1_attention_output_LayerNorm_weight: tensor<64xf32>, %p33_bert_encoder_layer_1_attention_output_LayerNorm_bias: tensor<64xf32>, %p34_bert_encoder_layer_1_intermediate_dense_weight: tensor<128x64xf32>, %p35_bert_encoder_layer_1_intermediate_dense_bias: tensor<128xf32>, %p36_bert_encoder_layer_1_output_LayerNorm_weight: tensor<64xf32>, %p37_bert_encoder_layer_1_output_LayerNorm_bias: tensor<64xf32>, %p38_bert_encoder_layer_1_output_dense_weight: tensor<64x128xf32>, %p39_bert_encoder_layer_1_output_dense_bias: tensor<64xf32>, %p40_bert_pooler_dense_weight: tensor<64x64xf32>, %p41_bert_pooler_dense_bias: tensor<64xf32>, %p42_classifier_weight: tensor<3x64xf32>, %p43_classifier_bias: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x4x64xf32>, tensor<2x64xf32>) {
    %0 = "stablehlo.gather"(%p3_bert_embeddings_word_embeddings_weight, %p0_input_ids) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 64>
    } : (tensor<30522x64xf32>, tensor<2x4xi64>) -> tensor<2x4x64xf32>
    %1 = "stablehlo.gather"(%p5_bert_embeddings_token_type_embeddings_weight, %p2_token_type_ids) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 2>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 64>
    } : (tensor<2x64xf32>, tensor<2x4xi64>) -> tensor<2x4x64xf32>
    %2 = "stablehlo.add"(%0, %1) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %3 = "stablehlo.iota"() { iota_dimension = 0 : i64 } : () -> tensor<4xi64>
    %4 = "stablehlo.gather"(%p4_bert_embeddings_position_embeddings_weight, %3) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 64>
    } : (tensor<128x64xf32>, tensor<4xi64>) -> tensor<4x64xf32>
    %5 = "stablehlo.broadcast_in_dim"(%4) { broadcast_dimensions = array<i64: 1, 2> } : (tensor<4x64xf32>) -> tensor<2x4x64xf32>
    %6 = "stablehlo.add"(%2, %5) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %7 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%6, %7) ({
      ^reductionFn(%c1_lhs: tensor<f32>, %c1_rhs: tensor<f32>) :
          %8 = "stablehlo.add"(%c1_lhs, %c1_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %10 = "stablehlo.constant"() { value = dense<64.0> : tensor<f32> } : () -> tensor<f32>
    %11 = "stablehlo.broadcast_in_dim"(%10) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4xf32>
    %12 = "stablehlo.divide"(%9, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %14 = "stablehlo.subtract"(%6, %13) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %15 = "stablehlo.multiply"(%14, %14) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %16 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.reduce"(%15, %16) ({
      ^reductionFn(%c2_lhs: tensor<f32>, %c2_rhs: tensor<f32>) :
          %17 = "stablehlo.add"(%c2_lhs, %c2_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%17) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %19 = "stablehlo.divide"(%18, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %20 = "stablehlo.constant"() { value = dense<9.999999960041972e-13> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4xf32>
    %22 = "stablehlo.add"(%19, %21) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %23 = "stablehlo.rsqrt"(%22) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %25 = "stablehlo.multiply"(%14, %24) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %26 = "stablehlo.broadcast_in_dim"(%p6_bert_embeddings_LayerNorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %27 = "stablehlo.multiply"(%25, %26) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %28 = "stablehlo.broadcast_in_dim"(%p7_bert_embeddings_LayerNorm_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %29 = "stablehlo.add"(%27, %28) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %30 = "stablehlo.dot_general"(%29, %p8_bert_encoder_layer_0_attention_self_query_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %31 = "stablehlo.broadcast_in_dim"(%p9_bert_encoder_layer_0_attention_self_query_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %32 = "stablehlo.add"(%30, %31) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %33 = "stablehlo.reshape"(%32) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %34 = "stablehlo.transpose"(%33) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %35 = "stablehlo.dot_general"(%29, %p10_bert_encoder_layer_0_attention_self_key_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %36 = "stablehlo.broadcast_in_dim"(%p11_bert_encoder_layer_0_attention_self_key_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %37 = "stablehlo.add"(%35, %36) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %38 = "stablehlo.reshape"(%37) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %39 = "stablehlo.transpose"(%38) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %40 = "stablehlo.dot_general"(%29, %p12_bert_encoder_layer_0_attention_self_value_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %41 = "stablehlo.broadcast_in_dim"(%p13_bert_encoder_layer_0_attention_self_value_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %42 = "stablehlo.add"(%40, %41) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %43 = "stablehlo.reshape"(%42) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %44 = "stablehlo.transpose"(%43) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %45 = "stablehlo.constant"() { value = dense<0> : tensor<i64> } : () -> tensor<i64>
    %46 = "stablehlo.broadcast_in_dim"(%45) { broadcast_dimensions = array<i64> } : (tensor<i64>) -> tensor<2x4xi64>
    %47 = "stablehlo.compare"(%p1_attention_mask, %46) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction NE>
    } : (tensor<2x4xi64>, tensor<2x4xi64>) -> tensor<2x4xi1>
    %48 = "stablehlo.dot_general"(%34, %39) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x4xf32>
    %49 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %50 = "stablehlo.broadcast_in_dim"(%49) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x4x4xf32>
    %51 = "stablehlo.multiply"(%48, %50) : (tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %52 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x4xi1>) -> tensor<2x4x4xi1>
    %53 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<2x4xi1>) -> tensor<2x4x4x4xi1>
    %54 = "stablehlo.constant"() { value = dense<-3.4028234663852886e+38> : tensor<f32> } : () -> tensor<f32>
    %55 = "stablehlo.broadcast_in_dim"(%54) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x4x4xf32>
    %56 = "stablehlo.select"(%53, %51, %55) : (tensor<2x4x4x4xi1>, tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %57 = "stablehlo.convert"(%52) : (tensor<2x4x4xi1>) -> tensor<2x4x4xf32>
    %58 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %60 = "stablehlo.reduce"(%57, %58) ({
      ^reductionFn(%c3_lhs: tensor<f32>, %c3_rhs: tensor<f32>) :
          %59 = "stablehlo.maximum"(%c3_lhs, %c3_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%59) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
    %61 = "stablehlo.broadcast_in_dim"(%60) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<2x4xf32>) -> tensor<2x4x4x4xf32>
    %62 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %64 = "stablehlo.reduce"(%56, %62) ({
      ^reductionFn(%c4_lhs: tensor<f32>, %c4_rhs: tensor<f32>) :
          %63 = "stablehlo.maximum"(%c4_lhs, %c4_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%63) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %65 = "stablehlo.broadcast_in_dim"(%64) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x4xf32>) -> tensor<2x4x4x4xf32>
    %66 = "stablehlo.subtract"(%56, %65) : (tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %67 = "stablehlo.exponential"(%66) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %68 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %70 = "stablehlo.reduce"(%67, %68) ({
      ^reductionFn(%c5_lhs: tensor<f32>, %c5_rhs: tensor<f32>) :
          %69 = "stablehlo.add"(%c5_lhs, %c5_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%69) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %71 = "stablehlo.broadcast_in_dim"(%70) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x4xf32>) -> tensor<2x4x4x4xf32>
    %72 = "stablehlo.divide"(%67, %71) : (tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %73 = "stablehlo.multiply"(%72, %61) : (tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %74 = "stablehlo.dot_general"(%73, %44) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x4x4xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %75 = "stablehlo.transpose"(%74) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %76 = "stablehlo.reshape"(%75) : (tensor<2x4x4x16xf32>) -> tensor<2x4x64xf32>
    %77 = "stablehlo.dot_general"(%76, %p14_bert_encoder_layer_0_attention_output_dense_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %78 = "stablehlo.broadcast_in_dim"(%p15_bert_encoder_layer_0_attention_output_dense_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %79 = "stablehlo.add"(%77, %78) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %80 = "stablehlo.add"(%79, %29) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %81 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %83 = "stablehlo.reduce"(%80, %81) ({
      ^reductionFn(%c6_lhs: tensor<f32>, %c6_rhs: tensor<f32>) :
          %82 = "stablehlo.add"(%c6_lhs, %c6_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%82) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %84 = "stablehlo.divide"(%83, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %85 = "stablehlo.broadcast_in_dim"(%84) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %86 = "stablehlo.subtract"(%80, %85) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %87 = "stablehlo.multiply"(%86, %86) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %88 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %90 = "stablehlo.reduce"(%87, %88) ({
      ^reductionFn(%c7_lhs: tensor<f32>, %c7_rhs: tensor<f32>) :
          %89 = "stablehlo.add"(%c7_lhs, %c7_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%89) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %91 = "stablehlo.divide"(%90, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %92 = "stablehlo.add"(%91, %21) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %93 = "stablehlo.rsqrt"(%92) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %94 = "stablehlo.broadcast_in_dim"(%93) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %95 = "stablehlo.multiply"(%86, %94) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %96 = "stablehlo.broadcast_in_dim"(%p16_bert_encoder_layer_0_attention_output_LayerNorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %97 = "stablehlo.multiply"(%95, %96) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %98 = "stablehlo.broadcast_in_dim"(%p17_bert_encoder_layer_0_attention_output_LayerNorm_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %99 = "stablehlo.add"(%97, %98) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %100 = "stablehlo.dot_general"(%99, %p18_bert_encoder_layer_0_intermediate_dense_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<128x64xf32>) -> tensor<2x4x128xf32>
    %101 = "stablehlo.broadcast_in_dim"(%p19_bert_encoder_layer_0_intermediate_dense_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<128xf32>) -> tensor<2x4x128xf32>
    %102 = "stablehlo.add"(%100, %101) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %103 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %104 = "stablehlo.broadcast_in_dim"(%103) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x128xf32>
    %105 = "stablehlo.constant"() { value = dense<0.7071067690849304> : tensor<f32> } : () -> tensor<f32>
    %106 = "stablehlo.broadcast_in_dim"(%105) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x128xf32>
    %107 = "stablehlo.multiply"(%102, %106) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %108 = "chlo.erf"(%107) : (tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %109 = "stablehlo.add"(%104, %108) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %110 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %111 = "stablehlo.broadcast_in_dim"(%110) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x128xf32>
    %112 = "stablehlo.multiply"(%111, %102) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %113 = "stablehlo.multiply"(%112, %109) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %114 = "stablehlo.dot_general"(%113, %p22_bert_encoder_layer_0_output_dense_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x128xf32>, tensor<64x128xf32>) -> tensor<2x4x64xf32>
    %115 = "stablehlo.broadcast_in_dim"(%p23_bert_encoder_layer_0_output_dense_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %116 = "stablehlo.add"(%114, %115) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %117 = "stablehlo.add"(%116, %99) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %118 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %120 = "stablehlo.reduce"(%117, %118) ({
      ^reductionFn(%c8_lhs: tensor<f32>, %c8_rhs: tensor<f32>) :
          %119 = "stablehlo.add"(%c8_lhs, %c8_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%119) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %121 = "stablehlo.divide"(%120, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %123 = "stablehlo.subtract"(%117, %122) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %124 = "stablehlo.multiply"(%123, %123) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %125 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %127 = "stablehlo.reduce"(%124, %125) ({
      ^reductionFn(%c9_lhs: tensor<f32>, %c9_rhs: tensor<f32>) :
          %126 = "stablehlo.add"(%c9_lhs, %c9_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%126) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %128 = "stablehlo.divide"(%127, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %129 = "stablehlo.add"(%128, %21) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %130 = "stablehlo.rsqrt"(%129) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %131 = "stablehlo.broadcast_in_dim"(%130) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %132 = "stablehlo.multiply"(%123, %131) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %133 = "stablehlo.broadcast_in_dim"(%p20_bert_encoder_layer_0_output_LayerNorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %134 = "stablehlo.multiply"(%132, %133) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %135 = "stablehlo.broadcast_in_dim"(%p21_bert_encoder_layer_0_output_LayerNorm_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %136 = "stablehlo.add"(%134, %135) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %137 = "stablehlo.dot_general"(%136, %p24_bert_encoder_layer_1_attention_self_query_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %138 = "stablehlo.broadcast_in_dim"(%p25_bert_encoder_layer_1_attention_self_query_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %139 = "stablehlo.add"(%137, %138) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %140 = "stablehlo.reshape"(%139) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %141 = "stablehlo.transpose"(%140) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %142 = "stablehlo.dot_general"(%136, %p26_bert_encoder_layer_1_attention_self_key_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %143 = "stablehlo.broadcast_in_dim"(%p27_bert_encoder_layer_1_attention_self_key_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %144 = "stablehlo.add"(%142, %143) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %145 = "stablehlo.reshape"(%144) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %146 = "stablehlo.transpose"(%145) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %147 = "stablehlo.dot_general"(%136, %p28_bert_encoder_layer_1_attention_self_value_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %148 = "stablehlo.broadcast_in_dim"(%p29_bert_encoder_layer_1_attention_self_value_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %149 = "stablehlo.add"(%147, %148) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %150 = "stablehlo.reshape"(%149) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %151 = "stablehlo.transpose"(%150) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %152 = "stablehlo.dot_general"(%141, %146) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x4xf32>
    %153 = "stablehlo.multiply"(%152, %50) : (tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %154 = "stablehlo.select"(%53, %153, %55) : (tensor<2x4x4x4xi1>, tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %155 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %157 = "stablehlo.reduce"(%154, %155) ({
      ^reductionFn(%c10_lhs: tensor<f32>, %c10_rhs: tensor<f32>) :
          %156 = "stablehlo.maximum"(%c10_lhs, %c10_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%156) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %158 = "stablehlo.broadcast_in_dim"(%157) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x4xf32>) -> tensor<2x4x4x4xf32>
    %159 = "stablehlo.subtract"(%154, %158) : (tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %160 = "stablehlo.exponential"(%159) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %161 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %163 = "stablehlo.reduce"(%160, %161) ({
      ^reductionFn(%c11_lhs: tensor<f32>, %c11_rhs: tensor<f32>) :
          %162 = "stablehlo.add"(%c11_lhs, %c11_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%162) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %164 = "stablehlo.broadcast_in_dim"(%163) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x4xf32>) -> tensor<2x4x4x4xf32>
    %165 = "stablehlo.divide"(%160, %164) : (tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %166 = "stablehlo.multiply"(%165, %61) : (tensor<2x4x4x4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
    %167 = "stablehlo.dot_general"(%166, %151) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x4x4xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %168 = "stablehlo.transpose"(%167) { permutation = array<i64: 0, 2, 1, 3> } : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %169 = "stablehlo.reshape"(%168) : (tensor<2x4x4x16xf32>) -> tensor<2x4x64xf32>
    %170 = "stablehlo.dot_general"(%169, %p30_bert_encoder_layer_1_attention_output_dense_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %171 = "stablehlo.broadcast_in_dim"(%p31_bert_encoder_layer_1_attention_output_dense_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %172 = "stablehlo.add"(%170, %171) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %173 = "stablehlo.add"(%172, %136) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %174 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %176 = "stablehlo.reduce"(%173, %174) ({
      ^reductionFn(%c12_lhs: tensor<f32>, %c12_rhs: tensor<f32>) :
          %175 = "stablehlo.add"(%c12_lhs, %c12_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%175) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %177 = "stablehlo.divide"(%176, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %178 = "stablehlo.broadcast_in_dim"(%177) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %179 = "stablehlo.subtract"(%173, %178) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %180 = "stablehlo.multiply"(%179, %179) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %181 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %183 = "stablehlo.reduce"(%180, %181) ({
      ^reductionFn(%c13_lhs: tensor<f32>, %c13_rhs: tensor<f32>) :
          %182 = "stablehlo.add"(%c13_lhs, %c13_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%182) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %184 = "stablehlo.divide"(%183, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %185 = "stablehlo.add"(%184, %21) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %186 = "stablehlo.rsqrt"(%185) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %187 = "stablehlo.broadcast_in_dim"(%186) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %188 = "stablehlo.multiply"(%179, %187) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %189 = "stablehlo.broadcast_in_dim"(%p32_bert_encoder_layer_1_attention_output_LayerNorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %190 = "stablehlo.multiply"(%188, %189) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %191 = "stablehlo.broadcast_in_dim"(%p33_bert_encoder_layer_1_attention_output_LayerNorm_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %192 = "stablehlo.add"(%190, %191) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %193 = "stablehlo.dot_general"(%192, %p34_bert_encoder_layer_1_intermediate_dense_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x64xf32>, tensor<128x64xf32>) -> tensor<2x4x128xf32>
    %194 = "stablehlo.broadcast_in_dim"(%p35_bert_encoder_layer_1_intermediate_dense_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<128xf32>) -> tensor<2x4x128xf32>
    %195 = "stablehlo.add"(%193, %194) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %196 = "stablehlo.multiply"(%195, %106) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %197 = "chlo.erf"(%196) : (tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %198 = "stablehlo.add"(%104, %197) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %199 = "stablehlo.multiply"(%111, %195) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %200 = "stablehlo.multiply"(%199, %198) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %201 = "stablehlo.dot_general"(%200, %p38_bert_encoder_layer_1_output_dense_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x128xf32>, tensor<64x128xf32>) -> tensor<2x4x64xf32>
    %202 = "stablehlo.broadcast_in_dim"(%p39_bert_encoder_layer_1_output_dense_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %203 = "stablehlo.add"(%201, %202) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %204 = "stablehlo.add"(%203, %192) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %205 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %207 = "stablehlo.reduce"(%204, %205) ({
      ^reductionFn(%c14_lhs: tensor<f32>, %c14_rhs: tensor<f32>) :
          %206 = "stablehlo.add"(%c14_lhs, %c14_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%206) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %208 = "stablehlo.divide"(%207, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %209 = "stablehlo.broadcast_in_dim"(%208) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %210 = "stablehlo.subtract"(%204, %209) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %211 = "stablehlo.multiply"(%210, %210) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %212 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %214 = "stablehlo.reduce"(%211, %212) ({
      ^reductionFn(%c15_lhs: tensor<f32>, %c15_rhs: tensor<f32>) :
          %213 = "stablehlo.add"(%c15_lhs, %c15_rhs) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%213) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 2> } : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %215 = "stablehlo.divide"(%214, %11) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %216 = "stablehlo.add"(%215, %21) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %217 = "stablehlo.rsqrt"(%216) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %218 = "stablehlo.broadcast_in_dim"(%217) { broadcast_dimensions = array<i64: 0, 1> } : (tensor<2x4xf32>) -> tensor<2x4x64xf32>
    %219 = "stablehlo.multiply"(%210, %218) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %220 = "stablehlo.broadcast_in_dim"(%p36_bert_encoder_layer_1_output_LayerNorm_weight) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %221 = "stablehlo.multiply"(%219, %220) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %222 = "stablehlo.broadcast_in_dim"(%p37_bert_encoder_layer_1_output_LayerNorm_bias) { broadcast_dimensions = array<i64: 2> } : (tensor<64xf32>) -> tensor<2x4x64xf32>
    %223 = "stablehlo.add"(%221, %222) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %224 = "stablehlo.slice"(%223) {
      limit_indices = array<i64: 2, 1, 64>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<2x4x64xf32>) -> tensor<2x1x64xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<2x1x64xf32>) -> tensor<2x64xf32>
    %226 = "stablehlo.dot_general"(%225, %p40_bert_pooler_dense_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %227 = "stablehlo.broadcast_in_dim"(%p41_bert_pooler_dense_bias) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<2x64xf32>
    %228 = "stablehlo.add"(%226, %227) : (tensor<2x64xf32>, tensor<2x64xf32>) -> tensor<2x64xf32>
    %229 = "stablehlo.tanh"(%228) : (tensor<2x64xf32>) -> tensor<2x64xf32>
    %230 = "stablehlo.dot_general"(%229, %p42_classifier_weight) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x64xf32>, tensor<3x64xf32>) -> tensor<2x3xf32>
    %231 = "stablehlo.broadcast_in_dim"(%p43_classifier_bias) { broadcast_dimensions = array<i64: 1> } : (tensor<3xf32>) -> tensor<2x3xf32>
    %232 = "stablehlo.add"(%230, %231) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "stablehlo.return"(%232, %223, %229) : (tensor<2x3xf32>, tensor<2x4x64xf32>, tensor<2x64xf32>) -> ()
  }
}
