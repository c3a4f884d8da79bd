#!/usr/bin/env bash
# Runs the `cdk-contact-center` command from the packed npm tarball (what users install),
# against a flow and a scenario of the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
tgz=$(ls dist/js/cdk-contact-center@*.tgz | head -n 1)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
tar xzf "$tgz" -C "$dir"
ln -s "$PWD/node_modules" "$dir/package/node_modules"
bin="$dir/package/$(node -p "require('$dir/package/package.json').bin['cdk-contact-center']")"
node "$bin" validate examples/flows/hello.json --type CONTACT_FLOW
out=$(node "$bin" simulate examples/flows/hello.json --scenario examples/scenarios/hello.json --json)
echo "$out" | node -e '
  const r = JSON.parse(require("fs").readFileSync(0, "utf-8"));
  if (r.outcome !== "DISCONNECTED" || r.prompts[0] !== "Hello Ann, goodbye.") { console.error("unexpected result", r); process.exit(1); }
  console.log("packed cli: simulate ok (" + r.outcome + ", \"" + r.prompts[0] + "\")");'
node "$bin" diagram examples/flows/hello.json | grep -q '<b>Hello</b>'
echo "packed cli: validate, simulate and diagram work from $(basename "$tgz")"
