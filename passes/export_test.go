package passes

// SimplifyRuleNames exposes the rule table's names to the external tests,
// which require a case per rule.
func SimplifyRuleNames() []string {
	out := make([]string, len(simplifyRules))
	for i, r := range simplifyRules {
		out[i] = r.name
	}
	return out
}
