/**
 * Phone-number handling of the simulator: what "Store customer input" with
 * PhoneNumberValidation stores. Not a full numbering plan: the checks are the length rules of
 * E.164 plus the national length of the few plans listed below.
 */
import { E164 } from '../flows/language/values';

/** Country calling codes of common ISO 3166 country codes. */
export const COUNTRY_CALLING_CODES: { readonly [iso: string]: string } = {
  US: '1',
  CA: '1',
  PR: '1',
  GB: '44',
  IE: '353',
  DE: '49',
  FR: '33',
  ES: '34',
  IT: '39',
  NL: '31',
  BE: '32',
  CH: '41',
  AT: '43',
  SE: '46',
  NO: '47',
  DK: '45',
  FI: '358',
  PT: '351',
  PL: '48',
  CZ: '420',
  GR: '30',
  AU: '61',
  NZ: '64',
  JP: '81',
  KR: '82',
  CN: '86',
  HK: '852',
  SG: '65',
  IN: '91',
  ZA: '27',
  MX: '52',
  BR: '55',
  AR: '54',
  CL: '56',
  CO: '57',
  IL: '972',
  AE: '971',
  SA: '966',
  TR: '90',
  PH: '63',
  MY: '60',
  TH: '66',
  ID: '62',
};

/** National significant number lengths where they are fixed. */
const NATIONAL_LENGTHS: { readonly [code: string]: number[] } = {
  1: [10], 44: [9, 10], 33: [9], 61: [9], 49: [6, 7, 8, 9, 10, 11], 34: [9], 39: [6, 7, 8, 9, 10, 11], 64: [8, 9, 10],
};

/**
 * The E.164 form of digits a caller typed, or undefined when they are not a valid number.
 *
 * @param digits what the caller typed (digits only; `+` and separators are ignored)
 * @param format `E164`: the digits start with the country code; `Local`: a national number
 * @param countryCode ISO 3166 country of a `Local` number (e.g. `US`)
 */
export function toE164(digits: string, format: string, countryCode?: string): string | undefined {
  const plain = digits.replace(/[^0-9]/g, '');
  if (plain === '') return undefined;
  if (format !== 'Local' || digits.trim().startsWith('+')) {
    const n = `+${plain}`;
    return E164.test(n) ? n : undefined;
  }
  const cc = COUNTRY_CALLING_CODES[(countryCode ?? '').toUpperCase()];
  if (cc === undefined) return undefined;
  let national = plain;
  if (cc === '1' && national.length === 11 && national.startsWith('1')) national = national.slice(1);
  else if (cc !== '1' && national.startsWith('0')) national = national.slice(1);
  const lengths = NATIONAL_LENGTHS[cc];
  if (lengths && !lengths.includes(national.length)) return undefined;
  if (cc === '1' && !/^[2-9][0-9]{2}[2-9]/.test(national)) return undefined;
  const n = `+${cc}${national}`;
  return E164.test(n) ? n : undefined;
}
