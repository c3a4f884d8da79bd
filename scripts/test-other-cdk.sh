#!/usr/bin/env bash
# Runs the suites whose result can depend on the aws-cdk-lib version (synthesis, cdk-nag, cfn-lint)
# again, against another aws-cdk-lib / constructs / cdk-nag set than the peer floor package.json pins.
#
#   scripts/test-other-cdk.sh newest-tested [jest options] [test paths]
#       The set pinned in scripts/newest-cdk/package.json, installed from its lock file: part of the
#       tests (`npx projen test`), so the same commit gives the same result next month.
#   scripts/test-other-cdk.sh latest [--all] [jest options] [test paths]
#       The newest releases the registry serves today (`npx projen test:latest-cdk`, not part of the
#       tests): run it before moving the pinned set forward, or when a new aws-cdk-lib is out.
#       --all runs every suite but the handler tests, not only the version-dependent ones.
#   Test paths replace the default suites (the version-dependent ones).
#
# A copy of the project under .newest-cdk/repo gets its own node_modules holding only those three
# packages; everything else (jest, ts-jest, the AWS SDK…) resolves from the project's node_modules
# one level up. The copy sees ../shared through a link, as the project does.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mode=${1:-}
shift || true
case "$mode" in newest-tested|latest) ;; *) echo "usage: scripts/test-other-cdk.sh newest-tested|latest [--all] [jest args]" >&2; exit 2 ;; esac
all=false
if [ "${1:-}" = "--all" ]; then all=true; shift; fi
export PATH="$root/node_modules/.bin:$PATH"
work="$root/.newest-cdk"
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo" "$work/install"

if [ "$mode" = newest-tested ]; then
  cp scripts/newest-cdk/package.json scripts/newest-cdk/package-lock.json "$work/install/"
  (cd "$work/install" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
else
  cdk=$(npm view aws-cdk-lib version)
  constructs=$(npm view constructs version)
  # cdk-nag 3 replaces the suppression API: the newest of the range package.json allows.
  nag_range=$(node -p "require('./package.json').devDependencies['cdk-nag']")
  nag=$(npm view "cdk-nag@$nag_range" version | tail -n 1 | sed -E "s/^.*'([^']+)'$/\1/")
  (cd "$work/install" && echo '{ "private": true }' > package.json \
    && npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
      "aws-cdk-lib@$cdk" "constructs@$constructs" "cdk-nag@$nag" >/dev/null)
fi
versions() { node -p "['aws-cdk-lib', 'constructs', 'cdk-nag'].map((p) => p + ' ' + require('$1/' + p + '/package.json').version).join(', ')"; }
pinned=$(node -p "Object.entries(require('./scripts/newest-cdk/package.json').dependencies).map(([p, v]) => p + ' ' + v).join(', ')")
echo "$mode-cdk: $(versions "$work/install/node_modules") (floor: aws-cdk-lib $(node -p "require('aws-cdk-lib/package.json').version"); newest tested: $pinned)"

tar -c --exclude=./node_modules --exclude=./.git --exclude=./.newest-cdk --exclude=./cdk.out --exclude=./dist \
  --exclude=./coverage --exclude=./test-reports --exclude=./.readme-blocks --exclude=./test/integ.reference.ts.snapshot . \
  | tar -x -C "$work/repo"
[ -e "$root/../shared" ] && ln -s "$(cd "$root/../shared" && pwd)" "$work/shared"
mv "$work/install/node_modules" "$work/repo/node_modules"

cd "$work/repo"
actual=$(node -p "require.resolve('aws-cdk-lib/package.json', { paths: ['src'] })")
case "$actual" in "$work/repo/node_modules/"*) ;; *) echo "$mode-cdk: aws-cdk-lib resolves to $actual" >&2; exit 1 ;; esac

# The suites whose result can depend on the aws-cdk-lib version: the constructs' synthesis, cdk-nag and
# cfn-lint. The handler, simulator, CLI, flow-language and README suites ran once already.
suites=(test/contact-center/ test/callback/ test/directory/ test/storage/ test/streaming/ test/lint/
  test/security/ test/examples/cdk-nag test/examples/reference-resources test/testcase/contact-flow-test)
ignore=(/node_modules/ /cdk.out/ /test/lambda/ /test/callback/simulation /test/directory/directory-ivr-)
if $all; then suites=(); ignore=(/node_modules/ /cdk.out/ /test/lambda/); fi
# Test paths given on the command line replace the default suites; options go to jest.
options=()
paths=()
for arg in "$@"; do case "$arg" in -*) options+=("$arg") ;; *) paths+=("$arg") ;; esac; done
if [ ${#paths[@]} -gt 0 ]; then suites=("${paths[@]}"); fi
echo "$mode-cdk: running ${suites[*]:-every suite but test/lambda}"
status=0
jest ${options[@]+"${options[@]}"} --ci --coverage=false --reporters=default --testPathIgnorePatterns "${ignore[@]}" -- ${suites[@]+"${suites[@]}"} || status=$?
if [ "$mode" = latest ]; then
  if [ $status -eq 0 ]; then
    echo "latest-cdk: passes against $(versions "$PWD/node_modules"). To move the pinned set forward, put these versions in scripts/newest-cdk/package.json and run 'npm install --package-lock-only' there."
  else
    echo "latest-cdk: FAILS against $(versions "$PWD/node_modules"); the tests keep running against the pinned set ($pinned)." >&2
  fi
fi
exit $status
