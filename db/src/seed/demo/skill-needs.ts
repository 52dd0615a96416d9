import type { DemoSkillNeed } from './demo-region.js';

// Each region has needs asking for a skill that no published demo
// opportunity builds within the need's radius, so that a council's skill
// gaps have something to show. build-demo-region.spec.ts checks it.
export const BLUE_MOUNTAINS_SKILL_NEEDS: readonly DemoSkillNeed[] = [
  {
    employer: 'Ridgeline Health Network',
    title: 'Patient support assistant traineeship',
    description:
      'Help the nurses on our Penrith wards: moving patients, restocking rooms and talking with families. A paid traineeship with a recognised certificate at the end.',
    skills: ['communication', 'collaboration', 'social-cultural-awareness'],
    town: 'Penrith',
    radiusKm: 15,
    openings: 6,
    closesInDays: 42,
  },
  {
    // A gap inside the Nepean Valley council's area: no opportunity near
    // Richmond builds adaptability or persistence.
    employer: 'Ridgeline Health Network',
    title: 'Aged care assistant, Hawkesbury',
    description:
      'Support older people in their homes around Richmond and Windsor, with a mentor for your first three months. Shifts fit around study.',
    skills: ['adaptability', 'persistence', 'social-cultural-awareness'],
    town: 'Richmond',
    radiusKm: 12,
    openings: 4,
    closesInDays: 75,
  },
  {
    employer: 'Ridgeline Health Network',
    title: 'Hospital kitchen and ward hand',
    description:
      'Prepare and deliver meals at our Katoomba hospital and keep the wards stocked. Early and weekend shifts.',
    skills: ['communication', 'collaboration', 'adaptability'],
    town: 'Katoomba',
    radiusKm: 20,
    openings: 3,
    closesInDays: 60,
  },
  {
    employer: 'Westgate Logistics',
    title: 'Warehouse and logistics apprentice',
    description:
      'Learn receiving, picking, stock control and the warehouse software at our Blacktown centre. Forklift licence paid for.',
    skills: ['numeracy', 'ict-literacy', 'collaboration', 'initiative'],
    town: 'Blacktown',
    radiusKm: 20,
    openings: 10,
    closesInDays: 100,
  },
  {
    employer: 'Summit Solar Installations',
    title: 'Trainee solar installer',
    description:
      'Work alongside our electricians fitting panels and batteries on homes across the mountains. You need to be comfortable on a roof.',
    skills: ['scientific-literacy', 'numeracy', 'persistence'],
    town: 'Springwood',
    radiusKm: 25,
    openings: 3,
    closesInDays: 120,
  },
  {
    // A gap inside the Greater Escarpment council's area: no opportunity
    // near Lawson builds financial literacy.
    employer: 'Summit Solar Installations',
    title: 'Customer quoting assistant',
    description:
      'Visit homes with our installers, measure roofs and help customers compare quotes, rebates and payback times.',
    skills: ['financial-literacy', 'communication'],
    town: 'Lawson',
    radiusKm: 8,
    openings: 1,
    closesInDays: 150,
  },
];

export const GREATER_MANCHESTER_SKILL_NEEDS: readonly DemoSkillNeed[] = [
  {
    employer: 'Northway Rail Engineering',
    title: 'Rail engineering apprentice',
    description:
      'Maintain trams and trains at our depot while you study for an engineering qualification one day a week.',
    skills: [
      'numeracy',
      'scientific-literacy',
      'critical-thinking',
      'collaboration',
    ],
    town: 'Manchester',
    radiusKm: 15,
    openings: 6,
    closesInDays: 90,
  },
  {
    employer: 'Northway Rail Engineering',
    title: 'Signalling technician trainee',
    description:
      'Test and fault-find signalling equipment on the lines around Stockport, working with a senior technician.',
    skills: ['ict-literacy', 'critical-thinking', 'persistence'],
    town: 'Stockport',
    radiusKm: 20,
    openings: 2,
    closesInDays: 130,
  },
  {
    employer: 'Cottonfield Care Group',
    title: 'Care assistant',
    description:
      'Help residents of our Bolton care homes with daily life, meals and activities. Training and a care certificate included.',
    skills: ['communication', 'adaptability', 'social-cultural-awareness'],
    town: 'Bolton',
    radiusKm: 12,
    openings: 8,
    closesInDays: 45,
  },
  {
    // A gap outside both demo council areas: no opportunity near Wigan
    // builds literacy, so it shows on the map but not in any insights.
    employer: 'Cottonfield Care Group',
    title: 'Activities coordinator assistant',
    description:
      'Plan reading groups, crafts and outings with the residents of our Wigan home, and write the weekly newsletter.',
    skills: ['literacy', 'creativity', 'communication'],
    town: 'Wigan',
    radiusKm: 10,
    openings: 2,
    closesInDays: 70,
  },
  {
    employer: 'Medlock Digital',
    title: 'Junior web developer',
    description:
      'Build websites and apps for charities and councils in a small team that pairs on most work.',
    skills: [
      'ict-literacy',
      'critical-thinking',
      'creativity',
      'collaboration',
    ],
    town: 'Manchester',
    radiusKm: 10,
    openings: 2,
    closesInDays: 60,
  },
  {
    // A gap inside the Mersey Vale council's area: no opportunity near
    // Altrincham builds financial literacy.
    employer: 'Medlock Digital',
    title: 'Accounts and billing apprentice',
    description:
      'Raise invoices, chase payments and keep the books at our Altrincham office, studying for an accounting qualification.',
    skills: ['numeracy', 'financial-literacy', 'ict-literacy'],
    town: 'Altrincham',
    radiusKm: 10,
    openings: 1,
    closesInDays: 160,
  },
];
