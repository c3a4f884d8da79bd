export * from './contact-record-stream';
export * from './contact-record-stream-props';
export * from './streaming-destination';
