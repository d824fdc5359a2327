// Package session is the layer inference and training share between a
// backend and the code that runs compiled programs on it: a cache of
// compiled programs keyed by a signature, named device buffers, and runs
// that bind them by parameter name.
//
// A Session guarantees:
//
//   - One build and one compile per key. Program builds and compiles the
//     program of a key on first use; concurrent callers of the same key
//     wait for that one compile, callers of other keys do not. A failed
//     build is not cached (a later call tries again).
//   - ctx is honoured where a cold compile could be long: it is checked
//     before building and again before compiling, and a cancelled ctx is
//     reported as ctx.Err() itself.
//   - Buffers are uploaded once. A named buffer lives on the backend until
//     it is replaced or the Session is closed; every program that declares
//     a parameter of that name is bound to the same buffer. Tie makes two
//     names one buffer (tied weights), so an update of either is seen
//     through both.
//   - In-place updates. A Run may map program results onto named buffers
//     (Call.Updates): the result replaces the buffer under its name (and
//     under every name tied to it). This is how a Trainer updates its
//     parameters and optimizer state and how a Runner's weights stay read
//     only: a Runner simply never asks for updates.
//   - Donation never invalidates a buffer that is still named. A named
//     buffer is donated to the executable only when this run replaces it
//     and it is bound to exactly one parameter; per-call inputs listed in
//     Call.Donate are donated unless they are also a named buffer. A donated
//     buffer may have its memory reused for a result (backends update the
//     KV cache and parameters in place that way).
//   - Close frees every named buffer once and forgets compiled programs;
//     every later call returns ErrClosed.
//
// The backend interface has no context: a compile in progress is not
// interrupted, but no new work starts after ctx is done.
package session
