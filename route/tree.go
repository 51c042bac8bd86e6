package route

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/silence"
)

// node is a route with every inherited setting filled in.
type node struct {
	// id identifies the route by what it is (receiver, matchers, group_by
	// and its parents), not by its position, so reordering the config does
	// not rename the groups that remember what was already notified.
	id             string
	receiver       string
	matchers       silence.Matchers
	groupBy        []string
	groupWait      time.Duration
	groupInterval  time.Duration
	repeatInterval time.Duration
	cont           bool
	children       []*node
}

// buildTree turns the configured tree into nodes, the root's unset
// settings taking the defaults and every child's its parent's.
func buildTree(cfg *config.Route) (*node, error) {
	if cfg == nil {
		return nil, fmt.Errorf("route: no root route configured")
	}
	if cfg.Receiver == "" {
		return nil, fmt.Errorf("route: the root route needs a receiver")
	}
	root := &node{
		groupBy:        slices.Clone(config.DefaultGroupBy),
		groupWait:      config.DefaultGroupWait,
		groupInterval:  config.DefaultGroupInterval,
		repeatInterval: config.DefaultRepeatInterval,
	}
	if err := root.fill(cfg, nil, "route"); err != nil {
		return nil, err
	}
	return root, nil
}

func (n *node) fill(cfg *config.Route, parent *node, path string) error {
	if parent != nil {
		n.receiver, n.groupBy = parent.receiver, parent.groupBy
		n.groupWait, n.groupInterval, n.repeatInterval = parent.groupWait, parent.groupInterval, parent.repeatInterval
	}
	if cfg.Receiver != "" {
		n.receiver = cfg.Receiver
	}
	if len(cfg.GroupBy) > 0 {
		n.groupBy = slices.Clone(cfg.GroupBy)
	}
	if cfg.GroupWait != nil {
		n.groupWait = *cfg.GroupWait
	}
	if cfg.GroupInterval != nil {
		n.groupInterval = *cfg.GroupInterval
	}
	if cfg.RepeatInterval != nil {
		n.repeatInterval = *cfg.RepeatInterval
	}
	if n.groupInterval <= 0 {
		return fmt.Errorf("%s.group_interval: must be positive", path)
	}
	ms, err := silence.ParseMatchers(cfg.Matchers)
	if err != nil {
		return fmt.Errorf("%s.matchers: %w", path, err)
	}
	n.matchers, n.cont = ms, cfg.Continue
	parentID := ""
	if parent != nil {
		parentID = parent.id
	}
	n.id = routeID(parentID, n)
	seen := map[string]int{}
	for i := range cfg.Routes {
		child := &node{}
		if err := child.fill(&cfg.Routes[i], n, fmt.Sprintf("%s.routes[%d]", path, i)); err != nil {
			return err
		}
		// Two identical siblings would share groups; the second becomes
		// distinct by its rank among the identical ones.
		if k := seen[child.id]; k > 0 {
			child.id = fmt.Sprintf("%s~%d", child.id, k)
		}
		seen[strings.Split(child.id, "~")[0]]++
		n.children = append(n.children, child)
	}
	return nil
}

func routeID(parentID string, n *node) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%t", parentID, n.receiver, n.matchers, strings.Join(n.groupBy, ","), n.cont)
	return hex.EncodeToString(h.Sum(nil)[:6])
}

// match returns the routes an alert's labels end up at: the deepest
// matching routes, the first matching child winning unless it continues.
// The root matches everything, so the result is never empty from it.
func (n *node) match(labels map[string]string) []*node {
	if !n.matchers.Matches(labels) {
		return nil
	}
	var out []*node
	for _, c := range n.children {
		m := c.match(labels)
		out = append(out, m...)
		if len(m) > 0 && !c.cont {
			break
		}
	}
	if len(out) == 0 {
		return []*node{n}
	}
	return out
}

// groupKey identifies the aggregation group of labels on route n: the
// route and the values of its group_by labels.
func (n *node) groupKey(labels map[string]string) (string, map[string]string) {
	values := make(map[string]string, len(n.groupBy))
	h := sha256.New()
	h.Write([]byte(n.id))
	for _, name := range n.groupBy {
		values[name] = labels[name]
		fmt.Fprintf(h, "\x00%s=%s", name, labels[name])
	}
	return "g-" + hex.EncodeToString(h.Sum(nil)[:8]), values
}

// describeGroup writes a group's labels in group_by order:
// {chain="dev", monitor="pool"}.
func describeGroup(groupBy []string, values map[string]string) string {
	parts := make([]string, len(groupBy))
	for i, name := range groupBy {
		parts[i] = fmt.Sprintf("%s=%q", name, values[name])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}
