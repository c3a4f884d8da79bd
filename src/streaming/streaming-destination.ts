/**
 * Where Amazon Connect streams a kind of data.
 */
export enum StreamingDestination {
  /** An Amazon Kinesis data stream. Supported for contact records and agent events. */
  KINESIS_DATA_STREAM = 'KINESIS_STREAM',
  /**
   * An Amazon Data Firehose delivery stream. Connect supports it for contact records only;
   * agent events must go to a Kinesis data stream.
   */
  KINESIS_FIREHOSE = 'KINESIS_FIREHOSE',
}
