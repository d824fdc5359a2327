package llvm_test

import (
	"testing"

	"github.com/kiln-ml/kiln/backends/backendtest"
	"github.com/kiln-ml/kiln/backends/llvm"
)

func TestConformance(t *testing.T) { backendtest.Run(t, llvm.New()) }
