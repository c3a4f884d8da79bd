export * from './behaviors';
export * from './queue-with-callback';
export * from './queue-with-callback-props';
