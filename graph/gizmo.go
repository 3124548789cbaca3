package graph

import (
	"context"
	"fmt"
	"reflect"
	"time"
	"unsafe"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
)

// QueryOptions bound a Gizmo run.
type QueryOptions struct {
	Limit   int           // maximum results; <= 0 means no limit
	Timeout time.Duration // <= 0 means none
	// Params are set as global JavaScript values before the script runs:
	// `params` holds the whole map. They are values, never spliced into
	// the script's source, so a parameter cannot change what the script does.
	Params map[string]interface{}
	// Funcs are Go functions set as JavaScript globals (goja converts
	// arguments and results), for work a script would otherwise do row by
	// row in the interpreter, such as summing packed tally rows.
	Funcs map[string]interface{}
}

// RunGizmo runs a Gizmo script and calls fn with each result (a
// JSON-compatible value: maps for tagged results, whatever was passed to
// g.emit otherwise). Collect results with g.emit: Cayley's JSON collation
// drops a script's final value.
func (s *Store) RunGizmo(ctx context.Context, script string, opt QueryOptions, fn func(interface{}) error) error {
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	sess := gizmo.NewSession(s.QS)
	if err := setGlobal(sess, "params", opt.Params); err != nil {
		return err
	}
	for name, fn := range opt.Funcs {
		if err := setGlobal(sess, name, fn); err != nil {
			return err
		}
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = -1
	}
	it, err := sess.Execute(ctx, script, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return err
	}
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		if err := fn(it.Result()); err != nil {
			return err
		}
		n++
		if opt.Limit > 0 && n >= opt.Limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return fmt.Errorf("query timed out after %s (raise --timeout, or start the traversal from fewer nodes)", opt.Timeout)
		}
		return err
	}
	if ctx.Err() == context.DeadlineExceeded {
		return fmt.Errorf("query timed out after %s (raise --timeout, or start the traversal from fewer nodes)", opt.Timeout)
	}
	return nil
}

// setGlobal sets a JavaScript global on a Gizmo session. Cayley v0.7.7
// keeps the session's goja runtime in an unexported field and offers no
// way to pass values in; the version is pinned, and TestParamsAreValues
// fails loudly if the field ever moves.
func setGlobal(sess *gizmo.Session, name string, v interface{}) error {
	f := reflect.ValueOf(sess).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*goja.Runtime)(nil)) {
		return fmt.Errorf("internal: gizmo session has no goja runtime field; query parameters cannot be passed")
	}
	vm := *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr()))
	if v == nil {
		v = map[string]interface{}{}
	}
	vm.Set(name, v)
	return nil
}
