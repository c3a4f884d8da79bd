export * from './contact-center';
export * from './flows/builder';
export * from './flows/validator';
export * from './flows/diagram';
export * from './simulator/flow-simulator';
export * from './storage';
export * from './streaming';
export * from './callback';
