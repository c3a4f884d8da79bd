import * as fs from 'fs';
import * as path from 'path';
import { ContactFlowType } from '../../src';

/** The shared flow-language conformance corpus (next to the repository). */
export const CORPUS_DIR = path.join(__dirname, '../../../shared/flow-corpus');

/** The flow type of each corpus file (from its INDEX.md description); undefined for the module. */
export const CORPUS_TYPES: { [file: string]: ContactFlowType | undefined } = {
  'acme-agent-whisper.json': ContactFlowType.AGENT_WHISPER,
  'acme-customer-queue.json': ContactFlowType.CUSTOMER_QUEUE,
  'acme-main-lex-lambda.json': ContactFlowType.CONTACT_FLOW,
  'acme-outbound-whisper-recording.json': ContactFlowType.OUTBOUND_WHISPER,
  'acme-queue-transfer.json': ContactFlowType.QUEUE_TRANSFER,
  'callbackmgmt-agent-whisper.json': ContactFlowType.AGENT_WHISPER,
  'cdkconstructs-inbound-eventhooks-recording.json': ContactFlowType.CONTACT_FLOW,
  'gts-callback-module.json': undefined,
};

export function corpusFiles(): string[] {
  return fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).sort();
}

export function loadCorpus(file: string): any {
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, file), 'utf-8'));
}
