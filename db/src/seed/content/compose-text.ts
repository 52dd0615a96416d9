import type {
  OpportunityKind,
  OpportunityMode,
} from '../opportunities/seed-rows.js';
import type { Random } from '../random/random.js';
import type { PlannedSession } from '../schedule/session-plan.js';
import { capitalise, fillTemplate, withArticle } from './fill-template.js';
import { formatAges, formatCost, formatSessions } from './format-details.js';
import { KIND_PROFILES } from './kind-profiles.js';
import type { Theme } from './theme.js';

/** Everything the wording of one opportunity depends on. */
export interface TextInput {
  kind: OpportunityKind;
  mode: OpportunityMode;
  theme: Theme;
  town: string;
  countryCode: string;
  providerName: string;
  venueName: string | null;
  venueAddress: string | null;
  sessions: readonly PlannedSession[];
  costMinor: number | null;
  currency: string | null;
  minAge: number | null;
  maxAge: number | null;
  capacity: number | null;
}

export interface OpportunityText {
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
}

const SIGN_LANGUAGES: Record<string, string> = {
  AU: 'Auslan',
  GB: 'BSL',
  IE: 'ISL',
  NZ: 'NZSL',
};

/** Composes a title, a summary and a Markdown description from templates. */
export function composeText(input: TextInput, random: Random): OpportunityText {
  const profile = KIND_PROFILES[input.kind];
  const values = {
    topic: input.theme.topic,
    Topic: capitalise(input.theme.topic),
    town: input.town,
    provider: input.providerName,
    role: input.theme.role,
    aRole: withArticle(input.theme.role),
    count: String(input.sessions.length),
  };
  const fits = (template: string) =>
    input.mode !== 'online' || !template.includes('{town}');
  const title = fillTemplate(random.pick(profile.titles.filter(fits)), values);
  const summary = fillTemplate(
    random.pick(profile.summaries.filter(fits)),
    values,
  );

  return { title, summary, description: describe(input, summary, random) };
}

function describe(input: TextInput, summary: string, random: Random): string {
  const profile = KIND_PROFILES[input.kind];
  const activities = random.sample(input.theme.activities, random.int(2, 4));
  const bring =
    input.mode === 'online'
      ? 'A computer or tablet with a microphone and a reliable internet connection.'
      : random.pick(profile.bring);
  const sections = [
    `${summary} ${input.providerName} runs this ${profile.label} for young people.`,
    "## What you'll do",
    activities.map((activity) => `- ${capitalise(activity)}`).join('\n'),
    '## Details',
    detailLines(input).join('\n'),
    '## What to bring',
    bring,
    '## Access',
    accessNote(input, random),
  ];

  return sections.join('\n\n');
}

function detailLines(input: TextInput): string[] {
  const lines = [
    `- **Where:** ${whereText(input)}`,
    `- **When:** ${formatSessions(input.sessions)}`,
    `- **Cost:** ${formatCost(input.costMinor, input.currency)}`,
    `- **Ages:** ${formatAges(input.minAge, input.maxAge)}`,
  ];
  if (input.capacity !== null) {
    lines.push(`- **Places:** ${input.capacity}, so please register`);
  }

  return lines;
}

function whereText(input: TextInput): string {
  const venue = [input.venueName, input.venueAddress]
    .filter((part) => part !== null)
    .join(', ');
  switch (input.mode) {
    case 'online':
      return 'Online. You get a video-call link when you register.';
    case 'hybrid':
      return `${venue}, or join online`;
    case 'in_person':
      return venue;
  }
}

function accessNote(input: TextInput, random: Random): string {
  if (input.mode === 'online') {
    return 'Live captions are on in every session. Cameras are optional.';
  }
  const signLanguage = SIGN_LANGUAGES[input.countryCode] ?? 'Sign language';
  const notes = [
    'The venue has step-free access and an accessible toilet.',
    'A quiet room is available if you need a break.',
    `${signLanguage} interpreting is available on request; tell us when you register.`,
    'The venue is a short walk from public transport.',
  ];

  return random.sample(notes, 2).join(' ');
}
