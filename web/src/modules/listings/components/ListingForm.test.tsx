import { jest } from '@jest/globals';
import { type Handler, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { ListingFieldsFragment } from '@/gql/graphql';
import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { ListingForm } from './ListingForm';

type User = ReturnType<typeof userEvent.setup>;

const ORGANISATION_ID = 'org-1';

function storedListing(input: Record<string, unknown>) {
  return {
    __typename: 'Opportunity',
    id: 'opp-9',
    accessibilitySupport: [],
    accessibilityInformation: null,
    ...input,
    cost: {
      amountMinor: input.costMinor,
      currency: input.currency,
      free: input.costMinor === null,
    },
    location: input.location,
    sdgs: [],
    skills: [],
    sessions: [],
    status: 'DRAFT',
    moderationNote: null,
    updatedAt: '2027-01-01T00:00:00.000Z',
    viewerCanEdit: true,
    provider: { id: ORGANISATION_ID, name: 'Blue Mountains Youth Hub' },
  };
}

function renderNewForm(onSaved = jest.fn()) {
  renderPage(
    <ListingForm
      organisationId={ORGANISATION_ID}
      listing={null}
      onSaved={onSaved}
    />,
  );

  return onSaved;
}

/** A saved draft that is ready to be submitted for publishing. */
const SAVED_DRAFT = {
  ...storedListing({
    title: 'Coding Club',
    summary: 'Learn to build websites with friends.',
    description: '',
    kind: 'WORKSHOP',
    mode: 'IN_PERSON',
    location: { latitude: -33.71277, longitude: 150.31107 },
    venueName: 'Katoomba Library',
    venueAddress: null,
    costMinor: null,
    currency: null,
    minAge: null,
    maxAge: null,
    capacity: null,
  }),
  sessions: [
    {
      id: 'session-1',
      startsAt: '2027-03-01T23:00:00.000Z',
      endsAt: '2027-03-02T01:00:00.000Z',
      timeZone: 'Australia/Sydney',
    },
  ],
} as unknown as ListingFieldsFragment;

const UNVERIFIED_EMAIL =
  'Verify your e-mail address before submitting a listing; use the link we sent, or request a new one from your account page.';

function renderSavedDraft(
  me: Handler,
  refusal = errorReply(UNVERIFIED_EMAIL, {
    code: 'FORBIDDEN',
    reason: 'EMAIL_NOT_VERIFIED',
  }),
) {
  installFakeApi({
    Me: me,
    SubmitOpportunity: () => refusal,
  });
  renderPage(
    <ListingForm
      organisationId={ORGANISATION_ID}
      listing={SAVED_DRAFT}
      onSaved={jest.fn()}
    />,
  );
}

/** Types `text` as one paste, which keeps long fields quick under jsdom. */
async function enter(user: User, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

async function fillValidListing(user: User) {
  await enter(
    user,
    screen.getByRole('textbox', { name: 'Title' }),
    'Coding Club',
  );
  await enter(
    user,
    screen.getByRole('textbox', { name: 'Summary' }),
    'Learn to build websites with friends.',
  );
  await enter(
    user,
    screen.getByRole('textbox', { name: 'Venue name' }),
    'Katoomba Library',
  );
  await enter(
    user,
    screen.getByRole('spinbutton', { name: 'Latitude' }),
    '-33.71277',
  );
  await enter(
    user,
    screen.getByRole('spinbutton', { name: 'Longitude' }),
    '150.31107',
  );
}

describe('ListingForm validation', () => {
  test('shows a problem after leaving a field', async () => {
    const user = userEvent.setup();
    installFakeApi();
    renderNewForm();
    const title = screen.getByRole('textbox', { name: 'Title' });

    await user.type(title, 'Go');
    expect(title).not.toHaveAttribute('aria-invalid');
    await user.tab();

    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(
      '3 to 120 characters. This is 2 characters long; it must be 3 to 120.',
    );

    await user.type(title, 'od');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  test('failed save focuses the first invalid field', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    renderNewForm();

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const title = screen.getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription(
      '3 to 120 characters. This field is required.',
    );
    expect(screen.getByRole('textbox', { name: 'Venue name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      screen.getByText('Some fields need attention before saving.'),
    ).toHaveAttribute('role', 'status');
    expect(api.requestsFor('CreateOpportunity')).toHaveLength(0);
  });

  test('checks price, ages and session times', async () => {
    const user = userEvent.setup();
    installFakeApi();
    renderNewForm();

    await user.click(
      screen.getByRole('checkbox', { name: 'This opportunity costs money' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Price' }), '12.345');
    await user.type(
      screen.getByRole('spinbutton', { name: 'Minimum age' }),
      '18',
    );
    await user.type(
      screen.getByRole('spinbutton', { name: 'Maximum age' }),
      '16',
    );
    await user.click(screen.getByRole('button', { name: 'Add a session' }));
    const session = screen.getByRole('group', { name: 'Session 1' });
    const starts = within(session).getByLabelText('Starts');
    expect(starts).toHaveFocus();
    await user.type(starts, '2027-03-24T18:00');
    await user.type(within(session).getByLabelText('Ends'), '2027-03-24T17:00');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(
      screen.getByRole('textbox', { name: 'Price' }),
    ).toHaveAccessibleDescription(
      'In AUD, such as 12.50. Enter a price above 0 and at most 1000000, with at most 2 decimal places.',
    );
    expect(
      screen.getByRole('spinbutton', { name: 'Maximum age' }),
    ).toHaveAccessibleDescription(
      'The maximum age must be at least the minimum age, 18.',
    );
    expect(within(session).getByLabelText('Ends')).toHaveAccessibleDescription(
      'The session must end after it starts.',
    );
  });
});

describe('ListingForm saving', () => {
  test('sends the listing in API units', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      CreateOpportunity: (variables) => ({
        body: {
          data: {
            createOpportunity: storedListing(
              (variables.input as { listing: Record<string, unknown> }).listing,
            ),
          },
        },
      }),
    });
    const onSaved = renderNewForm();
    await fillValidListing(user);
    await user.click(
      screen.getByRole('checkbox', { name: 'This opportunity costs money' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Price' }), '12.5');
    await user.click(screen.getByRole('button', { name: 'Add a session' }));
    const session = screen.getByRole('group', { name: 'Session 1' });
    await user.selectOptions(
      within(session).getByRole('combobox', { name: 'Time zone' }),
      'Australia/Sydney',
    );
    await user.type(
      within(session).getByLabelText('Starts'),
      '2027-04-04T01:30',
    );
    await user.type(within(session).getByLabelText('Ends'), '2027-04-04T03:30');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('opp-9', true));
    const listing = api.requestsFor('CreateOpportunity')[0]?.variables
      .input as {
      organisationId: string;
      listing: Record<string, unknown>;
    };
    expect(listing.organisationId).toBe(ORGANISATION_ID);
    expect(listing.listing).toEqual({
      title: 'Coding Club',
      summary: 'Learn to build websites with friends.',
      description: '',
      kind: 'WORKSHOP',
      mode: 'IN_PERSON',
      location: { latitude: -33.71277, longitude: 150.31107 },
      venueName: 'Katoomba Library',
      venueAddress: null,
      costMinor: 1250,
      currency: 'AUD',
      minAge: null,
      maxAge: null,
      capacity: null,
      accessibilitySupport: [],
      accessibilityInformation: null,
      sdgs: [],
      skills: [],
      sessions: [
        {
          // 01:30 is daylight time (UTC+11) and 03:30 standard time (UTC+10).
          startsAt: '2027-04-03T14:30:00.000Z',
          endsAt: '2027-04-03T17:30:00.000Z',
          timeZone: 'Australia/Sydney',
        },
      ],
      achievementId: null,
    });
  });

  test('online listing hides and omits the venue', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      CreateOpportunity: (variables) => ({
        body: {
          data: {
            createOpportunity: storedListing(
              (variables.input as { listing: Record<string, unknown> }).listing,
            ),
          },
        },
      }),
    });
    renderNewForm();
    await enter(
      user,
      screen.getByRole('textbox', { name: 'Title' }),
      'Podcast Lab',
    );
    await enter(
      user,
      screen.getByRole('textbox', { name: 'Summary' }),
      'Record a podcast from home.',
    );

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'How people take part' }),
      'Online only',
    );
    expect(screen.queryByRole('textbox', { name: 'Venue name' })).toBeNull();
    expect(screen.queryByRole('spinbutton', { name: 'Latitude' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() =>
      expect(api.requestsFor('CreateOpportunity')).toHaveLength(1),
    );
    const input = api.requestsFor('CreateOpportunity')[0]!.variables.input as {
      listing: Record<string, unknown>;
    };
    expect(input.listing.location).toBeNull();
    expect(input.listing.venueName).toBeNull();
    expect(input.listing.costMinor).toBeNull();
    expect(input.listing.currency).toBeNull();
  });

  test('server problems show next to their fields', async () => {
    const user = userEvent.setup();
    installFakeApi({
      CreateOpportunity: () =>
        errorReply('The listing has 2 problems.', {
          code: 'BAD_USER_INPUT',
          field: 'input.listing.title',
          problems: [
            {
              field: 'input.listing.title',
              message: 'A listing with this title already exists.',
            },
            {
              field: 'input.listing.venueName',
              message: 'venueName contains a NUL character; remove it.',
            },
          ],
        }),
    });
    renderNewForm();
    await fillValidListing(user);

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const title = screen.getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription(
      '3 to 120 characters. A listing with this title already exists.',
    );
    expect(
      screen.getByRole('textbox', { name: 'Venue name' }),
    ).toHaveAccessibleDescription(
      'venueName contains a NUL character; remove it.',
    );
    expect(
      screen.getByText(
        'The listing was not saved. Check the highlighted fields.',
      ),
    ).toHaveAttribute('role', 'status');

    await user.type(title, '!');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  test('one character is counted singly', async () => {
    const user = userEvent.setup();
    installFakeApi();
    renderNewForm();
    const title = screen.getByRole('textbox', { name: 'Title' });

    await user.type(title, 'G');
    await user.tab();

    expect(title).toHaveAccessibleDescription(
      '3 to 120 characters. This is 1 character long; it must be 3 to 120.',
    );
  });

  test('unverified address links to the account', async () => {
    const user = userEvent.setup();
    renderSavedDraft(meHandler(viewerFixture({ emailVerified: false })));

    await user.click(
      await screen.findByRole('button', { name: 'Submit for publishing' }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(UNVERIFIED_EMAIL);
    expect(
      within(alert).getByRole('link', {
        name: 'Send a new verification link from your account page.',
      }),
    ).toHaveAttribute('href', '/account');
  });

  test('other refusals offer no account link', async () => {
    const user = userEvent.setup();
    const notEditor =
      'You need to be an owner or editor of the organisation that lists this opportunity to change it.';
    renderSavedDraft(
      meHandler(viewerFixture({ emailVerified: false })),
      errorReply(notEditor, { code: 'FORBIDDEN' }),
    );

    await user.click(
      await screen.findByRole('button', { name: 'Submit for publishing' }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(notEditor);
    expect(within(alert).queryByRole('link')).not.toBeInTheDocument();
  });

  test('description preview renders Markdown', async () => {
    const user = userEvent.setup();
    installFakeApi();
    renderNewForm();

    await user.type(
      screen.getByRole('textbox', { name: 'Description' }),
      'Bring **a laptop**',
    );
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const preview = screen.getByRole('region', {
      name: 'Preview of the description',
    });
    expect(within(preview).getByText('a laptop').tagName).toBe('STRONG');
    expect(screen.getByRole('button', { name: 'Preview' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
