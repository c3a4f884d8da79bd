export * from './generate';
export * from './compare';
export * from './references';
export * from './code-model';
export * from './print-typescript';
export * from './print-python';
