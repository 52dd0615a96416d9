export type SkillGroupName =
  'foundational_literacy' | 'competency' | 'character_quality';

/** One of the World Economic Forum's 16 21st-century skills. */
export interface SkillRecord {
  id: string;
  name: string;
  group: SkillGroupName;
  position: number;
}

/** The skills in the order of WEF, "New Vision for Education" (2015). */
export const SKILLS: readonly SkillRecord[] = [
  {
    id: 'literacy',
    name: 'Literacy',
    group: 'foundational_literacy',
    position: 1,
  },
  {
    id: 'numeracy',
    name: 'Numeracy',
    group: 'foundational_literacy',
    position: 2,
  },
  {
    id: 'scientific-literacy',
    name: 'Scientific literacy',
    group: 'foundational_literacy',
    position: 3,
  },
  {
    id: 'ict-literacy',
    name: 'ICT literacy',
    group: 'foundational_literacy',
    position: 4,
  },
  {
    id: 'financial-literacy',
    name: 'Financial literacy',
    group: 'foundational_literacy',
    position: 5,
  },
  {
    id: 'cultural-civic-literacy',
    name: 'Cultural and civic literacy',
    group: 'foundational_literacy',
    position: 6,
  },
  {
    id: 'critical-thinking',
    name: 'Critical thinking/problem-solving',
    group: 'competency',
    position: 7,
  },
  { id: 'creativity', name: 'Creativity', group: 'competency', position: 8 },
  {
    id: 'communication',
    name: 'Communication',
    group: 'competency',
    position: 9,
  },
  {
    id: 'collaboration',
    name: 'Collaboration',
    group: 'competency',
    position: 10,
  },
  {
    id: 'curiosity',
    name: 'Curiosity',
    group: 'character_quality',
    position: 11,
  },
  {
    id: 'initiative',
    name: 'Initiative',
    group: 'character_quality',
    position: 12,
  },
  {
    id: 'persistence',
    name: 'Persistence/grit',
    group: 'character_quality',
    position: 13,
  },
  {
    id: 'adaptability',
    name: 'Adaptability',
    group: 'character_quality',
    position: 14,
  },
  {
    id: 'leadership',
    name: 'Leadership',
    group: 'character_quality',
    position: 15,
  },
  {
    id: 'social-cultural-awareness',
    name: 'Social and cultural awareness',
    group: 'character_quality',
    position: 16,
  },
];
