package interp_test

import (
	"testing"

	"github.com/kiln-ml/kiln/backends/backendtest"
	"github.com/kiln-ml/kiln/backends/interp"
)

func TestConformance(t *testing.T) { backendtest.Run(t, interp.New()) }
