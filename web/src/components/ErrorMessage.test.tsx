import { jest } from '@jest/globals';
import { renderWithApp } from '@test/render';
import { screen } from '@testing-library/react';

import { GraphQLRequestError, NetworkError } from '@/lib/graphql/client';

import { ErrorMessage } from './ErrorMessage';
import { RequestErrorText } from './RequestErrorText';

function rateLimited(retryAfterSeconds: number) {
  return new GraphQLRequestError(
    [
      {
        message: `Too many failed sign-in attempts. Try again in ${retryAfterSeconds} seconds.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
      },
    ],
    200,
  );
}

describe('ErrorMessage', () => {
  test.each([
    [1, 'Too many attempts. Try again in 1 second.'],
    [45, 'Too many attempts. Try again in 45 seconds.'],
    [60, 'Too many attempts. Try again in 1 minute.'],
    [290, 'Too many attempts. Try again in 5 minutes.'],
    [3600, 'Too many attempts. Try again in 1 hour.'],
    [7201, 'Too many attempts. Try again in 3 hours.'],
  ])('rate limit of %i s reads "%s"', (seconds, text) => {
    renderWithApp(<ErrorMessage error={rateLimited(seconds)} />);

    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('alert')).not.toHaveTextContent('1 seconds');
  });

  test('rate limit offers no retry', () => {
    renderWithApp(<ErrorMessage error={rateLimited(30)} onRetry={jest.fn()} />);

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  test('network failure offers a retry', () => {
    renderWithApp(
      <ErrorMessage
        error={new NetworkError('Failed to fetch')}
        onRetry={jest.fn()}
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not reach the server.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('extra content sits inside the alert', () => {
    renderWithApp(
      <ErrorMessage error={new NetworkError('Failed to fetch')}>
        <a href="/account">Account</a>
      </ErrorMessage>,
    );

    expect(screen.getByRole('alert')).toContainElement(
      screen.getByRole('link', { name: 'Account' }),
    );
  });
});

describe('RequestErrorText', () => {
  test('rate limit uses plurals', () => {
    renderWithApp(<RequestErrorText id="error" error={rateLimited(1)} />);

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 1 second.',
    );
  });
});
