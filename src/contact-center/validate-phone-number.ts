import { Annotations, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { PhoneNumberType } from './phone-number-props';
import type { PhoneNumberProps } from './phone-number-props';
import { Rule, checkRules } from './private/rules';
import { countryCodeHint, isCountryCode } from '../core/private/country-codes';
import { fail, isToken, validateConnectResourceTags, validatePattern, validateStringLength } from '../core/private/validate';

/**
 * Country calling codes (ITU-T E.164 assignments) of the countries Amazon Connect claims numbers
 * in, by ISO 3166-1 alpha-2 code. Countries not listed are not checked.
 */
const CALLING_CODES: { [country: string]: string } = {
  // North American Numbering Plan
  US: '1',
  CA: '1',
  PR: '1',
  // Europe
  AT: '43',
  BE: '32',
  BG: '359',
  CH: '41',
  CY: '357',
  CZ: '420',
  DE: '49',
  DK: '45',
  EE: '372',
  ES: '34',
  FI: '358',
  FR: '33',
  GB: '44',
  GR: '30',
  HR: '385',
  HU: '36',
  IE: '353',
  IS: '354',
  IT: '39',
  LT: '370',
  LU: '352',
  LV: '371',
  MT: '356',
  NL: '31',
  NO: '47',
  PL: '48',
  PT: '351',
  RO: '40',
  RS: '381',
  SE: '46',
  SI: '386',
  SK: '421',
  UA: '380',
  // Asia Pacific
  AU: '61',
  CN: '86',
  HK: '852',
  ID: '62',
  IN: '91',
  JP: '81',
  KR: '82',
  MY: '60',
  NZ: '64',
  PH: '63',
  SG: '65',
  TH: '66',
  TW: '886',
  VN: '84',
  // Americas
  AR: '54',
  BR: '55',
  CL: '56',
  CO: '57',
  MX: '52',
  PE: '51',
  // Middle East and Africa
  AE: '971',
  IL: '972',
  KE: '254',
  NG: '234',
  SA: '966',
  TR: '90',
  ZA: '27',
};

/** The calling code of a country, when this library knows it. */
export function callingCode(countryCode: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(CALLING_CODES, countryCode) ? CALLING_CODES[countryCode] : undefined;
}

/** The rules of PhoneNumber's props, checked in order after the pattern checks. */
const RULES: Array<Rule<PhoneNumberProps>> = [
  {
    prop: 'type',
    value: (p) => p.type,
    check: (p) => Object.values(PhoneNumberType).includes(p.type) ? undefined : `must be one of ${Object.values(PhoneNumberType).join(', ')}`,
  },
  {
    prop: 'prefix',
    value: (p) => p.prefix,
    check: (p) => {
      if (p.prefix === undefined || Token.isUnresolved(p.prefix) || Token.isUnresolved(p.countryCode)) return undefined;
      const code = callingCode(p.countryCode);
      if (code === undefined) return undefined;
      const digits = p.prefix.slice(1);
      // A prefix shorter than the calling code must be its start ("+4" for GB); a longer one must start with it.
      return digits.startsWith(code) || code.startsWith(digits) ? undefined
        : `numbers of ${p.countryCode} start with +${code}; give a prefix such as "+${code}…" or the country of the prefix`;
    },
  },
];

/** Checks a phone number's props that depend on each other, and warns where a change would claim a new number. */
export function validatePhoneNumberProps(scope: IConstruct, props: PhoneNumberProps): void {
  if (!isToken(props.countryCode) && !isCountryCode(props.countryCode)) fail(scope, 'countryCode', props.countryCode, countryCodeHint(props.countryCode));
  validatePattern(scope, 'prefix', props.prefix, /^\+[0-9]{1,15}$/, 'must be "+" followed by 1 to 15 digits (E.164), e.g. "+1206"');
  validateStringLength(scope, 'description', props.description, 1, 500);
  validateConnectResourceTags(scope, 'tags', props.tags);
  checkRules(scope, RULES, props);
  const fromTokens = (['countryCode', 'type', 'prefix'] as const).filter((k) => props[k] !== undefined && Token.isUnresolved(props[k]));
  if (fromTokens.length > 0) {
    Annotations.of(scope).addWarningV2('cdk-contact-center:phoneNumberCreateOnly',
      `${fromTokens.join(', ')} ${fromTokens.length > 1 ? 'are' : 'is'} given by a token (parameter or reference): CountryCode, Type and Prefix are create-only, `
      + 'so a different value at deploy time claims a new number and, with RemovalPolicy.RETAIN, leaves the old one claimed and billed');
  }
}
