import { createUser } from './support/accounts.js';
import { clearListings } from './support/factories.js';
import { readOutbox } from './support/outbox.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}`;

describe('e-mail through SMTP', () => {
  let smtp: SmtpSink;
  let api: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    api = await startTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Learnscape <no-reply@learnscape.test>',
      PUBLIC_URL: 'https://learnscape.test',
    });
    await clearListings(api.dataSource);
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('sends a reset link to the server', async () => {
    const user = await createUser(api.dataSource, {
      email: 'kai@example.org',
    });

    const response = await api.graphql(REQUEST_RESET, {
      input: { email: user.email },
    });

    expect(response.errors).toBeUndefined();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.from).toBe('no-reply@learnscape.test');
    expect(mail!.to).toEqual(['kai@example.org']);
    expect(mail!.data).toMatch(/^To: kai@example\.org$/m);
    // Quoted-printable may break long lines with "=" at the end.
    const body = mail!.data.replace(/=\n/g, '');
    expect(body).toContain('https://learnscape.test/reset-password?token=');
  });

  it('writes nothing to the outbox', async () => {
    expect(await readOutbox(api.outboxDir)).toEqual([]);
  });
});
