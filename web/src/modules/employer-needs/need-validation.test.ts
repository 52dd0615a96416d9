import { emptyNeed, type NeedFormValues } from './need-form-model';
import { checkNeedForm, isApplyUrl } from './need-validation';

const TODAY = '2026-12-05';

function valid(overrides: Partial<NeedFormValues> = {}): NeedFormValues {
  return {
    ...emptyNeed(),
    title: 'Trainee barista',
    skillIds: ['communication'],
    place: {
      kind: 'point',
      point: { latitude: -33.71, longitude: 150.31 },
      name: null,
    },
    closesOn: '2027-01-31',
    applyUrl: 'https://jobs.example.org/barista',
    ...overrides,
  };
}

describe('checkNeedForm', () => {
  test('passes a complete need', () => {
    expect(checkNeedForm(valid(), TODAY, null)).toEqual({});
  });

  test.each(['1', '4.9', '201'])('rejects a radius of %s km', (radiusKm) => {
    expect(checkNeedForm(valid({ radiusKm }), TODAY, null).radiusKm).toEqual({
      key: 'radius',
      values: { min: 5, max: 200 },
    });
  });

  test.each([
    ['a right-to-left override', 'Barista \u202Eetisoppo'],
    ['an isolate', 'Cooks \u2066and\u2069 cleaners'],
  ])('rejects a title with %s', (_name, title) => {
    expect(checkNeedForm(valid({ title }), TODAY, null).title).toEqual({
      key: 'titleDirection',
    });
  });

  test('rejects a title without a visible character', () => {
    expect(
      checkNeedForm(valid({ title: '\u200B\u200B\u200B' }), TODAY, null).title,
    ).toEqual({ key: 'titleInvisible' });
  });

  test('accepts a right-to-left title', () => {
    expect(checkNeedForm(valid({ title: 'مساعد مساح' }), TODAY, null)).toEqual(
      {},
    );
  });
});

describe('isApplyUrl', () => {
  test.each([
    'https://jobs.example.org/apply',
    'HTTPS://Jobs.Example.org',
    'mailto:jobs@example.org',
    'mailto:jobs@example.org?subject=Trainee%20barista',
  ])('accepts %s', (link) => {
    expect(isApplyUrl(link)).toBe(true);
  });

  test.each([
    'http://jobs.example.org',
    'https:x.example',
    'https:\\\\evil.example',
    'https://jobs.example.org\\@evil.example',
    'https://user:secret@jobs.example.org',
    'mailto:a@b.co?bcc=victim@c.co&body=hi',
    'mailto:a@b.co?cc=c@d.co',
    'mailto:a@b.co,c@d.co',
    'mailto:nobody',
    'javascript:alert(1)',
  ])('rejects %s', (link) => {
    expect(isApplyUrl(link)).toBe(false);
  });
});
