package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Source is one input: its name (a path, or "-") and its raw bytes.
type Source struct {
	Name string
	Data []byte
}

// Reader parses one source format.
type Reader interface {
	// Name is the format's name, as given to --format.
	Name() string
	// Detect scores how likely it is that src is in this format: 0 means
	// "not mine", 100 "certainly mine". Only src.Name's extension and the
	// first few KB of src.Data should matter.
	Detect(src Source) int
	// Read parses src. It fills Text, Sections and the metadata fields; the
	// caller fills ID, Source, Format and Hash.
	Read(src Source) (*Document, error)
}

var (
	mu      sync.RWMutex
	readers = map[string]Reader{}
)

// Register makes a reader available by name. It panics on a duplicate
// name, as a programming error.
func Register(r Reader) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := readers[r.Name()]; dup {
		panic("ingest: reader registered twice: " + r.Name())
	}
	readers[r.Name()] = r
}

// Formats lists the registered format names, sorted.
func Formats() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for n := range readers {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Lookup returns the reader registered under name.
func Lookup(name string) (Reader, bool) {
	mu.RLock()
	defer mu.RUnlock()
	r, ok := readers[name]
	return r, ok
}

// Detect picks the reader with the highest score for src. Ties go to the
// reader whose name sorts first, so detection is deterministic.
func Detect(src Source) (Reader, error) {
	best, bestScore := Reader(nil), 0
	for _, n := range Formats() {
		r, _ := Lookup(n)
		if s := r.Detect(src); s > bestScore {
			best, bestScore = r, s
		}
	}
	if best == nil {
		return nil, fmt.Errorf("no reader recognises this input (formats: %s); force one with --format", strings.Join(Formats(), ", "))
	}
	return best, nil
}

// Input errors. Callers match them with errors.Is to phrase advice.
var (
	ErrEmpty   = errors.New("file is empty")
	ErrBinary  = errors.New("file looks binary (contains NUL bytes or is mostly non-text)")
	ErrEncoded = errors.New("file is not valid UTF-8 text")
)

// Check rejects inputs no reader should see: empty, binary, or in an
// encoding it cannot convert to UTF-8 (see decode).
func Check(src Source) error {
	_, _, err := checked(src)
	return err
}

// checked is Check returning, for a good input, its text as UTF-8 without
// a byte-order mark and the encoding it was converted from ("" for UTF-8).
func checked(src Source) (text []byte, encoding string, err error) {
	data := bytes.TrimPrefix(src.Data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, "", ErrEmpty
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	utf16BOM := bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, "", fmt.Errorf("%w: it is a PDF; extract its text first (pdftotext -layout FILE.pdf FILE.txt) and ingest the .txt", ErrBinary)
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil, "", fmt.Errorf("%w: it is a zip archive (a .docx, .epub or .zip?); save or extract the text as .txt and ingest that", ErrBinary)
	}
	if bytes.IndexByte(head, 0) >= 0 && !utf16BOM { // UTF-16 text is full of NULs
		return nil, "", ErrBinary
	}
	text, encoding, ok := decode(data)
	if !ok {
		// find the first bad byte for a useful message
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, "", fmt.Errorf("%w (first invalid byte at offset %d; GB18030 and UTF-16 with a byte-order mark are read, other encodings must be converted first, e.g. iconv -f BIG5 -t UTF-8)", ErrEncoded, off)
	}
	return text, encoding, nil
}

// Parse checks src, picks a reader (format "" means detect) and returns
// the document with ID, Source, Format and Hash filled in. Errors name the
// source.
func Parse(src Source, format string) (*Document, error) {
	raw := src.Data
	data, encoding, err := checked(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src.Name, err)
	}
	src.Data = data
	var r Reader
	if format != "" {
		var ok bool
		if r, ok = Lookup(format); !ok {
			return nil, fmt.Errorf("%s: unknown format %q (formats: %s)", src.Name, format, strings.Join(Formats(), ", "))
		}
	} else {
		if r, err = Detect(src); err != nil {
			return nil, fmt.Errorf("%s: %w", src.Name, err)
		}
	}
	doc, err := r.Read(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %s reader: %w", src.Name, r.Name(), err)
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, fmt.Errorf("%s: %s reader found no text in it", src.Name, r.Name())
	}
	sum := sha256.Sum256(raw)
	doc.Hash = hex.EncodeToString(sum[:])
	doc.Encoding = encoding
	doc.Source = src.Name
	doc.Format = r.Name()
	if doc.ID == "" {
		doc.ID = IDFromName(src.Name, doc.Hash)
	}
	if err := doc.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %s reader produced an inconsistent document: %w", src.Name, r.Name(), err)
	}
	return doc, nil
}

// IDFromName derives a document id from its file name (without directory
// and extension). Standard input is named by its content hash.
func IDFromName(name, hash string) string {
	if name == "-" || name == "" {
		return "stdin-" + hash[:12]
	}
	base := filepath.Base(name)
	if ext := filepath.Ext(base); ext != "" && len(ext) < len(base) {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

// Validate checks the offsets invariants every reader must keep: spans lie
// inside Text, on rune boundaries, sections and paragraphs are ordered and
// nested.
func (d *Document) Validate() error {
	n := len(d.Text)
	ok := func(s, e int) bool {
		return 0 <= s && s <= e && e <= n && (s == n || utf8.RuneStart(d.Text[s])) && (e == n || utf8.RuneStart(d.Text[e]))
	}
	prevEnd := 0
	for i, s := range d.Sections {
		if s.Index != i {
			return fmt.Errorf("section %d has index %d", i, s.Index)
		}
		if !ok(s.Start, s.End) || s.Start < prevEnd {
			return fmt.Errorf("section %d span [%d,%d) is out of order or off a character boundary", i, s.Start, s.End)
		}
		prevEnd = s.End
		for j, p := range s.Paragraphs {
			if !ok(p.Start, p.End) || p.Start < s.Start || p.End > s.End {
				return fmt.Errorf("section %d paragraph %d span [%d,%d) is outside its section", i, j, p.Start, p.End)
			}
			for k, t := range p.Sentences {
				if !ok(t.Start, t.End) || t.Start < p.Start || t.End > p.End {
					return fmt.Errorf("section %d paragraph %d sentence %d span [%d,%d) is outside its paragraph", i, j, k, t.Start, t.End)
				}
			}
		}
		for j, l := range s.Links {
			if !ok(l.Start, l.End) {
				return fmt.Errorf("section %d link %d span [%d,%d) is invalid", i, j, l.Start, l.End)
			}
		}
	}
	return nil
}
