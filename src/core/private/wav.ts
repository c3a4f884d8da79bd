/** What the header of a WAV file says (RIFF/WAVE with a `fmt ` and a `data` chunk). */
export interface WavInfo {
  /** WAVE format tag: 1 = PCM, 6 = A-law, 7 = mu-law. */
  readonly formatTag: number;
  readonly channels: number;
  readonly sampleRate: number;
  readonly byteRate: number;
  /** Length of the audio in seconds (data chunk size / byte rate). */
  readonly durationSeconds: number;
}

/**
 * Reads the header of a WAV file. Returns a reason string when the bytes are not a WAV file
 * this reader understands.
 */
export function readWavHeader(bytes: Buffer): WavInfo | string {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    return 'not a WAV file (no RIFF/WAVE header)';
  }
  let offset = 12;
  let fmt: Omit<WavInfo, 'durationSeconds'> | undefined;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.length) return 'the fmt chunk is truncated';
      fmt = {
        formatTag: bytes.readUInt16LE(body),
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        byteRate: bytes.readUInt32LE(body + 8),
      };
    } else if (id === 'data') {
      if (!fmt) return 'the data chunk comes before the fmt chunk';
      if (fmt.byteRate === 0) return 'the fmt chunk has a byte rate of 0';
      return { ...fmt, durationSeconds: size / fmt.byteRate };
    }
    offset = body + size + (size % 2);
  }
  return fmt ? 'no data chunk' : 'no fmt chunk';
}
