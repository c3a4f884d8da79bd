export * from './directory-bot';
export * from './directory-ivr';
