// Package train is where fine-tuning will live: losses, autodiff through
// the IR, AdamW, gradient clipping, a Trainer loop, LoRA.
//
// Status: empty today; nothing in kiln trains yet. Training is planned in
// issues #14 to #16 (see docs/ and DESIGN.md's data flow for the shape).
package train
