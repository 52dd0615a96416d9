import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('uses the embedded database and port 3000 by default', () => {
    const config = loadConfig({}, '/srv/learnscape');
    expect(config.databaseUrl).toBeNull();
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('/srv/learnscape/.data/pglite');
    expect(config.webDistDir).toBe('/srv/learnscape/web/dist');
    expect(config.seedDemo).toBe(true);
    expect(config.tileUrl).toContain('{z}/{x}/{y}');
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://db/learnscape',
        DATA_DIR: '/tmp/data',
        SEED_DEMO: 'false',
        GAZETTEER_COUNTRIES: 'au, gb',
        TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png',
        NODE_ENV: 'production',
      },
      '/srv/learnscape',
    );
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://db/learnscape');
    expect(config.dataDir).toBe('/tmp/data');
    expect(config.seedDemo).toBe(false);
    expect(config.gazetteerCountries).toEqual(['AU', 'GB']);
    expect(config.logLevel).toBe('info');
    expect(config.production).toBe(true);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }, /PORT is "eighty"/],
    ['PORT range', { PORT: '70000' }, /0 to 65535/],
    [
      'SEED_DEMO',
      { SEED_DEMO: 'maybe' },
      /SEED_DEMO is "maybe"; expected true or false/,
    ],
    [
      'GAZETTEER_COUNTRIES',
      { GAZETTEER_COUNTRIES: 'AUS' },
      /two-letter country codes/,
    ],
    [
      'LOG_LEVEL',
      { LOG_LEVEL: 'loud' },
      /LOG_LEVEL is "loud"; expected one of/,
    ],
    [
      'LOG_FORMAT',
      { LOG_FORMAT: 'xml' },
      /LOG_FORMAT is "xml"; expected pretty or json/,
    ],
  ])('rejects an invalid %s', (_name, env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
