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
        KEY_ENCRYPTION_KEY: 'ab'.repeat(32),
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
    expect(config.keyEncryptionKey).toEqual(Buffer.alloc(32, 0xab));
  });

  it('requires a key encryption key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /KEY_ENCRYPTION_KEY is missing/,
    );
  });

  it('reads a base64 key encryption key', () => {
    const key = Buffer.alloc(32, 7);
    const config = loadConfig({ KEY_ENCRYPTION_KEY: key.toString('base64') });
    expect(config.keyEncryptionKey).toEqual(key);
  });

  it('rejects a short key encryption key', () => {
    expect(() => loadConfig({ KEY_ENCRYPTION_KEY: 'abcd' })).toThrow(
      /decodes to 3 bytes; expected 32/,
    );
  });

  it('leaves the development key to a file', () => {
    const config = loadConfig({}, '/srv/learnscape');
    expect(config.keyEncryptionKey).toBeNull();
    expect(config.keyEncryptionKeyFile).toBe(
      '/srv/learnscape/.data/key-encryption-key',
    );
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

  describe('PUBLIC_URL', () => {
    it('defaults to localhost on the port', () => {
      expect(loadConfig({ PORT: '8080' }).publicUrl).toBe(
        'http://localhost:8080',
      );
    });

    it('drops trailing slashes, a query and a fragment', () => {
      expect(
        loadConfig({ PUBLIC_URL: 'https://learn.example.org/app//?x=1#top' })
          .publicUrl,
      ).toBe('https://learn.example.org/app');
      expect(
        loadConfig({ PUBLIC_URL: 'https://learn.example.org/' }).publicUrl,
      ).toBe('https://learn.example.org');
    });

    it('keeps a port', () => {
      expect(
        loadConfig({ PUBLIC_URL: 'http://127.0.0.1:5173' }).publicUrl,
      ).toBe('http://127.0.0.1:5173');
    });

    it.each([
      [
        'a relative URL',
        'learn.example.org',
        /expected an absolute http or https URL/,
      ],
      [
        'another scheme',
        'ftp://learn.example.org',
        /expected an http or https URL/,
      ],
    ])('rejects %s', (_case, value, message) => {
      expect(() => loadConfig({ PUBLIC_URL: value })).toThrow(ConfigError);
      expect(() => loadConfig({ PUBLIC_URL: value })).toThrow(message);
    });
  });

  describe('SMTP_URL', () => {
    it('defaults to the outbox', () => {
      expect(loadConfig({}).smtpUrl).toBeNull();
      expect(loadConfig({ SMTP_URL: '' }).smtpUrl).toBeNull();
    });

    it.each([
      'smtp://user:secret@mail.example.org:587',
      'smtps://mail.example.org',
    ])('accepts %s', (value) => {
      expect(loadConfig({ SMTP_URL: value }).smtpUrl).toBe(value);
    });

    it('rejects another scheme', () => {
      expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(
        /SMTP_URL uses "http:"; expected smtp: or smtps:/,
      );
    });

    it('rejects an invalid URL without repeating it', () => {
      let message = '';
      try {
        loadConfig({ SMTP_URL: 'not a url with s3cret' });
      } catch (error) {
        message = (error as Error).message;
      }

      expect(message).toMatch(/SMTP_URL is not a valid URL/);
      expect(message).not.toContain('s3cret');
    });
  });

  describe('OPEN_DATA_TOMBSTONE_DAYS', () => {
    it('defaults to 7 days', () => {
      expect(loadConfig({}).openDataTombstoneDays).toBe(7);
    });

    it('reads a longer retention', () => {
      const config = loadConfig({ OPEN_DATA_TOMBSTONE_DAYS: '30' });
      expect(config.openDataTombstoneDays).toBe(30);
    });

    it.each(['6', '0', '7.5', 'week'])('rejects %s', (raw) => {
      expect(() => loadConfig({ OPEN_DATA_TOMBSTONE_DAYS: raw })).toThrow(
        ConfigError,
      );
      expect(() => loadConfig({ OPEN_DATA_TOMBSTONE_DAYS: raw })).toThrow(
        /at least 7/,
      );
    });
  });
});
