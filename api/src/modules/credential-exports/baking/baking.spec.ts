import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { drawBadgePng, encodeRgbaPng } from './badge-png.js';
import {
  BADGE_KEYWORD,
  bakePng,
  InvalidPngError,
  readPngChunks,
  unbakePng,
} from './png-baking.js';
import {
  bakeSvg,
  InvalidSvgError,
  OB3_SVG_NAMESPACE,
  unbakeSvg,
} from './svg-baking.js';

interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
}

// pngjs is an independent PNG decoder (installed with qrcode), used to check
// that what we encode and bake is still a PNG other software can read.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
  PNG: { sync: { read(png: Buffer): DecodedPng } };
};

const CREDENTIAL = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  id: 'urn:uuid:0b7f0d6e-6c1a-4a59-9d3f-2f0c3f1f8a11',
  name: 'Café ]]> “quotes” & <tags>',
};
const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl';

function badgeChunkCount(png: Buffer): number {
  return readPngChunks(png).filter(
    (chunk) =>
      chunk.type === 'iTXt' &&
      chunk.data.toString('latin1').startsWith(`${BADGE_KEYWORD}\0`),
  ).length;
}

describe('encodeRgbaPng', () => {
  it('produces a PNG that pngjs decodes', () => {
    const png = drawBadgePng('#E5243B', 32);
    const decoded = PNG.sync.read(png);

    expect(decoded.width).toBe(32);
    expect(decoded.height).toBe(32);
    // The centre pixel has the badge colour, fully opaque.
    const centre = (16 * 32 + 16) * 4;
    expect([...decoded.data.subarray(centre, centre + 4)]).toEqual([
      0xe5, 0x24, 0x3b, 255,
    ]);
    // The corner is transparent.
    expect(decoded.data[3]).toBe(0);
  });

  it('is recognised by file(1) when installed', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'badge-png-'));
    try {
      const file = path.join(folder, 'badge.png');
      writeFileSync(file, bakePng(drawBadgePng('#4C9F38', 64), '{}'));
      let description: string;
      try {
        description = execFileSync('file', ['-b', file]).toString();
      } catch {
        return; // file(1) is not installed here; pngjs covers decoding.
      }
      expect(description).toContain('PNG image data, 64 x 64');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('rejects a pixel buffer of the wrong size', () => {
    expect(() => encodeRgbaPng(2, 2, Buffer.alloc(3))).toThrow(RangeError);
  });
});

describe('bakePng', () => {
  const image = drawBadgePng('#26BDE2', 16);

  it('round-trips JSON and keeps the image decodable', () => {
    const json = JSON.stringify(CREDENTIAL);
    const baked = bakePng(image, json);

    expect(unbakePng(baked)).toBe(json);
    expect(PNG.sync.read(baked).width).toBe(16);
    expect(readPngChunks(baked).at(-1)?.type).toBe('IEND');
    expect(readPngChunks(baked).at(-2)?.type).toBe('iTXt');
  });

  it('writes an uncompressed iTXt chunk with empty tags', () => {
    const chunk = readPngChunks(bakePng(image, JWS)).find(
      (candidate) => candidate.type === 'iTXt',
    )!;

    expect(chunk.data.toString('latin1')).toBe(
      `${BADGE_KEYWORD}\0\0\0\0\0${JWS}`,
    );
  });

  it('replaces an existing credential chunk', () => {
    const twice = bakePng(bakePng(image, 'first'), JWS);

    expect(badgeChunkCount(twice)).toBe(1);
    expect(unbakePng(twice)).toBe(JWS);
  });

  it('returns null for a PNG without a credential', () => {
    expect(unbakePng(image)).toBeNull();
  });

  it('rejects input that is not a PNG', () => {
    expect(() => bakePng(Buffer.from('GIF89a'), JWS)).toThrow(
      /not a PNG image/,
    );
    expect(() => unbakePng(Buffer.alloc(0))).toThrow(InvalidPngError);
  });

  it('rejects a truncated PNG', () => {
    const baked = bakePng(image, JWS);

    expect(() => unbakePng(baked.subarray(0, baked.length - 20))).toThrow(
      InvalidPngError,
    );
    expect(() => unbakePng(baked.subarray(0, 10))).toThrow(/truncated/);
  });

  it('rejects a chunk length past the end of the file', () => {
    const baked = Buffer.from(bakePng(image, JWS));
    baked.writeUInt32BE(0xfffffff0, 8);

    expect(() => unbakePng(baked)).toThrow(/more than the file holds/);
  });

  it('rejects a chunk with a bad CRC', () => {
    const baked = Buffer.from(bakePng(image, JWS));
    const text = baked.indexOf(JWS);
    baked[text] = 'X'.charCodeAt(0);

    expect(() => unbakePng(baked)).toThrow(/CRC does not match/);
  });

  it('rejects a compressed credential chunk', () => {
    const chunks = readPngChunks(bakePng(image, JWS));
    const badge = chunks.find((chunk) => chunk.type === 'iTXt')!;
    const baked = Buffer.from(bakePng(image, JWS));
    // Set the compression flag, then fix the CRC so only the flag is wrong.
    const flag = badge.start + 8 + BADGE_KEYWORD.length + 1;
    baked[flag] = 1;
    const { crc32 } = createRequire(import.meta.url)('node:zlib') as {
      crc32(data: Buffer): number;
    };
    baked.writeUInt32BE(
      crc32(baked.subarray(badge.start + 4, badge.end - 4)),
      badge.end - 4,
    );

    expect(() => unbakePng(baked)).toThrow(/compressed/);
  });
});

