import { displayStatus } from './badge-status';
import { emailSignatureHtml } from './email-signature';
import { linkedInAddToProfileUrl } from './linkedin';

describe('linkedInAddToProfileUrl', () => {
  const badge = {
    name: 'Bike Mechanic & Co',
    organizationName: 'Katoomba Bike Club',
    issuedAt: '2026-03-05T02:00:00.000Z',
    certUrl: 'https://learnscape.example.org/badges/c-1',
    certId: 'c-1',
  };

  test('fills in the certification form', () => {
    const url = new URL(linkedInAddToProfileUrl(badge));

    expect(url.origin + url.pathname).toBe(
      'https://www.linkedin.com/profile/add',
    );
    expect(url.searchParams.get('startTask')).toBe('CERTIFICATION_NAME');
    expect(url.searchParams.get('name')).toBe('Bike Mechanic & Co');
    expect(url.searchParams.get('organizationName')).toBe('Katoomba Bike Club');
    expect(url.searchParams.get('issueYear')).toBe('2026');
    expect(url.searchParams.get('issueMonth')).toBe('3');
    expect(url.searchParams.get('certUrl')).toBe(badge.certUrl);
    expect(url.searchParams.get('certId')).toBe('c-1');
    expect(url.searchParams.has('expirationYear')).toBe(false);
  });

  test('adds the expiry month when the badge expires', () => {
    const url = new URL(
      linkedInAddToProfileUrl({
        ...badge,
        validUntil: '2027-12-31T12:00:00.000Z',
      }),
    );

    expect(url.searchParams.get('expirationYear')).toBe('2027');
    expect(url.searchParams.get('expirationMonth')).toBe('12');
  });
});

describe('emailSignatureHtml', () => {
  test('links the image and the text to the page', () => {
    const html = emailSignatureHtml({
      pageUrl: 'https://learnscape.example.org/badges/c-1',
      imageUrl: 'https://learnscape.example.org/api/achievements/a-1/image',
      imageAlt: 'Bike Mechanic',
      linkText: 'Bike Mechanic, issued by Katoomba Bike Club',
    });
    const container = document.createElement('div');
    container.innerHTML = html;
    const links = container.querySelectorAll('a');

    expect(links).toHaveLength(2);
    expect(links[0]?.getAttribute('href')).toBe(
      'https://learnscape.example.org/badges/c-1',
    );
    expect(container.querySelector('img')?.getAttribute('src')).toBe(
      'https://learnscape.example.org/api/achievements/a-1/image',
    );
    expect(links[1]?.textContent).toBe(
      'Bike Mechanic, issued by Katoomba Bike Club',
    );
  });

  test('escapes a hostile badge name', () => {
    const html = emailSignatureHtml({
      pageUrl: 'https://learnscape.example.org/badges/c-1',
      imageUrl: 'https://learnscape.example.org/i.png',
      imageAlt: '"><script>alert(1)</script>',
      linkText: '<b onclick="x()">Bold</b>',
    });
    const container = document.createElement('div');
    container.innerHTML = html;

    expect(html).not.toContain('<script>');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')?.getAttribute('alt')).toBe(
      '"><script>alert(1)</script>',
    );
  });
});

describe('displayStatus', () => {
  test.each([
    ['ACTIVE', false, 'ACTIVE'],
    ['ACTIVE', true, 'EXPIRED'],
    ['SUSPENDED', true, 'SUSPENDED'],
    ['REVOKED', true, 'REVOKED'],
    ['REVOKED', false, 'REVOKED'],
  ] as const)('%s and expired %s shows %s', (status, expired, shown) => {
    expect(displayStatus({ status, expired })).toBe(shown);
  });
});
