package queriescmd

import (
	"bytes"
	"encoding/json"
)

// marshal encodes v without HTML escaping, so IRIs and quotes stay readable.
func marshal(v interface{}) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
