/** A UN Sustainable Development Goal with its official number and colour. */
export interface SdgRecord {
  number: number;
  shortTitle: string;
  title: string;
  colour: string;
}

/** The 17 goals of the UN 2030 Agenda (resolution A/RES/70/1), with the colours of the UN SDG icons. */
export const SDGS: readonly SdgRecord[] = [
  {
    number: 1,
    shortTitle: 'No Poverty',
    colour: '#E5243B',
    title: 'End poverty in all its forms everywhere',
  },
  {
    number: 2,
    shortTitle: 'Zero Hunger',
    colour: '#DDA63A',
    title:
      'End hunger, achieve food security and improved nutrition and promote sustainable agriculture',
  },
  {
    number: 3,
    shortTitle: 'Good Health and Well-being',
    colour: '#4C9F38',
    title: 'Ensure healthy lives and promote well-being for all at all ages',
  },
  {
    number: 4,
    shortTitle: 'Quality Education',
    colour: '#C5192D',
    title:
      'Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all',
  },
  {
    number: 5,
    shortTitle: 'Gender Equality',
    colour: '#FF3A21',
    title: 'Achieve gender equality and empower all women and girls',
  },
  {
    number: 6,
    shortTitle: 'Clean Water and Sanitation',
    colour: '#26BDE2',
    title:
      'Ensure availability and sustainable management of water and sanitation for all',
  },
  {
    number: 7,
    shortTitle: 'Affordable and Clean Energy',
    colour: '#FCC30B',
    title:
      'Ensure access to affordable, reliable, sustainable and modern energy for all',
  },
  {
    number: 8,
    shortTitle: 'Decent Work and Economic Growth',
    colour: '#A21942',
    title:
      'Promote sustained, inclusive and sustainable economic growth, full and productive employment and decent work for all',
  },
  {
    number: 9,
    shortTitle: 'Industry, Innovation and Infrastructure',
    colour: '#FD6925',
    title:
      'Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation',
  },
  {
    number: 10,
    shortTitle: 'Reduced Inequalities',
    colour: '#DD1367',
    title: 'Reduce inequality within and among countries',
  },
  {
    number: 11,
    shortTitle: 'Sustainable Cities and Communities',
    colour: '#FD9D24',
    title:
      'Make cities and human settlements inclusive, safe, resilient and sustainable',
  },
  {
    number: 12,
    shortTitle: 'Responsible Consumption and Production',
    colour: '#BF8B2E',
    title: 'Ensure sustainable consumption and production patterns',
  },
  {
    number: 13,
    shortTitle: 'Climate Action',
    colour: '#3F7E44',
    title: 'Take urgent action to combat climate change and its impacts',
  },
  {
    number: 14,
    shortTitle: 'Life Below Water',
    colour: '#0A97D9',
    title:
      'Conserve and sustainably use the oceans, seas and marine resources for sustainable development',
  },
  {
    number: 15,
    shortTitle: 'Life on Land',
    colour: '#56C02B',
    title:
      'Protect, restore and promote sustainable use of terrestrial ecosystems, sustainably manage forests, combat desertification, and halt and reverse land degradation and halt biodiversity loss',
  },
  {
    number: 16,
    shortTitle: 'Peace, Justice and Strong Institutions',
    colour: '#00689D',
    title:
      'Promote peaceful and inclusive societies for sustainable development, provide access to justice for all and build effective, accountable and inclusive institutions at all levels',
  },
  {
    number: 17,
    shortTitle: 'Partnerships for the Goals',
    colour: '#19486A',
    title:
      'Strengthen the means of implementation and revitalize the Global Partnership for Sustainable Development',
  },
];
