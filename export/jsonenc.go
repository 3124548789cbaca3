package export

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// appendJSONString appends s as a JSON string without HTML escaping
// (encoding/json through an Encoder per value was most of the cost of the
// JSON formats). Invalid UTF-8 becomes U+FFFD, as encoding/json does.
func appendJSONString(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendJSONValue appends the values the JSON writers produce: strings,
// integers, lists of those, and JSON-LD value objects.
func appendJSONValue(b []byte, v interface{}) []byte {
	switch x := v.(type) {
	case string:
		return appendJSONString(b, x)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case []interface{}:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONValue(b, e)
		}
		return append(b, ']')
	case []string:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, e)
		}
		return append(b, ']')
	case ldValue:
		return x.appendJSON(b)
	}
	panic("export: no JSON encoding for value")
}

// ldValue is a JSON-LD node reference or value object; keys are written in
// sorted order (@id; @language/@type before @value).
type ldValue struct {
	id, value, typ, lang string
}

func (v ldValue) appendJSON(b []byte) []byte {
	if v.id != "" {
		b = append(b, `{"@id":`...)
		b = appendJSONString(b, v.id)
		return append(b, '}')
	}
	b = append(b, '{')
	if v.lang != "" {
		b = append(b, `"@language":`...)
		b = appendJSONString(b, v.lang)
		b = append(b, ',')
	}
	if v.typ != "" {
		b = append(b, `"@type":`...)
		b = appendJSONString(b, v.typ)
		b = append(b, ',')
	}
	b = append(b, `"@value":`...)
	b = appendJSONString(b, v.value)
	return append(b, '}')
}
