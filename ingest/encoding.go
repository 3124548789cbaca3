package ingest

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	utf16 "golang.org/x/text/encoding/unicode"
)

// Chinese texts saved on Windows or exported by older tools are often
// GB18030 (GBK) or UTF-16 rather than UTF-8. Rather than reject them, the
// readers get them decoded when the decoding is unambiguous: UTF-16 by its
// byte-order mark, GB18030 when every byte sequence decodes and the text
// is mostly Chinese. Anything else stays an ErrEncoded error that tells
// the user how to convert it.

// minCJKShare is the share of non-ASCII characters that must be CJK for a
// GB18030 decoding to be trusted: Latin-1 or Big5 bytes decoded as
// GB18030 give odd symbols and rare characters, or fail outright.
const minCJKShare = 0.8

// decode returns data as UTF-8 and the name of the encoding it was
// converted from ("" when it already was UTF-8), or ok=false.
func decode(data []byte) (out []byte, from string, ok bool) {
	if utf8.Valid(data) {
		return data, "", true
	}
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		enc, from = utf16.UTF16(utf16.LittleEndian, utf16.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		enc, from = utf16.UTF16(utf16.BigEndian, utf16.ExpectBOM), "utf-16be"
	default:
		enc, from = simplifiedchinese.GB18030, "gb18030"
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil || !utf8.Valid(out) || bytes.ContainsRune(out, utf8.RuneError) {
		return nil, "", false
	}
	if from == "gb18030" && !mostlyCJK(out) {
		return nil, "", false
	}
	return out, from, true
}

// mostlyCJK reports whether at least minCJKShare of the non-ASCII letters
// and marks of s are Han characters or CJK punctuation.
func mostlyCJK(s []byte) bool {
	cjk, other := 0, 0
	for _, r := range string(s) {
		switch {
		case r < utf8.RuneSelf:
		case unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef:
			cjk++
		default:
			other++
		}
	}
	return cjk > 0 && float64(cjk) >= minCJKShare*float64(cjk+other)
}
