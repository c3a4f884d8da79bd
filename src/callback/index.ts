export * from './behaviors';
export * from './queue-with-callback';
