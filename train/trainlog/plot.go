package trainlog

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/kiln-ml/kiln/internal/atomicfile"
	"github.com/kiln-ml/kiln/train"
)

// The PNG's size: 10 x 4 inches at vgimg's 96 dots per inch, 960 x 384
// pixels.
const (
	Width  = 10 * vg.Inch
	Height = 4 * vg.Inch
	DPI    = vgimg.DefaultDPI
)

// Series is one curve: a value of the log history against the step.
type Series struct {
	// Key is the log_history key ("loss", "eval_loss", "learning_rate").
	Key string
	// Steps and Values are the points in the order logged.
	Steps, Values []float64
}

// Len is the number of points.
func (s Series) Len() int { return len(s.Steps) }

// Curves are the curves of a log history.
type Curves struct {
	Loss, EvalLoss, LearningRate Series
}

// FromHistory collects the training loss ("loss" entries), the evaluation
// loss ("eval_loss") and the learning rate ("learning_rate") against each
// entry's "step". Entries without a numeric step, and non-finite values,
// are left out.
func FromHistory(history []train.LogEntry) Curves {
	c := Curves{Loss: Series{Key: "loss"}, EvalLoss: Series{Key: "eval_loss"}, LearningRate: Series{Key: "learning_rate"}}
	for _, e := range history {
		step, ok := number(e["step"])
		if !ok {
			continue
		}
		for _, s := range []*Series{&c.Loss, &c.EvalLoss, &c.LearningRate} {
			if v, ok := number(e[s.Key]); ok && !math.IsNaN(v) && !math.IsInf(v, 0) {
				s.Steps = append(s.Steps, step)
				s.Values = append(s.Values, v)
			}
		}
	}
	return c
}

// number is v as a float64 when it is one of LogEntry's number types.
func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	}
	return 0, false
}

// WritePNG draws the curves of history as a Width x Height PNG to w: on
// the left the training loss and the evaluation loss, on the right the
// learning rate, both against the step (a panel with no points is left
// out, the other takes the whole width). A history with none of the three
// is an error.
func WritePNG(w io.Writer, history []train.LogEntry) error {
	c := FromHistory(history)
	var panels []*plot.Plot
	if c.Loss.Len() > 0 || c.EvalLoss.Len() > 0 {
		p, err := panel("Loss", "loss", c.Loss, c.EvalLoss)
		if err != nil {
			return err
		}
		panels = append(panels, p)
	}
	if c.LearningRate.Len() > 0 {
		p, err := panel("Learning rate", "learning rate", c.LearningRate)
		if err != nil {
			return err
		}
		panels = append(panels, p)
	}
	if len(panels) == 0 {
		return fmt.Errorf("the log history has no loss, eval_loss or learning_rate entry to plot (%d entries)", len(history))
	}
	canvas := vgimg.NewWith(vgimg.UseWH(Width, Height), vgimg.UseDPI(DPI), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(canvas)
	tiles := draw.Tiles{Rows: 1, Cols: len(panels), PadX: vg.Millimeter * 6, PadTop: vg.Millimeter * 2,
		PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 4}
	grid := plot.Align([][]*plot.Plot{panels}, tiles, dc)
	for i, p := range panels {
		p.Draw(grid[0][i])
	}
	_, err := vgimg.PngCanvas{Canvas: canvas}.WriteTo(w)
	return err
}

// SavePNG writes WritePNG's image to path atomically (a temporary file
// renamed into place): a failed plot leaves an earlier file as it was.
func SavePNG(path string, history []train.LogEntry) error {
	var b bytes.Buffer
	if err := WritePNG(&b, history); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, b.Bytes())
}

// panelColors are the series' colours, in order (matplotlib's first two).
var panelColors = []color.Color{
	color.RGBA{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff},
	color.RGBA{R: 0xff, G: 0x7f, B: 0x0e, A: 0xff},
}

// panel is one plot of the series against the step, with a legend when
// it has more than one series with points.
func panel(title, ylabel string, series ...Series) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "step"
	p.Y.Label.Text = ylabel
	p.Add(plotter.NewGrid())
	shown := 0
	for i, s := range series {
		if s.Len() == 0 {
			continue
		}
		pts := make(plotter.XYs, s.Len())
		for j := range pts {
			pts[j] = plotter.XY{X: s.Steps[j], Y: s.Values[j]}
		}
		line, err := plotter.NewLine(pts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.Key, err)
		}
		col := panelColors[i%len(panelColors)]
		line.Color = col
		line.Width = vg.Points(1.5)
		p.Add(line)
		// Sparse series (evaluations, short runs) also get a mark per point,
		// so that a single point shows.
		if s.Len() <= 40 {
			sc, err := plotter.NewScatter(pts)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.Key, err)
			}
			sc.GlyphStyle.Color = col
			sc.GlyphStyle.Radius = vg.Points(2.5)
			sc.GlyphStyle.Shape = draw.CircleGlyph{}
			p.Add(sc)
			p.Legend.Add(s.Key, line, sc)
		} else {
			p.Legend.Add(s.Key, line)
		}
		shown++
	}
	p.Legend.Top = true
	if shown < 2 {
		p.Legend = plot.NewLegend() // one curve: the title says what it is
	}
	return p, nil
}
