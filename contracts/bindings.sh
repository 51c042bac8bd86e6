#!/usr/bin/env bash
# Regenerates the abigen v2 Go bindings in contracts/bindings/<lowercase name>/
# from contracts/artifacts/<Name>.abi + .bin (written by compile.js).
# The package name is the lowercased contract name, except for the overrides
# in pkg_override (long names shortened). abigen is built from the
# go-ethereum version pinned in go.mod, so no extra module download is needed.
# Binding packages whose artifact no longer exists are removed, so the tree
# always matches the artifacts exactly.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."   # module root

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/abigen" github.com/ethereum/go-ethereum/cmd/abigen

shopt -s nullglob
abis=(contracts/artifacts/*.abi)
if [ ${#abis[@]} -eq 0 ]; then
	echo "bindings.sh: no artifacts in contracts/artifacts (run node contracts/compile.js)" >&2
	exit 1
fi

declare -A pkg_override=([PriceManipulationAttacker]=attacker)
declare -A keep=()
for abi in "${abis[@]}"; do
	name="$(basename "$abi" .abi)"
	bin="contracts/artifacts/$name.bin"
	pkg="${pkg_override[$name]:-$(printf '%s' "$name" | tr '[:upper:]' '[:lower:]')}"
	[ -f "$bin" ] || { echo "bindings.sh: $bin missing" >&2; exit 1; }
	mkdir -p "contracts/bindings/$pkg"
	"$tmp/abigen" --v2 --abi "$abi" --bin "$bin" --pkg "$pkg" --type "$name" \
		--out "contracts/bindings/$pkg/$pkg.go"
	keep[$pkg]=1
	echo "contracts/bindings/$pkg ($name)"
done

for dir in contracts/bindings/*/; do
	pkg="$(basename "$dir")"
	if [ -z "${keep[$pkg]:-}" ]; then
		rm -rf "$dir"
		echo "removed stale contracts/bindings/$pkg"
	fi
done
