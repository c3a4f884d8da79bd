export * from './directory-bot';
