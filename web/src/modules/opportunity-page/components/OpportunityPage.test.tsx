import { jest } from '@jest/globals';
import { type Handler, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';
import {
  sessionFixture,
  sessionPlacesReply,
} from '@/modules/registrations/testing';

import {
  OPPORTUNITY_ID,
  opportunityPageReply,
  pageOpportunityFixture,
} from '../testing';
import { OpportunityPage } from './OpportunityPage';

function renderOpportunityPage(id = OPPORTUNITY_ID) {
  return renderPage(<OpportunityPage />, {
    route: `/opportunities/${id}`,
    path: '/opportunities/:opportunityId',
  });
}

function installPage(page: Handler, extra: Record<string, Handler> = {}) {
  return installFakeApi({
    Me: meHandler(null),
    OpportunityPage: page,
    SessionPlaces: () =>
      sessionPlacesReply(OPPORTUNITY_ID, [sessionFixture('session-1', 5)]),
    ...extra,
  });
}

async function findTitle(name: string) {
  return screen.findByRole('heading', { level: 1, name });
}

describe('OpportunityPage', () => {
  // An Australian reader gets day-month-year dates.
  beforeEach(() => {
    jest.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-AU']);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  test('shows a published opportunity signed out', async () => {
    const api = installPage(() =>
      opportunityPageReply(pageOpportunityFixture()),
    );
    renderOpportunityPage();

    await findTitle('Bike Repair Workshop');
    expect(document.title).toBe('Bike Repair Workshop – Learnscape');
    expect(api.requestsFor('OpportunityPage')[0]?.variables).toEqual({
      id: OPPORTUNITY_ID,
    });
    expect(screen.getByText('Workshop · In person')).toBeInTheDocument();
    expect(screen.getByText('By Katoomba Bike Club')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(
      within(details).getByText('Learn to fix brakes, gears and punctures.'),
    ).toBeInTheDocument();
    expect(within(details).getByText('your own bike').tagName).toBe('STRONG');
    expect(within(details).getByText('Free')).toBeInTheDocument();
    expect(within(details).getByText('16 to 24')).toBeInTheDocument();
    expect(within(details).getByText('Literacy')).toBeInTheDocument();
    expect(within(details).getByText('Collaboration')).toBeInTheDocument();
    expect(
      within(details).getByText('Sustainable Cities and Communities'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Edit this listing' }),
    ).toBeNull();
    expect(screen.queryByText(/draft/i)).toBeNull();
  });

  test('session dates use the viewer locale and session zone', async () => {
    installPage(() => opportunityPageReply(pageOpportunityFixture()));
    renderOpportunityPage();

    const details = await screen.findByRole('region', { name: 'Details' });
    // 23:00 UTC on 6 March is 10 am on 7 March in Sydney's daylight time.
    const time = within(details).getByText(/7 Mar 2027/);
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2027-03-06T23:00:00.000Z');
    expect(time).toHaveTextContent(/10:00\s?am/i);
    expect(time).toHaveTextContent(/12:30\s?pm/i);
    expect(time).toHaveTextContent(/AEDT/);
  });

  test('lists accessibility support and information', async () => {
    installPage(() => opportunityPageReply(pageOpportunityFixture()));
    renderOpportunityPage();

    const details = await screen.findByRole('region', { name: 'Details' });
    expect(
      within(details).getByRole('heading', { name: 'Accessibility' }),
    ).toBeInTheDocument();
    const items = within(details).getByText('Support for')
      .nextElementSibling as HTMLElement;
    expect(
      within(items)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Deaf or hard-of-hearing people',
      'People with a physical disability or limited mobility',
    ]);
    expect(
      within(details).getByText('Step-free entry from Parke Street.'),
    ).toBeInTheDocument();
  });

  test('says when accessibility is not described', async () => {
    installPage(() =>
      opportunityPageReply(
        pageOpportunityFixture({
          accessibilitySupport: [],
          accessibilityInformation: null,
        }),
      ),
    );
    renderOpportunityPage();

    expect(
      await screen.findByText(
        'The provider has not given accessibility details. Contact them to ask about your needs.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Support for')).toBeNull();
  });

  test('links the sessions as an iCalendar file', async () => {
    installPage(() => opportunityPageReply(pageOpportunityFixture()));
    renderOpportunityPage();

    const takePart = await screen.findByRole('region', { name: 'Take part' });
    const link = within(takePart).getByRole('link', {
      name: 'Add to calendar',
    });
    expect(link).toHaveAttribute(
      'href',
      `/api/opportunities/${OPPORTUNITY_ID}/calendar.ics`,
    );
    expect(link).toHaveAttribute('download');
    expect(link).toHaveAccessibleDescription(
      'Downloads every session as an .ics file for your calendar app.',
    );
  });

  test('offers registration through the shared section', async () => {
    // Signing in returns to the browser's address, which the memory
    // router does not change.
    window.history.replaceState(null, '', `/opportunities/${OPPORTUNITY_ID}`);
    const api = installPage(() =>
      opportunityPageReply(pageOpportunityFixture()),
    );
    renderOpportunityPage();

    const takePart = await screen.findByRole('region', { name: 'Take part' });
    const signIn = await within(takePart).findByRole('link', {
      name: 'Sign in to register',
    });
    expect(signIn).toHaveAttribute(
      'href',
      `/sign-in?next=%2Fopportunities%2F${OPPORTUNITY_ID}`,
    );
    await waitFor(() => expect(takePart).toHaveTextContent('3 places left'));
    expect(api.requestsFor('SessionPlaces')[0]?.variables).toEqual({
      opportunityId: OPPORTUNITY_ID,
      signedIn: false,
    });
    window.history.replaceState(null, '', '/');
  });

  test('shows the badge it earns', async () => {
    installPage(() => opportunityPageReply(pageOpportunityFixture()));
    renderOpportunityPage();

    const badge = await screen.findByRole('region', {
      name: 'Badge you can earn',
    });
    expect(
      within(badge).getByRole('img', { name: 'Badge image: Bike Mechanic' }),
    ).toHaveAttribute(
      'src',
      'http://localhost:3000/api/achievements/ach-1/image',
    );
    expect(within(badge).getByText('Bike Mechanic')).toBeInTheDocument();
    expect(
      within(badge).getByText(
        'Taking part earns this Open Badge from Katoomba Bike Club.',
      ),
    ).toBeInTheDocument();
  });

  test('shows the venue on a map and as text', async () => {
    installPage(() => opportunityPageReply(pageOpportunityFixture()));
    renderOpportunityPage();

    const where = await screen.findByRole('region', { name: 'Where' });
    const figure = within(where).getByRole('figure', {
      name: 'Map showing where Katoomba Library is',
    });
    expect(figure.querySelector('.leaflet-container')).not.toBeNull();
    expect(figure.querySelector('.leaflet-marker-icon')).not.toBeNull();
    expect(within(figure).getByText('Katoomba Library')).toBeInTheDocument();
    expect(
      within(figure).getByText('30 Parke Street, Katoomba NSW 2780'),
    ).toBeInTheDocument();
  });

  test('online listing without sessions or badge', async () => {
    installPage(() =>
      opportunityPageReply(
        pageOpportunityFixture({
          mode: 'ONLINE',
          location: null,
          venueName: null,
          venueAddress: null,
          place: null,
          sessions: [],
          achievement: null,
        }),
      ),
    );
    renderOpportunityPage();

    const where = await screen.findByRole('region', { name: 'Where' });
    expect(
      within(where).getByText(
        'This opportunity runs online; the provider sends joining details.',
      ),
    ).toBeInTheDocument();
    expect(within(where).queryByRole('figure')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Take part' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Add to calendar' })).toBeNull();
    expect(
      screen.queryByRole('region', { name: 'Badge you can earn' }),
    ).toBeNull();
  });

  test('adds no JSON-LD of its own', async () => {
    installPage(() => opportunityPageReply(pageOpportunityFixture()));
    renderOpportunityPage();

    await findTitle('Bike Repair Workshop');
    expect(
      document.querySelector('script[type="application/ld+json"]'),
    ).toBeNull();
  });

  test('copies the page link', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn(async (_text: string) => {});
    jest
      .spyOn(navigator, 'clipboard', 'get')
      .mockReturnValue({ writeText } as unknown as Clipboard);
    installPage(() => opportunityPageReply(pageOpportunityFixture()));
    renderOpportunityPage();

    const share = await screen.findByRole('region', { name: 'Share' });
    const pageUrl = `${window.location.origin}/opportunities/${OPPORTUNITY_ID}`;
    expect(
      within(share).getByRole('textbox', { name: 'Link to this page' }),
    ).toHaveValue(pageUrl);
    await user.click(within(share).getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledWith(pageUrl);
    expect(within(share).getByRole('status')).toHaveTextContent('Link copied.');
  });

  test('draft shows its status and edit link to members', async () => {
    installPage(
      () =>
        opportunityPageReply(
          pageOpportunityFixture({ status: 'DRAFT', viewerCanEdit: true }),
        ),
      { Me: meHandler(viewerFixture()) },
    );
    renderOpportunityPage();

    await findTitle('Bike Repair Workshop');
    expect(
      screen.getByText(
        'This listing is a draft. Only Katoomba Bike Club and moderators can see this page until it is published.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Edit this listing' }),
    ).toHaveAttribute('href', `/opportunities/${OPPORTUNITY_ID}/edit`);
  });

  test('unknown opportunity reads as not found', async () => {
    installPage(() => opportunityPageReply(null));
    renderOpportunityPage();

    await findTitle('Opportunity not found');
    expect(document.title).toBe('Opportunity not found – Learnscape');
    expect(
      screen.getByText(
        'This opportunity does not exist, or it is no longer published.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Find opportunities near you' }),
    ).toHaveAttribute('href', '/');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('malformed id reads as not found', async () => {
    installPage(() =>
      errorReply('id "nope" is not an opportunity id; expected a UUID.', {
        code: 'BAD_USER_INPUT',
      }),
    );
    renderOpportunityPage('nope');

    await findTitle('Opportunity not found');
  });

  test('server failure offers a retry', async () => {
    const user = userEvent.setup();
    let failing = true;
    installPage(() =>
      failing
        ? errorReply('Internal server error', {
            code: 'INTERNAL_SERVER_ERROR',
          })
        : opportunityPageReply(pageOpportunityFixture()),
    );
    renderOpportunityPage();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The opportunity could not be loaded.');
    expect(alert).not.toHaveTextContent('Internal server error');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await findTitle('Bike Repair Workshop');
  });

  test('shows a loading state first', async () => {
    installPage(() => opportunityPageReply(pageOpportunityFixture()));
    renderOpportunityPage();

    expect(screen.getByRole('status')).toHaveTextContent(
      'Loading the opportunity…',
    );
    await findTitle('Bike Repair Workshop');
  });
});
