/**
 * The simulator for TypeScript users, the CLI and tests: the jsii API (`FlowSimulator` and its
 * structs) plus the template reader and the phone-number helper.
 */
export * from './flow-simulator';
export * from './coverage';
export { IntrinsicResolver, indexTemplate, isTemplate, FAKE_ACCOUNT, FAKE_REGION } from './template';
export type { TemplateFlow, TemplateIndex } from './template';
export { toE164, COUNTRY_CALLING_CODES } from './phone';
