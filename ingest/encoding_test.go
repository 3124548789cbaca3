package ingest_test

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	utf16 "golang.org/x/text/encoding/unicode"

	"github.com/filmgraph/filmgraph/ingest"
	_ "github.com/filmgraph/filmgraph/ingest/all"
)

const encText = "影评人谈华语电影出海\n张艺谋导演的《英雄》曾在北美取得票房佳绩，李安执导的《卧虎藏龙》获得奥斯卡最佳外语片。\n"

// GB18030 (GBK) and UTF-16 with a byte-order mark are read as the text
// they encode; the hash stays that of the raw file.
func TestLegacyEncodingsAreDecoded(t *testing.T) {
	gbk, _ := simplifiedchinese.GB18030.NewEncoder().String(encText)
	le, _ := utf16.UTF16(utf16.LittleEndian, utf16.UseBOM).NewEncoder().String(encText)
	be, _ := utf16.UTF16(utf16.BigEndian, utf16.UseBOM).NewEncoder().String(encText)
	for name, raw := range map[string]string{"gb18030": gbk, "utf-16le": le, "utf-16be": be} {
		doc, err := ingest.Parse(ingest.Source{Name: name + ".txt", Data: []byte(raw)}, "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if doc.Encoding != name || !strings.Contains(doc.Text, "《卧虎藏龙》获得奥斯卡") {
			t.Errorf("%s: encoding %q, text %q", name, doc.Encoding, doc.Text)
		}
		sum := sha256.Sum256([]byte(raw))
		if doc.Hash != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: hash is not that of the raw bytes", name)
		}
	}
}

// Encodings that cannot be told apart safely stay errors that name the
// problem and the way out: Big5, Latin-1, and a UTF-8 file with a bad
// byte (which GB18030 would turn into plausible nonsense).
func TestUndecidableEncodingsAreErrors(t *testing.T) {
	big5, _ := traditionalchinese.Big5.NewEncoder().String("影評人談華語電影出海，張藝謀導演的《英雄》曾在北美取得票房佳績。")
	damaged := []byte(strings.Repeat(encText, 3))
	damaged = append(damaged[:40:40], append([]byte{0xff}, damaged[40:]...)...)
	for name, raw := range map[string][]byte{"big5": []byte(big5), "latin1": []byte("caf\xe9 \xe9t\xe9 na\xefve"), "damaged": damaged} {
		_, err := ingest.Parse(ingest.Source{Name: name + ".txt", Data: raw}, "")
		if !errors.Is(err, ingest.ErrEncoded) || !strings.Contains(err.Error(), name+".txt") || !strings.Contains(err.Error(), "iconv") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// A PDF or a zipped document (.docx) gets told what to do with it.
func TestBinaryFormatsSayWhatToDo(t *testing.T) {
	for name, raw := range map[string]string{"a.pdf": "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "b.docx": "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"} {
		_, err := ingest.Parse(ingest.Source{Name: name, Data: []byte(raw)}, "")
		if !errors.Is(err, ingest.ErrBinary) || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), ".txt") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
