import { EMPTY_DETAILS, evidenceInputs, parseEmails } from './award-details';

describe('parseEmails', () => {
  test('splits, lower-cases and drops repeats', () => {
    expect(
      parseEmails(
        'Ana@Example.org, ben@example.org\n\nana@example.org; c@x.io',
      ),
    ).toEqual(['ana@example.org', 'ben@example.org', 'c@x.io']);
  });
});

describe('evidenceInputs', () => {
  test('prefers the uploaded file to the link', () => {
    expect(
      evidenceInputs({
        ...EMPTY_DETAILS,
        evidenceUrl: 'https://example.org',
        evidenceFile: { id: 'f-1', name: 'poster.png' },
      }),
    ).toEqual([{ fileId: 'f-1', name: null }]);
  });

  test('sends a link with its name, or nothing', () => {
    expect(
      evidenceInputs({
        ...EMPTY_DETAILS,
        evidenceUrl: ' https://example.org/photos ',
        evidenceName: 'Photos',
      }),
    ).toEqual([{ url: 'https://example.org/photos', name: 'Photos' }]);
    expect(evidenceInputs(EMPTY_DETAILS)).toEqual([]);
  });
});
