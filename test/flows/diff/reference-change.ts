import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ReferenceContactCenterStack } from '../../../examples/reference-stack';

const ROOT = path.join(__dirname, '..', '..', '..');

/**
 * The change the README reviews, made to the reference app's source as a pull request would: the
 * welcome prompt says more, and a failed customer lookup now gives the caller priority.
 */
export const REFERENCE_CHANGE: Array<[string, string]> = [
  ["Message.text('Thank you for calling Acme.')", "Message.text('Thank you for calling Acme. This call may be recorded.')"],
  ['lookup.onError(setSupportQueue);', 'lookup.onError(vipPriority);'],
];

/** The reference app's template, before and after the change. */
export function referenceTemplates(): { before: any; after: any } {
  const before = Template.fromStack(new ReferenceContactCenterStack(new App(), 'ReferenceContactCenter')).toJSON();
  let source = fs.readFileSync(path.join(ROOT, 'examples', 'reference-stack.ts'), 'utf-8');
  for (const [from, to] of REFERENCE_CHANGE) {
    const parts = source.split(from);
    if (parts.length !== 2) throw new Error(`examples/reference-stack.ts should contain ${from} once (found ${parts.length - 1})`);
    source = parts.join(to);
  }
  // The copy lives in cdk.out/ (ignored by git, one folder below the root as examples/ is, so its
  // imports resolve alike).
  source = source.replace(/__dirname/g, "path.join(__dirname, '..', 'examples')");
  const dir = path.join(ROOT, 'cdk.out');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `reference-stack-changed-${process.pid}.ts`);
  fs.writeFileSync(file, source);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const changed = require(file) as { ReferenceContactCenterStack: typeof ReferenceContactCenterStack };
    const after = Template.fromStack(new changed.ReferenceContactCenterStack(new App(), 'ReferenceContactCenter')).toJSON();
    return { before, after };
  } finally {
    fs.rmSync(file, { force: true });
  }
}
