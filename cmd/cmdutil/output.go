package cmdutil

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// WriteJSON writes v as indented JSON without HTML escaping (IRIs keep
// their angle brackets readable).
func WriteJSON(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// WriteJSONLine writes v as one compact JSON line.
func WriteJSONLine(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// Table prints rows aligned in columns on a terminal (accounting for the
// double width of CJK characters), and as tab-separated lines otherwise,
// so that pipes get something cut(1) and spreadsheets can read.
type Table struct {
	w       io.Writer
	tty     bool
	header  []string
	rows    [][]string
	maxCell int
}

// NewTable starts a table on w; header is printed only on a terminal.
func NewTable(ios *IOStreams, header ...string) *Table {
	return &Table{w: ios.Out, tty: ios.OutTTY, header: header, maxCell: 60}
}

// Row adds a row.
func (t *Table) Row(cells ...string) { t.rows = append(t.rows, cells) }

// Render writes the table.
func (t *Table) Render() error {
	if !t.tty {
		for _, r := range t.rows {
			clean := make([]string, len(r))
			for i, c := range r {
				clean[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(c)
			}
			if _, err := fmt.Fprintln(t.w, strings.Join(clean, "\t")); err != nil {
				return err
			}
		}
		return nil
	}
	all := append([][]string{t.header}, t.rows...)
	widths := map[int]int{}
	for _, r := range all {
		for i, c := range r {
			c = Truncate(c, t.maxCell)
			if w := DisplayWidth(c); w > widths[i] {
				widths[i] = w
			}
		}
	}
	for ri, r := range all {
		var b strings.Builder
		for i, c := range r {
			c = Truncate(c, t.maxCell)
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-DisplayWidth(c)+2))
			}
		}
		line := strings.TrimRight(b.String(), " ")
		if ri == 0 {
			line = strings.ToUpper(line)
		}
		if _, err := fmt.Fprintln(t.w, line); err != nil {
			return err
		}
	}
	return nil
}

// DisplayWidth is the number of terminal columns s takes: two for East
// Asian wide characters, one otherwise.
func DisplayWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

func runeWidth(r rune) int {
	switch {
	case r == 0 || unicode.Is(unicode.Mn, r):
		return 0
	case r >= 0x1100 && (r <= 0x115f || r == 0x2329 || r == 0x232a ||
		(r >= 0x2e80 && r <= 0xa4cf && r != 0x303f) ||
		(r >= 0xac00 && r <= 0xd7a3) ||
		(r >= 0xf900 && r <= 0xfaff) ||
		(r >= 0xfe30 && r <= 0xfe6f) ||
		(r >= 0xff00 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6) ||
		(r >= 0x1f300 && r <= 0x1faff) ||
		(r >= 0x20000 && r <= 0x3fffd)):
		return 2
	}
	return 1
}

// Truncate shortens s to at most max display columns, ending in "…".
func Truncate(s string, max int) string {
	if DisplayWidth(s) <= max {
		return s
	}
	w := 0
	for i, r := range s {
		rw := runeWidth(r)
		if w+rw > max-1 {
			return s[:i] + "…"
		}
		w += rw
	}
	return s
}
