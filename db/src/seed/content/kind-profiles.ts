import type { OpportunityKind } from '../opportunities/seed-rows.js';

/**
 * Wording and shape of one kind of opportunity. Templates fill `{topic}`,
 * `{Topic}`, `{town}`, `{provider}`, `{role}`, `{aRole}` and `{count}`.
 */
export interface KindProfile {
  /** Noun for the kind inside a sentence. */
  label: string;
  titles: readonly string[];
  summaries: readonly string[];
  bring: readonly string[];
  onlineShare: number;
  hybridShare: number;
  freeShare: number;
  /** Prices in the currency's major unit, used when it is not free. */
  prices: readonly number[];
  capacity: readonly [min: number, max: number];
}

export const KIND_PROFILES: Record<OpportunityKind, KindProfile> = {
  workshop: {
    label: 'workshop',
    titles: [
      '{Topic} workshop',
      'Hands-on {topic}',
      'Introduction to {topic}',
      '{Topic}: a practical taster',
      '{Topic} workshop in {town}',
    ],
    summaries: [
      'A practical workshop on {topic} for young people. No experience needed.',
      'Try {topic} with experienced facilitators and leave with something you made.',
      'Learn the basics of {topic} in a small, friendly group.',
    ],
    bring: [
      'Just yourself. We provide all materials.',
      'A laptop if you have one; we can lend one if not.',
      'Closed shoes and clothes that can get dirty.',
    ],
    onlineShare: 0.12,
    hybridShare: 0.1,
    freeShare: 0.7,
    prices: [5, 10, 15, 20, 25],
    capacity: [8, 20],
  },
  mentoring: {
    label: 'mentoring program',
    titles: [
      '{Topic} mentoring',
      'One-to-one mentoring: {topic}',
      'Peer mentoring in {topic}',
      'Get a mentor: {topic}',
    ],
    summaries: [
      'Meet a mentor who works in {topic} and set goals together over {count} sessions.',
      'Small-group mentoring with people who work in {topic}.',
      'Regular check-ins with a trained mentor to take your next step in {topic}.',
    ],
    bring: [
      'Questions, and any work you would like feedback on.',
      'A notebook, or a phone to keep notes.',
    ],
    onlineShare: 0.25,
    hybridShare: 0.1,
    freeShare: 0.9,
    prices: [10, 20],
    capacity: [4, 12],
  },
  work_experience: {
    label: 'work experience placement',
    titles: [
      'Work experience: {role}',
      'Try a placement as {aRole}',
      '{Topic} work experience with {provider}',
    ],
    summaries: [
      'Spend {count} days with {provider} and see what {aRole} does.',
      'Supervised, unpaid work experience as {aRole}, with a reference at the end.',
    ],
    bring: [
      'Closed shoes, lunch and a water bottle. Safety gear is provided.',
      'Neat, comfortable clothes and lunch.',
    ],
    onlineShare: 0.05,
    hybridShare: 0,
    freeShare: 1,
    prices: [],
    capacity: [1, 4],
  },
  event: {
    label: 'event',
    titles: [
      '{Topic} meet-up',
      '{Topic} showcase night',
      '{Topic} open day',
      '{Topic} expo in {town}',
      'Youth forum: {topic}',
    ],
    summaries: [
      'An evening of talks, demos and conversation about {topic}.',
      'Meet local groups working on {topic} and find ways to get involved.',
      'A free community event about {topic} in {town}, run by and for young people.',
    ],
    bring: [
      'Friends are welcome. Light refreshments provided.',
      'Nothing but curiosity.',
    ],
    onlineShare: 0.08,
    hybridShare: 0.15,
    freeShare: 0.8,
    prices: [5, 10, 12],
    capacity: [40, 200],
  },
  course: {
    label: 'course',
    titles: [
      '{Topic} for beginners',
      '{Topic}: a {count}-session course',
      'Certificate taster: {topic}',
      '{Topic} short course',
    ],
    summaries: [
      'A {count}-session course in {topic} that builds week by week.',
      'Learn {topic} step by step over {count} sessions, with a certificate of completion.',
    ],
    bring: [
      'A laptop if you have one; loan laptops are available.',
      'A notebook and pen. Course notes are provided.',
    ],
    onlineShare: 0.2,
    hybridShare: 0.15,
    freeShare: 0.5,
    prices: [25, 40, 60, 90, 120],
    capacity: [10, 24],
  },
  volunteering: {
    label: 'volunteering role',
    titles: [
      'Volunteer: {topic}',
      '{Topic} volunteers wanted',
      'Give a morning to {topic}',
      '{Topic} volunteer crew in {town}',
    ],
    summaries: [
      'Join a friendly crew working on {topic} in {town}. Training on the day.',
      'Volunteer with {provider} and count the hours towards your CV.',
    ],
    bring: [
      'A hat, water bottle, sturdy shoes and clothes for the weather.',
      'Comfortable clothes. Gloves and tools are provided.',
    ],
    onlineShare: 0.03,
    hybridShare: 0,
    freeShare: 1,
    prices: [],
    capacity: [6, 30],
  },
  youth_cafe: {
    label: 'youth café',
    titles: [
      'Youth café: {topic}',
      '{town} youth café',
      'Drop-in: {topic} at the youth café',
      'After-school drop-in: {topic}',
    ],
    summaries: [
      'A relaxed drop-in with snacks, Wi-Fi and {topic} on the table. Come when you can.',
      'Hang out, meet people and try {topic} at the youth café.',
    ],
    bring: ['Nothing. Snacks and drinks are free.'],
    onlineShare: 0,
    hybridShare: 0,
    freeShare: 1,
    prices: [],
    capacity: [15, 40],
  },
};
