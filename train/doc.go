// Package train will fine-tune models: losses, autodiff through the IR,
// AdamW, gradient clipping, a Trainer loop, LoRA.
//
// Status: not yet implemented.
package train
