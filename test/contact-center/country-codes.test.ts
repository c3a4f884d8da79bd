import { ISO_3166_COUNTRY_COUNT, countryCodeHint, isCountryCode } from '../../src/core/private/country-codes';

describe('the ISO 3166-1 alpha-2 list', () => {
  test('holds the 249 officially assigned codes', () => {
    expect(ISO_3166_COUNTRY_COUNT).toBe(249);
    for (const code of ['US', 'GB', 'DE', 'JP', 'BR', 'ZA', 'CW', 'SX', 'BQ', 'SS', 'AX']) expect(isCountryCode(code)).toBe(true);
  });

  test('rejects what people write instead, withdrawn and user-assigned codes, and other forms', () => {
    for (const code of ['UK', 'EU', 'EL', 'ZZ', 'XX', 'XK', 'YU', 'SU', 'AN', 'us', 'USA', '', 'U']) expect(isCountryCode(code)).toBe(false);
  });

  test('every code of the Intl data that the list lacks is withdrawn or user-assigned', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const extra: string[] = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name !== undefined && name !== code && name !== 'Unknown Region' && !isCountryCode(code)) extra.push(code);
      }
    }
    // Withdrawn (AN, BU, CS, DD, SU, TP, YU, ZR…), reserved (AC, CP, DG, EA, EU, EZ, IC, TA, UN, UK) and user-assigned (QO, XA, XB, XK, ZZ).
    for (const code of extra) expect(['AC', 'AN', 'BU', 'CP', 'CQ', 'CS', 'DD', 'DG', 'DY', 'EA', 'EU', 'EZ', 'FX', 'HV', 'IC', 'NH', 'QO', 'RH', 'SU', 'TA', 'TP', 'UK', 'UN', 'VD', 'XA', 'XB', 'XK', 'YD', 'YU', 'ZR', 'ZZ']).toContain(code);
  });

  test('the hint names the code meant for UK', () => {
    expect(countryCodeHint('UK')).toBe('must be an ISO 3166-1 alpha-2 country code in capitals, e.g. "US" or "GB" ("UK" is not one: use "GB")');
    expect(countryCodeHint('XX')).toBe('must be an ISO 3166-1 alpha-2 country code in capitals, e.g. "US" or "GB"');
  });
});
