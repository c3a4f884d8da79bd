export * from './contact-center';
export * from './hours-of-operation';
export * from './queue';
export * from './routing-profile';
export * from './security-profile';
export * from './agent';
export * from './phone-number';
export * from './lex';
