import { Random } from '../random/random.js';
import { type GazetteerPlace, PlaceSampler } from './place-sampler.js';

function place(id: number, population: number): GazetteerPlace {
  return {
    id,
    name: `Place ${id}`,
    countryCode: 'AU',
    adminCode: '02',
    population,
    lon: 150,
    lat: -33,
  };
}

describe('PlaceSampler', () => {
  it('picks places in proportion to population', () => {
    const sampler = new PlaceSampler([place(1, 90_000), place(2, 10_000)]);
    const random = new Random(59);
    const picks = Array.from({ length: 10_000 }, () => sampler.sample(random));
    const large = picks.filter((picked) => picked.id === 1).length;

    expect(large / picks.length).toBeGreaterThan(0.88);
    expect(large / picks.length).toBeLessThan(0.92);
  });

  it('still picks places with no recorded population', () => {
    const sampler = new PlaceSampler([place(1, 0), place(2, 0)]);
    const random = new Random(61);
    const ids = new Set(
      Array.from({ length: 100 }, () => sampler.sample(random).id),
    );

    expect(ids).toEqual(new Set([1, 2]));
  });

  it('rejects an empty list', () => {
    expect(() => new PlaceSampler([])).toThrow('empty list of places');
  });
});
