package generate

// ProcessorsWith exposes processorsWith to the external tests.
var ProcessorsWith = processorsWith
