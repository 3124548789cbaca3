package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// English prose names a person in full once and by the family name after:
// credits stated with the family name are the person's.
func TestShortNames(t *testing.T) {
	for _, tc := range []struct {
		paras []string
		acted []string
	}{
		// Chinese order: the family name is the first word
		{[]string{"The film stars Zhao Tao.", "Zhao, who also led the cast of Mountains May Depart, plays a singer."}, []string{"赵涛>山河故人"}},
		// a Hong Kong name with an English given name: the last word
		{[]string{"Maggie Cheung is back.", "Cheung, who also starred in In the Mood for Love, plays a spy."}, []string{"张曼玉>花样年华"}},
		// the family name before a full name's first naming is not looked up
		{[]string{"Zhao, who also led the cast of Mountains May Depart, is back.", "Zhao Tao is here."}, nil},
		// another full name with the same family name is not the person
		{[]string{"The film stars Zhao Tao.", "Zhao Xiaoming, who also led the cast of Mountains May Depart, is back."}, nil},
		// two people of one family name: the short name is the first
		// one's until the second is named,
		{[]string{"The film stars Zhao Tao.", "Zhao, who also led the cast of Mountains May Depart, plays a singer. Zhao Wei is on the jury."}, []string{"赵涛>山河故人"}},
		// after that, the one the lexicon credits with a work of the paragraph
		{[]string{"The film stars Zhao Tao. Zhao Wei is on the jury.", "Zhao, who also led the cast of Mountains May Depart, plays a singer."}, []string{"赵涛>山河故人"}},
		// unless the family name alone already stood for the first one:
		// the writer names the others in full and keeps it for them
		{[]string{"The film stars Zhao Tao. Zhao plays a singer. Zhao Wei is on the jury.", "Zhao, who also led the cast of Mountains May Depart, is back."}, []string{"赵涛>山河故人"}},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[1], uniq(rels(b, schema.ActedIn)), tc.acted)
	}
	// … and the first one's, though no work decides, when the text has
	// already used it alone for them
	b0 := runDefault(t, "The film stars Zhao Tao. Zhao plays a singer. Zhao Wei is on the jury.", "Zhao is back next year.")
	last := ""
	for _, m := range b0.Mentions {
		if b0.Entities[m.Entity].Type == schema.Person && b0.Doc.Text[m.Span.Start:m.Span.End] == "Zhao" && m.Span.Start >= strings.Index(b0.Doc.Text, "Zhao is back") {
			last = string(m.Entity)
		}
	}
	if last != string(schema.PersonIRI("赵涛")) {
		t.Errorf("established short name after a namesake: %q", last)
	}
	// … and no one's when no work of its paragraph decides
	b := runDefault(t, "The film stars Zhao Tao. Zhao Wei is on the jury.", "Zhao plays a singer.")
	for _, m := range b.Mentions {
		if b.Entities[m.Entity].Type == schema.Person && b.Doc.Text[m.Span.Start:m.Span.End] == "Zhao" {
			t.Errorf("short name after two namesakes given to %s", m.Entity)
		}
	}
	for _, tc := range []struct{ surface, label, want string }{
		{"Zhang Yimou", "张艺谋", "Zhang"},
		{"Tony Leung", "梁朝伟", "Leung"},
		{"Zhao Tao", "赵涛", "Zhao"},
		{"Cate Blanchett", "凯特·布兰切特", "Blanchett"},
		{"Wong Kar-wai", "王家卫", "Wong"},
		{"Ang Lee", "李安", "Lee"},
		{"Zhou", "周迅", ""},
	} {
		if got := familyName(tc.surface, tc.label); got != tc.want {
			t.Errorf("familyName(%q, %q) = %q, want %q", tc.surface, tc.label, got, tc.want)
		}
	}
}

// A person found under one name carries the lexicon's other names, so a
// reader can look the node up by the name they know (饺子, Jiaozi).
func TestPersonCarriesKnownNames(t *testing.T) {
	b := runDefault(t, "饺子导演的《哪吒之魔童闹海》上映了。")
	e, ok := b.Entities[schema.PersonIRI("杨宇")]
	if !ok {
		t.Fatalf("杨宇 not found; people: %v", mentioned(b, schema.Person))
	}
	for _, want := range []string{"饺子", "Jiaozi", "Yang Yu"} {
		if !slices.Contains(e.Aliases, want) {
			t.Errorf("aliases %v lack %q", e.Aliases, want)
		}
	}
}
