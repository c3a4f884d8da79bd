/**
 * The officially assigned ISO 3166-1 alpha-2 country codes (249): the one list every `countryCode`
 * prop is checked against (phone numbers, QueueWithCallback, the builder's local-number
 * validation). Fixed here rather than read from the runtime's Intl data, which also knows
 * withdrawn codes (YU, SU, CS…) and user-assigned ones (XK), and changes with the ICU version.
 * Codes that people write but that are no ISO 3166-1 country (UK, EU, ZZ…) are not in it.
 */
const ISO_3166_ALPHA_2 = new Set(`
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
`.trim().split(/\s+/));

/** How many codes the list holds (249). */
export const ISO_3166_COUNTRY_COUNT = ISO_3166_ALPHA_2.size;

/** Common codes that are not ISO 3166-1 countries, and the code meant. */
const INSTEAD: { [code: string]: string } = { UK: 'GB', EL: 'GR' };

/** Whether `code` is an ISO 3166-1 alpha-2 country code (upper case). */
export function isCountryCode(code: string): boolean {
  return ISO_3166_ALPHA_2.has(code);
}

/** What a `countryCode` error says: the expected form, and the code meant for UK and EL. */
export function countryCodeHint(code: string): string {
  const instead = INSTEAD[code.toUpperCase()];
  return `must be an ISO 3166-1 alpha-2 country code in capitals, e.g. "US" or "GB"${instead !== undefined ? ` ("${code}" is not one: use "${instead}")` : ''}`;
}
