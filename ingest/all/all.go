// Package all registers every source-format reader. Import it for its
// side effects:
//
//	import _ "github.com/filmgraph/filmgraph/ingest/all"
package all

import (
	// each reader registers itself in init()
	_ "github.com/filmgraph/filmgraph/ingest/bilingual"
	_ "github.com/filmgraph/filmgraph/ingest/column"
	_ "github.com/filmgraph/filmgraph/ingest/htmlpage"
	_ "github.com/filmgraph/filmgraph/ingest/news"
	_ "github.com/filmgraph/filmgraph/ingest/report"
	_ "github.com/filmgraph/filmgraph/ingest/zhihu"
)
