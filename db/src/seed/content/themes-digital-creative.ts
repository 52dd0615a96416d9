import type { Theme } from './theme.js';

/** Themes about technology, science and the creative arts. */
export const DIGITAL_CREATIVE_THEMES: readonly Theme[] = [
  {
    id: 'coding',
    topic: 'coding for the web',
    sdgs: [9, 4, 8],
    skills: ['ict-literacy', 'critical-thinking', 'creativity', 'persistence'],
    activities: [
      'build and publish a small website with HTML, CSS and JavaScript',
      'use version control to track your changes',
      'fix bugs with a mentor and learn how to read error messages',
      'present what you built to the group',
    ],
    role: 'junior web developer',
  },
  {
    id: 'robotics',
    topic: 'robotics and electronics',
    sdgs: [9, 4],
    skills: [
      'ict-literacy',
      'critical-thinking',
      'collaboration',
      'creativity',
    ],
    activities: [
      'wire up sensors and motors on a microcontroller',
      'program a robot to follow a line and avoid obstacles',
      'solder a small circuit board safely',
      'work in a team to solve a build challenge',
    ],
    role: 'electronics workshop assistant',
  },
  {
    id: 'ai-literacy',
    topic: 'data and AI literacy',
    sdgs: [9, 4, 16],
    skills: ['ict-literacy', 'critical-thinking', 'numeracy', 'curiosity'],
    activities: [
      'explore how recommendation feeds choose what you see',
      'test an AI chatbot and check its answers against sources',
      'make charts from an open data set about your town',
      'talk through privacy and fairness with the group',
    ],
    role: 'data analyst trainee',
  },
  {
    id: 'women-in-stem',
    topic: 'science and engineering for young women',
    sdgs: [5, 9, 4],
    skills: ['scientific-literacy', 'leadership', 'curiosity', 'persistence'],
    activities: [
      'run hands-on experiments with engineers and scientists',
      'design and test a prototype in a small team',
      'hear how women in STEM built their careers',
      'plan the next step in your own studies',
    ],
    role: 'laboratory assistant',
  },
  {
    id: 'podcasting',
    topic: 'podcasting and audio storytelling',
    sdgs: [4, 9, 16],
    skills: ['communication', 'creativity', 'ict-literacy', 'literacy'],
    activities: [
      'plan and script a short episode',
      'record interviews with professional microphones',
      'edit audio and add music and sound effects',
      'publish your episode on the group podcast feed',
    ],
    role: 'audio production assistant',
  },
  {
    id: 'film-making',
    topic: 'short film-making',
    sdgs: [4, 11],
    skills: ['creativity', 'collaboration', 'communication', 'ict-literacy'],
    activities: [
      'write a one-page script and storyboard it',
      'shoot scenes on a phone with simple lighting',
      'edit the film and add titles and sound',
      'screen the finished films to family and friends',
    ],
    role: 'video production assistant',
  },
  {
    id: 'photography',
    topic: 'photography',
    sdgs: [11, 4],
    skills: ['creativity', 'curiosity', 'ict-literacy'],
    activities: [
      'learn composition, light and exposure',
      'go on a photo walk around town',
      'edit your photos and choose your best five',
      'exhibit the group’s work at a local venue',
    ],
    role: 'studio photography assistant',
  },
];
