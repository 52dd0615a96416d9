import type { Random } from '../random/random.js';

// Street names common to Australian, British, Irish and New Zealand towns.
const STREETS = [
  'Station Street',
  'Church Street',
  'High Street',
  'Park Road',
  'Market Street',
  'Mill Lane',
  'Victoria Road',
  'George Street',
  'Queen Street',
  'Bridge Street',
  'King Street',
  'School Lane',
];

const COMMUNITY_VENUES = [
  'Community Hall',
  'Neighbourhood Centre',
  'Library meeting room',
  'Youth Centre',
  'Town Hall annexe',
  'Scout Hall',
];

/** Makes up an address in a real town, such as "14 Mill Lane, Leura NSW". */
export function streetAddress(
  town: string,
  suffix: string,
  random: Random,
): string {
  return `${random.int(1, 180)} ${random.pick(STREETS)}, ${town}${suffix}`;
}

/** Names a community venue in a town, such as "Leura Community Hall". */
export function communityVenueName(town: string, random: Random): string {
  return `${town} ${random.pick(COMMUNITY_VENUES)}`;
}
