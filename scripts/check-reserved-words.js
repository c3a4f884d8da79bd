#!/usr/bin/env node
// Reviews jsii's reserved-word warnings (JSII5018) one by one instead of silencing them all.
//
// The compiler warns when a public name is a keyword in any target language, whatever the name
// becomes there. This check reads the jsii assembly, finds the same names with jsii's own keyword
// lists, and lets through only the cases the generated bindings cannot trip over:
//
// - a property or method name that is a keyword in Go or C# only: both languages capitalize member
//   names (`Type`, `Operator`), and their keywords are lower case, so no collision is possible
//   (aws-cdk-lib has the same `type` props everywhere).
//
// Anything else (a Python or Java keyword, a parameter name, which keeps its case in Go) fails the
// build: rename it. Runs after `jsii` (post-compile); `jsii` itself runs with the warning silenced.
const fs = require('fs');
const path = require('path');
// jsii's package exports do not include its keyword lists: load the file by path.
const { isReservedName } = require(path.join(path.dirname(require.resolve('jsii/package.json')), 'lib', 'reserved-words.js'));

const CAPITALIZED_MEMBERS = new Set(['Go', 'C#']);
const assembly = JSON.parse(fs.readFileSync('.jsii', 'utf-8'));
const reviewed = [];
const problems = [];

/** @param kind 'type' | 'property' | 'method' | 'parameter' | 'enum member' */
function check(where, name, kind) {
  const languages = isReservedName(name);
  if (!languages) return;
  const member = kind === 'property' || kind === 'method';
  const left = member ? languages.filter((l) => !CAPITALIZED_MEMBERS.has(l)) : languages;
  const line = `${where} (${kind} "${name}": reserved in ${languages.join(', ')})`;
  if (left.length === 0) {
    reviewed.push(line);
  } else {
    problems.push(`${line}: rename it (a ${kind} keeps its spelling in ${left.join(', ')})`);
  }
}

for (const [fqn, type] of Object.entries(assembly.types)) {
  check(fqn, type.name, 'type');
  for (const p of type.properties ?? []) check(`${fqn}.${p.name}`, p.name, 'property');
  for (const m of type.members ?? []) check(`${fqn}.${m.name}`, m.name, 'enum member');
  const callables = [...(type.methods ?? []), ...(type.initializer ? [{ ...type.initializer, name: '<init>' }] : [])];
  for (const m of callables) {
    if (m.name !== '<init>') check(`${fqn}#${m.name}()`, m.name, 'method');
    for (const param of m.parameters ?? []) check(`${fqn}#${m.name}(${param.name})`, param.name, 'parameter');
  }
}

if (problems.length > 0) {
  console.error(`Reserved-word check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Reserved-word check: ${reviewed.length} names reserved in a target language, each a member name `
  + 'that Go and C# capitalize (no collision):');
for (const line of reviewed) console.log(`  ${line}`);
