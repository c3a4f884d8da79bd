#!/usr/bin/env bash
# Runs the unit tests again against the newest aws-cdk-lib and constructs on the npm registry (the
# regular run uses the peer-dependency floor pinned in package.json), with the newest cdk-nag of the
# range package.json allows (cdk-nag 3 replaces the suppression API and needs aws-cdk-lib >= 2.257,
# above the floor).
#
# A copy of the project under .newest-cdk/repo gets its own node_modules holding only those three
# packages; everything else (jest, ts-jest, the AWS SDK…) resolves from the project's node_modules
# one level up. The copy sees ../shared through a link, as the project does.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$PATH"
work="$root/.newest-cdk"
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo" "$work/install"

cdk=$(npm view aws-cdk-lib version)
constructs=$(npm view constructs version)
nag_range=$(node -p "require('./package.json').devDependencies['cdk-nag']")
nag=$(npm view "cdk-nag@$nag_range" version | tail -n 1 | sed -E "s/^.*'([^']+)'$/\1/")
echo "newest-cdk: aws-cdk-lib $cdk, constructs $constructs, cdk-nag $nag (package.json pins aws-cdk-lib $(node -p "require('aws-cdk-lib/package.json').version"))"

tar -c --exclude=./node_modules --exclude=./.git --exclude=./.newest-cdk --exclude=./cdk.out --exclude=./dist \
  --exclude=./coverage --exclude=./test-reports --exclude=./.readme-blocks --exclude=./test/integ.reference.ts.snapshot . \
  | tar -x -C "$work/repo"
[ -e "$root/../shared" ] && ln -s "$(cd "$root/../shared" && pwd)" "$work/shared"

(cd "$work/install" && echo '{ "private": true }' > package.json \
  && npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
    "aws-cdk-lib@$cdk" "constructs@$constructs" "cdk-nag@$nag" >/dev/null)
mv "$work/install/node_modules" "$work/repo/node_modules"

cd "$work/repo"
actual=$(node -p "require.resolve('aws-cdk-lib/package.json', { paths: ['src'] })")
case "$actual" in "$work/repo/node_modules/"*) ;; *) echo "newest-cdk: aws-cdk-lib resolves to $actual" >&2; exit 1 ;; esac
echo "newest-cdk: running the unit tests against aws-cdk-lib $(node -p "require('aws-cdk-lib/package.json').version")"
# The handler tests (test/lambda) load no aws-cdk-lib: they ran once already.
jest "$@" --ci --coverage=false --reporters=default --testPathIgnorePatterns /node_modules/ /cdk.out/ /test/lambda/
