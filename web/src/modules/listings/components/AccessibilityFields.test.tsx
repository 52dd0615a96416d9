import { jest } from '@jest/globals';
import { type Handler, installFakeApi } from '@test/fake-api';
import { flushRequests, renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { ListingFieldsFragment } from '@/gql/graphql';
import { errorReply } from '@/modules/accounts/testing';

import { ListingForm } from './ListingForm';

type User = ReturnType<typeof userEvent.setup>;

const ORGANISATION_ID = 'org-1';

/** A stored draft with access support, as `EditableListing` returns it. */
const STORED_LISTING = {
  __typename: 'Opportunity',
  id: 'opp-9',
  title: 'Coding Club',
  summary: 'Learn to build websites with friends.',
  description: '',
  kind: 'WORKSHOP',
  mode: 'IN_PERSON',
  location: { latitude: -33.71277, longitude: 150.31107 },
  venueName: 'Katoomba Library',
  venueAddress: null,
  cost: { amountMinor: null, currency: null, free: true },
  minAge: null,
  maxAge: null,
  capacity: null,
  accessibilitySupport: ['MENTAL_HEALTH', 'VISUAL_IMPAIRMENT'],
  accessibilityInformation: 'Quiet room on level 1.\nLarge-print handouts.',
  sdgs: [],
  skills: [],
  sessions: [],
  status: 'DRAFT',
  moderationNote: null,
  updatedAt: '2027-01-01T00:00:00.000Z',
  viewerCanEdit: true,
  achievement: null,
  provider: { id: ORGANISATION_ID, name: 'Blue Mountains Youth Hub' },
} as unknown as ListingFieldsFragment;

function savedReply(field: string): Handler {
  return () => ({ body: { data: { [field]: STORED_LISTING } } });
}

function renderForm(listing: ListingFieldsFragment | null) {
  renderPage(
    <ListingForm
      organisationId={ORGANISATION_ID}
      listing={listing}
      onSaved={jest.fn()}
    />,
  );
}

async function enter(user: User, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

async function fillRequiredFields(user: User) {
  const fields: [string, string, string][] = [
    ['textbox', 'Title', 'Coding Club'],
    ['textbox', 'Summary', 'Learn to build websites with friends.'],
    ['textbox', 'Venue name', 'Katoomba Library'],
    ['spinbutton', 'Latitude', '-33.71277'],
    ['spinbutton', 'Longitude', '150.31107'],
  ];
  for (const [role, name, text] of fields) {
    await enter(user, screen.getByRole(role, { name }), text);
  }
}

function supportGroup() {
  return screen.getByRole('group', { name: 'Support you offer for' });
}

function informationBox() {
  return screen.getByRole('textbox', { name: 'Accessibility information' });
}

function sentListing(
  api: ReturnType<typeof installFakeApi>,
  operation: string,
): Record<string, unknown> {
  const input = api.requestsFor(operation)[0]!.variables.input as {
    listing: Record<string, unknown>;
  };

  return input.listing;
}

describe('listing accessibility fields', () => {
  test('offers the six support groups', async () => {
    installFakeApi();
    renderForm(null);
    await flushRequests();

    const boxes = within(supportGroup()).getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual([
      'Blind or low-vision people',
      'Deaf or hard-of-hearing people',
      'People with a physical disability or limited mobility',
      'People with a learning disability',
      'People with a mental health condition',
      'People with social, emotional or behavioural needs',
    ]);
    for (const box of boxes) expect(box).not.toBeChecked();
  });

  test('create sends groups in order and trimmed text', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      CreateOpportunity: savedReply('createOpportunity'),
    });
    renderForm(null);
    await fillRequiredFields(user);
    const group = supportGroup();
    await user.click(
      within(group).getByRole('checkbox', {
        name: 'People with social, emotional or behavioural needs',
      }),
    );
    await user.click(
      within(group).getByRole('checkbox', {
        name: 'Deaf or hard-of-hearing people',
      }),
    );
    await enter(user, informationBox(), '  Hearing loop at the desk.  ');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() =>
      expect(api.requestsFor('CreateOpportunity')).toHaveLength(1),
    );
    const listing = sentListing(api, 'CreateOpportunity');
    expect(listing.accessibilitySupport).toEqual([
      'HEARING_IMPAIRMENT',
      'SOCIAL_OR_BEHAVIOURAL',
    ]);
    expect(listing.accessibilityInformation).toBe('Hearing loop at the desk.');
  });

  test('edit fills and updates the stored values', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      UpdateOpportunity: savedReply('updateOpportunity'),
    });
    renderForm(STORED_LISTING);
    const group = supportGroup();
    const visual = within(group).getByRole('checkbox', {
      name: 'Blind or low-vision people',
    });
    const mental = within(group).getByRole('checkbox', {
      name: 'People with a mental health condition',
    });
    expect(visual).toBeChecked();
    expect(mental).toBeChecked();
    expect(informationBox()).toHaveValue(
      'Quiet room on level 1.\nLarge-print handouts.',
    );

    await user.click(visual);
    await user.clear(informationBox());
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() =>
      expect(api.requestsFor('UpdateOpportunity')).toHaveLength(1),
    );
    const listing = sentListing(api, 'UpdateOpportunity');
    expect(listing.accessibilitySupport).toEqual(['MENTAL_HEALTH']);
    expect(listing.accessibilityInformation).toBeNull();
  });

  test('counts characters and rejects more than 1000', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    renderForm(null);
    const box = informationBox();

    await enter(user, box, 'Lift 😀');
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining('6 of 1,000 characters'),
    );
    expect(box).not.toHaveAttribute('aria-invalid');

    await user.clear(box);
    await enter(user, box, 'a'.repeat(1001));
    await user.tab();

    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining(
        '1,001 of 1,000 characters This is 1001 characters long; the maximum is 1000.',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(api.requestsFor('CreateOpportunity')).toHaveLength(0);
  });

  test('server problems show at the fields', async () => {
    const user = userEvent.setup();
    const supportMessage =
      'accessibilitySupport lists MENTAL_HEALTH twice; list each group once.';
    const informationMessage =
      'accessibilityInformation contains a NUL character; remove it.';
    installFakeApi({
      CreateOpportunity: () =>
        errorReply('The listing has 2 problems.', {
          code: 'BAD_USER_INPUT',
          field: 'input.listing.accessibilitySupport',
          problems: [
            {
              field: 'input.listing.accessibilitySupport',
              message: supportMessage,
            },
            {
              field: 'input.listing.accessibilityInformation',
              message: informationMessage,
            },
          ],
        }),
    });
    renderForm(null);
    await fillRequiredFields(user);

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const group = supportGroup();
    await waitFor(() =>
      expect(group).toHaveAccessibleDescription(
        expect.stringContaining(supportMessage),
      ),
    );
    const first = within(group).getAllByRole('checkbox')[0]!;
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveFocus();
    expect(informationBox()).toHaveAccessibleDescription(
      expect.stringContaining(informationMessage),
    );

    await user.click(first);
    expect(first).not.toHaveAttribute('aria-invalid');
    expect(group).not.toHaveAccessibleDescription(
      expect.stringContaining(supportMessage),
    );
  });
});
