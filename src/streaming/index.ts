export * from './contact-record-stream';
export * from './streaming-destination';
