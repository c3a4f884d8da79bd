#!/usr/bin/env bash
# Generates the Python, Java, .NET and Go bindings from the jsii assembly (code only, nothing is
# downloaded) with the examples translated by jsii-rosetta, and compiles what this machine can:
#   Python  python3 -m py_compile on every generated module (syntax; the jsii runtime is on PyPI)
#   Go      gofmt -e on every generated file (parse; `apt-get install golang-go` provides gofmt;
#           without it the build warns); building needs the aws-cdk-go modules
#   Java    not compiled: javac needs the jsii runtime and aws-cdk-lib jars from Maven Central
#   .NET    not compiled: needs the .NET SDK and NuGet packages
# Runs after `jsii-rosetta extract --strict` (post-compile), which writes the translations.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

node -e '
  const snippets = Object.values(JSON.parse(require("fs").readFileSync(".jsii.tabl.json", "utf-8")).snippets);
  const compiled = snippets.filter((s) => s.didCompile).length;
  console.log(`bindings: jsii-rosetta --strict: ${compiled} of ${snippets.length} examples compiled and translated`);
  if (compiled !== snippets.length || snippets.length === 0) process.exit(1);'

jsii-pacmak --code-only --target python --target java --target dotnet --target go \
  --rosetta-unknown-snippets=fail --outdir "$out"

fail() { echo "bindings: $*" >&2; exit 1; }

# Every README TypeScript example is translated: Python and Go carry the README as a file (Java and
# .NET in their package docs), and no binding has a TypeScript import left in its docs.
ts_blocks=$(grep -c '^```ts' README.md)
for pair in python:'```python' go:'```go'; do
  lang=${pair%%:*}; fence=${pair#*:}
  readme=$(find "$out/$lang" -name README.md -print -quit)
  [ -n "$readme" ] || fail "$lang: no README.md generated"
  n=$(grep -c "^$fence\$" "$readme" || true)
  left=$(grep -c '^```ts' "$readme" || true)
  [ "$n" -ge "$ts_blocks" ] && [ "$left" -eq 0 ] \
    || fail "$lang: README has $n $fence examples and $left untranslated TypeScript examples (README.md has $ts_blocks)"
done
ts_left=$(grep -rlE "from '(cdk-contact-center|aws-cdk-lib)'" "$out" || true)
[ -z "$ts_left" ] || fail "TypeScript examples left in: $ts_left"
echo "bindings: all $ts_blocks README examples translated in the python and go READMEs; no TypeScript example left in any binding"

py=$(find "$out/python" -name '*.py' | sort)
python3 -m py_compile $py
echo "bindings: python: $(echo "$py" | wc -l) modules compiled (py_compile)"

go_files=$(find "$out/go" -name '*.go' | sort)
if command -v gofmt >/dev/null; then
  gofmt -e $go_files >/dev/null || fail "go: gofmt -e reports syntax errors"
  echo "bindings: go: $(echo "$go_files" | wc -l) files parsed (gofmt -e)"
else
  echo "bindings: WARNING: go: gofmt not found, $(echo "$go_files" | wc -l) files generated but NOT parsed (apt-get install golang-go)" >&2
fi

echo "bindings: java: $(find "$out/java" -name '*.java' | wc -l) files generated, not compiled (needs the jsii runtime and aws-cdk-lib jars from Maven Central)"
echo "bindings: dotnet: $(find "$out/dotnet" -name '*.cs' | wc -l) files generated, not compiled (needs the .NET SDK and NuGet)"
