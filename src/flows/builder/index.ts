export * from './block';
export * from './values';
export * from './interaction';
export * from './logic';
export * from './routing';
export * from './settings';
export * from './definition';
export * from './contact';
