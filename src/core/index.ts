/**
 * Floor 1: the reference interfaces every other floor builds on (the flow builder, the L2 and L3
 * constructs). Depends only on the flow language.
 */
export * from './contact-center';
export * from './lex';
export * from './queue';
export * from './agent';
export * from './hours-of-operation';
export * from './phone-number';
export * from './contact-flow';
export * from './contact-flow-module';
