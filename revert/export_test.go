package revert

// BuiltinDeclarations exposes the built-in table to the external tests.
func BuiltinDeclarations() []string { return openZeppelinErrors }