describe('bakeSvg', () => {
  const svg = `<?xml version="1.0"?>
<!-- a badge -->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="5"/></svg>`;

  it('round-trips JSON in CDATA, including "]]>"', () => {
    const baked = bakeSvg(svg, CREDENTIAL);
    const unbaked = unbakeSvg(baked);

    expect(JSON.parse(unbaked!.json!)).toEqual(CREDENTIAL);
    expect(baked).toContain(`xmlns:openbadges="${OB3_SVG_NAMESPACE}"`);
    expect(baked).toMatch(/<svg[^>]*><openbadges:credential>/);
    expect(baked).toContain('<![CDATA[');
    expect(baked).toContain('<circle r="5"/>');
  });

  it('puts a JWS in the verify attribute', () => {
    const baked = bakeSvg(svg, CREDENTIAL, JWS);

    expect(unbakeSvg(baked)).toEqual({ jwt: JWS });
    expect(baked).toContain(
      `<openbadges:credential verify="${JWS}"></openbadges:credential>`,
    );
  });

  it('replaces an existing credential', () => {
    const twice = bakeSvg(bakeSvg(svg, CREDENTIAL), CREDENTIAL, JWS);

    expect(twice.match(/<openbadges:credential/g)).toHaveLength(1);
    expect(unbakeSvg(twice)).toEqual({ jwt: JWS });
  });

  it('reads a credential under another prefix', () => {
    const foreign = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="${OB3_SVG_NAMESPACE}"><ob:credential><![CDATA[{"a":1}]]></ob:credential></svg>`;

    expect(unbakeSvg(foreign)).toEqual({ json: '{"a":1}' });
  });

  it('returns null for an SVG without a credential', () => {
    expect(unbakeSvg(svg)).toBeNull();
  });

  it('bakes a self-closing svg element', () => {
    const baked = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', {}, JWS);

    expect(baked).toMatch(/<\/openbadges:credential><\/svg>$/);
    expect(unbakeSvg(baked)).toEqual({ jwt: JWS });
  });

  it('rejects malformed tags and other roots', () => {
    expect(() =>
      unbakeSvg('<svg xmlns="http://www.w3.org/2000/svg" a=>'),
    ).toThrow(InvalidSvgError);
    expect(() => bakeSvg('<html></html>', CREDENTIAL)).toThrow(/root element/);
    expect(() => unbakeSvg('{"not":"svg"}')).toThrow(InvalidSvgError);
  });

  it('does not expand external entities', () => {
    const hostile = `<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>`;

    const baked = bakeSvg(hostile, CREDENTIAL);

    expect(baked).not.toContain('root:');
    expect(JSON.parse(unbakeSvg(baked)!.json!)).toEqual(CREDENTIAL);
  });
});
