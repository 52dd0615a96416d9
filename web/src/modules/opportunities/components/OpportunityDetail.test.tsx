import { jest } from '@jest/globals';
import { installFakeApi } from '@test/fake-api';
import { renderWithApp } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { OpportunityDetail } from './OpportunityDetail';

describe('OpportunityDetail', () => {
  test('shows provider, venue, sessions and skills', async () => {
    installFakeApi();
    renderWithApp(<OpportunityDetail id="opp-03" onClose={() => {}} />);

    const dialog = await screen.findByRole('dialog', {
      name: 'Youth Radio Studio',
    });
    expect(
      within(dialog).getByText('Work experience · In person'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/^Mountains Youth Services ·/, {
        selector: 'dd',
      }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('link', { name: 'Website' }),
    ).toHaveAttribute('href', 'https://youth.example.org');
    expect(
      within(dialog).getByText('Mountains Youth Services hall'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Tue, Dec 15, 2026, 10:00 AM – 12:00 PM GMT+11'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Tue, Dec 22, 2026, 10:00 AM – 12:00 PM GMT+11'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('16 to 24')).toBeInTheDocument();
    expect(within(dialog).getByText('Scientific literacy')).toBeInTheDocument();
    expect(within(dialog).getByText('Collaboration')).toBeInTheDocument();
    expect(within(dialog).getByText('Quality Education')).toBeInTheDocument();
    expect(within(dialog).getByText('Wear closed shoes')).toBeInTheDocument();
  });

  test('close button calls onClose', async () => {
    const user = userEvent.setup();
    const onClose = jest.fn();
    installFakeApi();
    renderWithApp(<OpportunityDetail id="opp-01" onClose={onClose} />);
    await screen.findByRole('dialog', { name: 'Bushcare Saturday' });

    await user.click(screen.getByRole('button', { name: 'Close' }));

    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('Escape inside calls onClose', async () => {
    const user = userEvent.setup();
    const onClose = jest.fn();
    installFakeApi();
    renderWithApp(<OpportunityDetail id="opp-01" onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', {
      name: 'Bushcare Saturday',
    });

    expect(dialog).toHaveFocus();
    await user.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('missing opportunity says so', async () => {
    installFakeApi();
    renderWithApp(<OpportunityDetail id="opp-gone" onClose={() => {}} />);

    expect(
      await screen.findByRole('dialog', {
        name: 'This opportunity is no longer available.',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('network failure offers a retry', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    const answer = api.fetchMock.getMockImplementation()!;
    let online = false;
    api.fetchMock.mockImplementation(async (input, init) => {
      if (!online) throw new TypeError('Failed to fetch');

      return answer(input, init);
    });
    renderWithApp(<OpportunityDetail id="opp-01" onClose={() => {}} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not reach the server. Check your connection and try again.',
    );

    expect(screen.getByRole('dialog')).toHaveAccessibleName(
      'Details could not be loaded.',
    );

    online = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('dialog', { name: 'Bushcare Saturday' }),
    ).toBeInTheDocument();
  });

  test('focus falls back to the list twin', async () => {
    installFakeApi();
    const opener = document.createElement('button');
    const twin = document.createElement('button');
    twin.dataset.opportunityId = 'opp-01';
    document.body.append(opener, twin);
    opener.focus();
    const { unmount } = renderWithApp(
      <OpportunityDetail id="opp-01" onClose={() => {}} />,
    );
    await screen.findByRole('dialog', { name: 'Bushcare Saturday' });

    opener.remove();
    unmount();

    expect(twin).toHaveFocus();
    twin.remove();
  });
});
