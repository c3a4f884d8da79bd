export * from './recording-bucket';
export * from './recording-bucket-props';
export * from './live-media-streaming';
