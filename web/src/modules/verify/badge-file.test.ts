import { badgeFileKind, formatByteSize } from './badge-file';

function file(name: string, type: string) {
  return new File(['x'], name, { type });
}

describe('badgeFileKind', () => {
  test.each([
    ['badge.png', 'image/png', 'png'],
    ['BADGE.PNG', '', 'png'],
    ['badge.svg', 'image/svg+xml', 'text'],
    ['credential.json', 'application/json', 'text'],
    ['credential.jwt', '', 'text'],
    ['notes.txt', 'text/plain', 'text'],
  ] as const)('%s (%s) is %s', (name, type, kind) => {
    expect(badgeFileKind(file(name, type))).toBe(kind);
  });

  test('rejects other files', () => {
    expect(badgeFileKind(file('photo.jpg', 'image/jpeg'))).toBeNull();
    expect(badgeFileKind(file('report.pdf', 'application/pdf'))).toBeNull();
  });
});

describe('formatByteSize', () => {
  test('uses the largest fitting unit', () => {
    expect(formatByteSize(512, 'en-AU')).toBe('512 bytes');
    expect(formatByteSize(2_400_000, 'en-AU')).toBe('2.4 MB');
  });
});
