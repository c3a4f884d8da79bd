export * from './contact-center/contact-center';
export * from './contact-center/lex';
export * from './flows/contact-flow';
export * from './flows/validator';
