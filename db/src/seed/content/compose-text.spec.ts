import { Random } from '../random/random.js';
import { planSessions } from '../schedule/session-plan.js';
import { composeText, type TextInput } from './compose-text.js';
import { THEMES } from './themes.js';

const NOW = new Date('2026-03-01T00:00:00Z');

function input(overrides: Partial<TextInput>): TextInput {
  return {
    kind: 'workshop',
    mode: 'in_person',
    theme: THEMES[0] as TextInput['theme'],
    town: 'Leura',
    countryCode: 'AU',
    providerName: 'Leura Bushcare Collective',
    venueName: 'Leura Bushcare depot',
    venueAddress: '12 Mill Lane, Leura NSW',
    sessions: planSessions('workshop', NOW, 'Australia/Sydney', new Random(1)),
    costMinor: 1500,
    currency: 'AUD',
    minAge: 16,
    maxAge: 24,
    capacity: 12,
    ...overrides,
  };
}

describe('composeText', () => {
  it('writes the venue, price and ages into the description', () => {
    const text = composeText(input({}), new Random(2));

    expect(text.description).toContain(
      '**Where:** Leura Bushcare depot, 12 Mill Lane, Leura NSW',
    );
    expect(text.description).toContain('**Cost:** A$15.00');
    expect(text.description).toContain('**Ages:** 16–24');
    expect(text.description).toContain('**Places:** 12');
    expect(text.description).toContain('Auslan interpreting');
  });

  it('lists activities of the theme as bullets', () => {
    const theme = THEMES[0] as TextInput['theme'];
    const text = composeText(input({}), new Random(3));
    const bullets = text.description
      .split('\n')
      .filter((line) => line.startsWith('- ') && !line.startsWith('- **'));

    expect(bullets.length).toBeGreaterThanOrEqual(2);
    for (const bullet of bullets) {
      expect(theme.activities.map((a) => a.toLowerCase())).toContain(
        bullet.slice(2).toLowerCase(),
      );
    }
  });

  it('leaves the town out of online titles', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const text = composeText(
        input({ mode: 'online', venueName: null, venueAddress: null }),
        new Random(seed),
      );

      expect(text.title).not.toContain('Leura');
      expect(text.description).toContain('Online. You get a video-call link');
    }
  });

  it('says free and 16 and over', () => {
    const text = composeText(
      input({ costMinor: null, currency: null, maxAge: null, capacity: null }),
      new Random(4),
    );

    expect(text.description).toContain('**Cost:** Free');
    expect(text.description).toContain('**Ages:** 16 and over');
    expect(text.description).not.toContain('**Places:**');
  });

  it('counts course sessions in the wording', () => {
    const sessions = planSessions(
      'course',
      NOW,
      'Europe/London',
      new Random(5),
    );
    const text = composeText(
      input({ kind: 'course', sessions, countryCode: 'GB', currency: 'GBP' }),
      new Random(6),
    );

    expect(text.description).toContain(`${sessions.length} sessions from`);
    expect(text.description).toContain('£15.00');
  });
});
