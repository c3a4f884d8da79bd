/** `KEY=VALUE` arguments of a repeated CLI option, as a map; a malformed one is an error naming the option. */
export function keyValues(values: string[] | undefined, flag: string, form = 'KEY=ARN'): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const v of values ?? []) {
    const at = v.indexOf('=');
    if (at <= 0 || at === v.length - 1) throw new Error(`${flag} "${v}": expected ${form}`);
    out[v.slice(0, at)] = v.slice(at + 1);
  }
  return out;
}
