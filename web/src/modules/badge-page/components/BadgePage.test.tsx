import { jest } from '@jest/globals';
import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorReply, meHandler } from '@/modules/accounts/testing';

import { badgeFixture, verificationFixture, verifyReply } from '../testing';
import { BadgePage } from './BadgePage';

function renderBadgePage(id = 'cred-1') {
  return renderPage(<BadgePage />, {
    route: `/badges/${id}`,
    path: '/badges/:credentialId',
  });
}

function installBadge(credential: object | null, extra = {}) {
  return installFakeApi({
    Me: meHandler(null),
    BadgePage: () => ({ body: { data: { credential } } }),
    ...extra,
  });
}

describe('BadgePage', () => {
  // An Australian reader gets day-month-year dates.
  beforeEach(() => {
    jest.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-AU']);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  test('shows a shared badge signed out', async () => {
    const api = installBadge(badgeFixture());
    renderBadgePage();

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Bike Mechanic',
    });
    expect(heading).toBeInTheDocument();
    expect(document.title).toBe('Bike Mechanic – Learnscape');
    expect(api.requestsFor('BadgePage')[0]?.variables).toEqual({
      id: 'cred-1',
    });
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Badge image: Bike Mechanic' }),
    ).toHaveAttribute(
      'src',
      'http://localhost:3000/api/achievements/ach-1/image',
    );
    expect(screen.getByText('Status: Active')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Katoomba Bike Club' }),
    ).toHaveAttribute('href', 'https://bikes.example.org');
    expect(screen.getByText('5 March 2026')).toBeInTheDocument();
    expect(screen.getByText('Expires on')).toBeInTheDocument();
    expect(screen.getByText('5 March 2028')).toBeInTheDocument();
    expect(
      screen.getByText('Services a bike from brakes to gears.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Awarded to')).not.toBeInTheDocument();
  });

  test('renders criteria as Markdown', async () => {
    installBadge(badgeFixture());
    renderBadgePage();

    const criteria = await screen.findByRole('region', { name: 'Criteria' });
    expect(within(criteria).getByText('two').tagName).toBe('STRONG');
  });

  test('lists alignments, evidence and endorsements', async () => {
    installBadge(badgeFixture());
    renderBadgePage();

    const alignments = await screen.findByRole('region', {
      name: 'What it aligns to',
    });
    expect(within(alignments).getByText('11')).toBeInTheDocument();
    expect(within(alignments).getByText('Target 11.2')).toBeInTheDocument();
    expect(within(alignments).getByText('Collaboration')).toBeInTheDocument();
    expect(
      within(alignments).getByRole('link', {
        name: 'http://data.europa.eu/esco/skill/abc',
      }),
    ).toBeInTheDocument();

    const evidence = screen.getByRole('region', { name: 'Evidence' });
    const photo = within(evidence).getByRole('img', {
      name: 'Evidence photo: workshop.jpg',
    });
    expect(photo).toHaveAttribute(
      'src',
      'http://localhost:3000/api/files/file-1',
    );
    expect(photo.closest('a')).toHaveAttribute(
      'href',
      'http://localhost:3000/api/files/file-1',
    );
    expect(within(evidence).getByText('Truing a wheel.')).toBeInTheDocument();
    expect(
      within(evidence).getByRole('link', { name: 'Open Repair log' }),
    ).toHaveAttribute('href', 'https://bikes.example.org/log');

    const endorsements = screen.getByRole('region', { name: 'Endorsements' });
    expect(
      within(endorsements).getByText('A rigorous badge.'),
    ).toBeInTheDocument();
    expect(
      within(endorsements).getByText(
        'Endorsed by Blue Mountains Council on 1 February 2026',
      ),
    ).toBeInTheDocument();
    expect(
      within(endorsements).queryByText('Withdrawn praise.'),
    ).not.toBeInTheDocument();
  });

  test('shows a revoked badge with its reason', async () => {
    installBadge(
      badgeFixture({
        status: 'REVOKED',
        statusReason: 'Awarded to the wrong learner.',
        statusChangedAt: '2026-04-01T12:00:00.000Z',
      }),
    );
    renderBadgePage();

    expect(await screen.findByText('Status: Revoked')).toBeInTheDocument();
    expect(
      screen.getByText('Reason: Awarded to the wrong learner.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Since 1 April 2026/)).toBeInTheDocument();
  });

  test('shows an expired badge', async () => {
    installBadge(
      badgeFixture({ expired: true, validUntil: '2026-01-10T12:00:00.000Z' }),
    );
    renderBadgePage();

    expect(await screen.findByText('Status: Expired')).toBeInTheDocument();
    expect(screen.getByText('Expired on')).toBeInTheDocument();
    expect(
      screen.getByText('This badge was valid until 10 January 2026.'),
    ).toBeInTheDocument();
  });

  test('says not found without details', async () => {
    installFakeApi({
      Me: meHandler(null),
      BadgePage: () =>
        errorReply('Credential "cred-9" was not found.', {
          code: 'NOT_FOUND',
        }),
    });
    renderBadgePage('cred-9');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Badge not found' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'There is no badge at this address, or its recipient has not shared it.',
      ),
    ).toBeInTheDocument();
    expect(document.title).toBe('Badge not found – Learnscape');
    expect(screen.queryByRole('button', { name: 'Verify' })).toBeNull();
  });

  test('announces loading', () => {
    installFakeApi({
      Me: meHandler(null),
      BadgePage: () => new Promise(() => {}),
    });
    renderBadgePage();

    expect(screen.getByRole('status')).toHaveTextContent('Loading the badge…');
  });

  test('verify lists each check as passed', async () => {
    const user = userEvent.setup();
    const api = installBadge(badgeFixture(), {
      VerifyCredential: () => verifyReply(verificationFixture()),
    });
    renderBadgePage();

    await user.click(await screen.findByRole('button', { name: 'Verify' }));

    const results = await screen.findByRole('region', {
      name: 'Verification result',
    });
    expect(within(results).getByText('Verified')).toBeInTheDocument();
    const checks = within(results).getByRole('list', { name: 'Checks' });
    expect(within(checks).getAllByRole('listitem')).toHaveLength(7);
    expect(within(checks).getByText('Signature: Passed')).toBeInTheDocument();
    expect(
      within(checks).getByText('Not revoked or suspended: Passed'),
    ).toBeInTheDocument();
    expect(api.requestsFor('VerifyCredential')[0]?.variables).toEqual({
      input: { credential: '{"id":"urn:uuid:cred-1"}', recipientEmail: null },
    });
    await waitFor(() =>
      expect(
        screen.getByText('Verified: every check that applies passed.'),
      ).toBeInTheDocument(),
    );
  });

  test('verify reports a revoked badge as not verified', async () => {
    const user = userEvent.setup();
    installBadge(badgeFixture({ status: 'REVOKED' }), {
      VerifyCredential: () => verifyReply(verificationFixture(['STATUS'])),
    });
    renderBadgePage();

    await user.click(await screen.findByRole('button', { name: 'Verify' }));

    const results = await screen.findByRole('region', {
      name: 'Verification result',
    });
    expect(
      within(results).getByText('Could not be verified'),
    ).toBeInTheDocument();
    expect(within(results).queryByText('Verified')).toBeNull();
    expect(
      within(results).getByText('Not revoked or suspended: Failed'),
    ).toBeInTheDocument();
    expect(
      within(results).getByText('STATUS check found a problem.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Could not be verified: 1 check failed.'),
    ).toBeInTheDocument();
  });

  test('links to LinkedIn with the badge details', async () => {
    installBadge(badgeFixture());
    renderBadgePage();

    const link = await screen.findByRole('link', {
      name: /Add to LinkedIn profile/,
    });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.hostname).toBe('www.linkedin.com');
    expect(url.searchParams.get('name')).toBe('Bike Mechanic');
    expect(url.searchParams.get('organizationName')).toBe('Katoomba Bike Club');
    expect(url.searchParams.get('certUrl')).toBe(
      'http://localhost:3000/badges/cred-1',
    );
    expect(url.searchParams.get('certId')).toBe('cred-1');
    expect(link).toHaveAttribute('target', '_blank');
  });

  test('copies the e-mail signature', async () => {
    const user = userEvent.setup();
    installBadge(badgeFixture());
    renderBadgePage();

    const box = await screen.findByRole('textbox', {
      name: 'E-mail signature',
    });
    expect((box as HTMLTextAreaElement).value).toContain(
      '<a href="http://localhost:3000/badges/cred-1"',
    );
    await user.click(screen.getByRole('button', { name: 'Copy HTML' }));

    expect(await screen.findByText('The HTML is copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      (box as HTMLTextAreaElement).value,
    );
  });

  test('falls back when copying fails', async () => {
    const user = userEvent.setup();
    installBadge(badgeFixture());
    renderBadgePage();
    const box = await screen.findByRole('textbox', {
      name: 'E-mail signature',
    });
    jest
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValue(new Error('Not allowed'));

    await user.click(screen.getByRole('button', { name: 'Copy HTML' }));

    expect(
      await screen.findByText(
        'The HTML could not be copied automatically. Select the text in the box and copy it.',
      ),
    ).toBeInTheDocument();
    expect(box).toHaveFocus();
  });

  test('offers downloads to visitors', async () => {
    installBadge(badgeFixture());
    renderBadgePage();

    const downloads = await screen.findByRole('region', { name: 'Download' });
    expect(within(downloads).getAllByRole('link')).toHaveLength(4);
    expect(
      within(downloads).getByRole('link', { name: 'Credential (JSON)' }),
    ).toHaveAttribute('href', '/api/credentials/cred-1/credential.json');
    expect(
      within(downloads).getByRole('link', {
        name: 'Badge image with credential (PNG)',
      }),
    ).toHaveAttribute('href', '/api/credentials/cred-1/badge.png');
    expect(screen.queryByText(/Only the recipient and the issuer/)).toBeNull();
  });

  test('tells the recipient an unshared page is private', async () => {
    installBadge(
      badgeFixture({
        recipientEmail: 'lee@example.org',
        recipientName: 'Lee Learner',
        shared: false,
      }),
    );
    renderBadgePage();

    expect(await screen.findByText('Lee Learner')).toBeInTheDocument();
    expect(screen.getByText('Awarded to')).toBeInTheDocument();
    expect(
      screen.getByText(/Only the recipient and the issuer can see this page/),
    ).toBeInTheDocument();
  });
});
