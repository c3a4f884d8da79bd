#!/usr/bin/env node
// Fails when the jsii assembly has a public type or member without a doc comment, or an optional
// struct property without `@default`. Runs after `jsii` (post-compile).
const fs = require('fs');
const assembly = JSON.parse(fs.readFileSync('.jsii', 'utf-8'));
const problems = [];
for (const [fqn, type] of Object.entries(assembly.types)) {
  if (!type.docs?.summary) problems.push(`${fqn}: no doc comment`);
  for (const p of type.properties ?? []) {
    if (!p.docs?.summary) problems.push(`${fqn}.${p.name}: no doc comment`);
    if (type.datatype && p.optional && !p.docs?.default) problems.push(`${fqn}.${p.name}: optional prop without @default`);
  }
  for (const m of type.methods ?? []) if (!m.docs?.summary) problems.push(`${fqn}#${m.name}(): no doc comment`);
  for (const m of type.members ?? []) if (!m.docs?.summary) problems.push(`${fqn}.${m.name}: no doc comment`);
}
if (problems.length > 0) {
  console.error(`API documentation check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`API documentation check: ${Object.keys(assembly.types).length} types documented, every optional prop has @default`);
