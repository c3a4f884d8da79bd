export * from './generate';
export * from './compare';
export * from './references';
