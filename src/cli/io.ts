import * as fs from 'fs';
import type { AwsModule } from './aws';

/** Where the command writes (and reads files); tests pass their own. */
export interface CliIo {
  /** Write to standard output. */
  out(text: string): void;
  /** Write to standard error. */
  err(text: string): void;
  /** Read a file as UTF-8. */
  readFile(path: string): string;
  /** Write a file. */
  writeFile(path: string, text: string): void;
  /** File information (default: the file system). */
  stat?(path: string): fs.Stats;
  /** The names in a directory (default: the file system). */
  readDir?(path: string): string[];
  /** The AWS-facing code (default: the bundle, loaded on demand); tests pass cli-aws/ itself. */
  aws?(): AwsModule;
}
