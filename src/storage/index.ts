export * from './recording-bucket';
export * from './live-media-streaming';
