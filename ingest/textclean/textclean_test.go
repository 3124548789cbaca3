package textclean

import "testing"

func TestFindDate(t *testing.T) {
	cases := map[string]string{
		"某报2025年12月02日 16:43消息":      "2025-12-02",
		"date: 2022-10-05T15:35:16Z": "2022-10-05",
		"发布于 2024/3/8":               "2024-03-08",
		"没有日期":                       "",
		"2024年13月40日":                "",
	}
	for in, want := range cases {
		if got := NormalizeDate(in); got != want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
	_, s, e, ok := FindDate("某报2025年12月02日 16:43")
	if !ok || "某报2025年12月02日 16:43"[s:e] != "2025年12月02日" {
		t.Errorf("span [%d,%d) ok=%v", s, e, ok)
	}
}

func TestUndoPangu(t *testing.T) {
	cases := map[string]string{
		"10 月的第 21 天": "10月的第21天",
		"特拉法尔加 · 罗":   "特拉法尔加·罗",
		"LH. 夏洛克":     "LH. 夏洛克",
		"New York":    "New York",
	}
	for in, want := range cases {
		if got := UndoPangu(in); got != want {
			t.Errorf("UndoPangu(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEndsSentenceAndJoin(t *testing.T) {
	for s, want := range map[string]bool{"好。": true, "他说：“走吧！”": true, "1.": false, "end.": true, "未完": false, "逗号，": false} {
		if EndsSentence(s) != want {
			t.Errorf("EndsSentence(%q) = %v", s, !want)
		}
	}
	for _, c := range [][3]string{{"《雪", "山飞狐》", "《雪山飞狐》"}, {"Apple", "TV", "Apple TV"}, {"400余", "部", "400余部"}, {"wrapped by", "the editor", "wrapped by the editor"}} {
		if got := Join(c[0], c[1]); got != c[2] {
			t.Errorf("Join(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

func TestStripSuperscripts(t *testing.T) {
	got, nums := StripSuperscripts("业态¹。折扣¹⁰”")
	if got != "业态。折扣”" || len(nums) != 2 || nums[0] != 1 || nums[1] != 10 {
		t.Errorf("got %q %v", got, nums)
	}
	if SuperValue("¹¹ x") != 11 || SuperValue("x") != -1 {
		t.Error("SuperValue")
	}
}

func TestBlankAndRule(t *testing.T) {
	if !IsBlank("    ") || !IsBlank("\u00a0") || IsBlank(" a ") {
		t.Error("IsBlank")
	}
	for _, r := range []string{"---", "* * *", "————————", "==="} {
		if !IsRule(r) {
			t.Errorf("IsRule(%q) = false", r)
		}
	}
	if IsRule("*   item") || IsRule("-") {
		t.Error("IsRule on text")
	}
}
