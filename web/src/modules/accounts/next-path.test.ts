import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  test.each([
    ['/account', '/account'],
    ['/organisations/org-3?tab=members', '/organisations/org-3?tab=members'],
    ['/registrations#upcoming', '/registrations#upcoming'],
  ])('keeps the same-site path %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  test.each([
    ['missing', null],
    ['empty', ''],
    ['protocol-relative', '//evil.example'],
    ['backslash host', '/\\evil.example'],
    ['absolute URL', 'https://evil.example/account'],
    ['script URL', 'javascript:alert(1)'],
    ['relative path', 'account'],
    ['tab inside', '/\t/evil.example'],
    ['newline inside', '/\n/evil.example'],
    ['leading space', ' /account'],
  ])('rejects a %s value', (_kind, raw) => {
    expect(safeNextPath(raw)).toBe('/');
  });
});

describe('signInPath', () => {
  test('encodes the next path', () => {
    expect(signInPath('/account?tab=privacy')).toBe(
      '/sign-in?next=%2Faccount%3Ftab%3Dprivacy',
    );
  });

  test('leaves out next for the home page', () => {
    expect(signInPath('/')).toBe('/sign-in');
  });
});
