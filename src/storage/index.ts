export * from './recording-bucket';
