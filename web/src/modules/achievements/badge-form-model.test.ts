import {
  checkBadgeForm,
  emptyBadge,
  toAchievementFields,
} from './badge-form-model';

const VALID = {
  ...emptyBadge(),
  name: 'Climate Action Starter',
  description: 'Took part in a workshop.',
  criteriaNarrative: 'Attend it.',
};

describe('checkBadgeForm', () => {
  test('a filled form passes', () => {
    expect(checkBadgeForm(VALID)).toEqual({});
  });

  test('names each problem by its API field', () => {
    const problems = checkBadgeForm({
      ...emptyBadge(),
      name: 'x'.repeat(121),
      tags: `ok, ${'y'.repeat(41)}`,
      validityDays: '0',
      escoSkillUris: 'https://example.org/skill',
    });

    expect(Object.keys(problems).sort()).toEqual([
      'criteriaNarrative',
      'description',
      'escoSkillUris',
      'name',
      'tags',
      'validityDays',
    ]);
    expect(problems.name).toEqual({
      key: 'tooLong',
      values: { length: 121, max: 120 },
    });
  });

  test('accepts ESCO URIs one a line', () => {
    const uri =
      'http://data.europa.eu/esco/skill/0f3ba1a2-2a6a-4b4e-9c6d-3c1c2f0c0b9e';

    expect(checkBadgeForm({ ...VALID, escoSkillUris: `${uri}\n\n` })).toEqual(
      {},
    );
  });
});

describe('toAchievementFields', () => {
  test('splits tags and drops targets of unchosen goals', () => {
    const fields = toAchievementFields({
      ...VALID,
      tags: ' climate, , outdoors ',
      validityDays: '365',
      sdgNumbers: [4],
      sdgTargets: ['4.4', '13.3'],
    });

    expect(fields).toMatchObject({
      tags: ['climate', 'outdoors'],
      validityDays: 365,
      imageFileId: null,
      sdgNumbers: [4],
      sdgTargets: ['4.4'],
      escoSkillUris: [],
    });
  });
});
