import { jest } from '@jest/globals';
import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { AchievementFieldsFragment } from '@/gql/graphql';
import { errorReply } from '@/modules/accounts/testing';

import {
  designReferenceReply,
  ORGANISATION_ID,
  storedBadge,
} from '../badge-fixtures';
import { BadgeForm } from './BadgeForm';

type User = ReturnType<typeof userEvent.setup>;

const FILE_ID = '6f1c2a4e-8a1b-4c3d-9e2f-1a2b3c4d5e6f';

/**
 * Stands in for the browser's XMLHttpRequest: it reports upload progress
 * and answers with `reply`, so the upload code runs as in a browser.
 */
function installFakeUpload(reply: { status: number; body: unknown }) {
  const sent: { url: string; body: FormData }[] = [];
  class FakeRequest {
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    status = 0;
    responseText = '';
    private url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    abort() {
      this.onabort?.();
    }
    send(body: FormData) {
      sent.push({ url: this.url, body });
      setTimeout(() => {
        this.upload.onprogress?.({
          lengthComputable: true,
          loaded: 1,
          total: 2,
        } as ProgressEvent);
        this.status = reply.status;
        this.responseText = JSON.stringify(reply.body);
        this.onload?.();
      }, 0);
    }
  }
  globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;

  return sent;
}

function renderForm(
  achievement: AchievementFieldsFragment | null = null,
  onSaved = jest.fn(),
) {
  renderPage(
    <BadgeForm
      organisationId={ORGANISATION_ID}
      achievement={achievement}
      onSaved={onSaved}
    />,
  );

  return onSaved;
}

async function enter(user: User, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

async function fillRequired(user: User) {
  await enter(user, screen.getByRole('textbox', { name: 'Name' }), 'Coder');
  await enter(
    user,
    screen.getByRole('textbox', { name: 'Description' }),
    'Built a website.',
  );
  await enter(
    user,
    screen.getByRole('textbox', { name: 'Criteria' }),
    'Publish **one** page.',
  );
}

describe('BadgeForm', () => {
  test('creates a design with targets, tags and the default type', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      BadgeDesignReference: designReferenceReply,
      CreateAchievement: () => ({
        body: { data: { createAchievement: storedBadge({ id: 'ach-7' }) } },
      }),
    });
    const onSaved = renderForm();
    await fillRequired(user);
    await enter(
      user,
      screen.getByRole('textbox', { name: 'Tags' }),
      'coding, web',
    );
    await user.click(await screen.findByRole('checkbox', { name: /^Goal 4:/ }));
    const targets = await screen.findByRole('group', {
      name: 'Targets of goal 4 (optional)',
    });
    await user.click(
      within(targets).getByRole('checkbox', { name: 'Target 4.4' }),
    );
    expect(
      screen.getByRole('combobox', { name: 'Type of achievement' }),
    ).toHaveValue('Badge');

    await user.click(screen.getByRole('button', { name: 'Save badge' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('ach-7', true));
    expect(api.requestsFor('CreateAchievement')[0]?.variables.input).toEqual({
      organisationId: ORGANISATION_ID,
      name: 'Coder',
      description: 'Built a website.',
      criteriaNarrative: 'Publish **one** page.',
      achievementType: 'Badge',
      tags: ['coding', 'web'],
      validityDays: null,
      imageFileId: null,
      sdgNumbers: [4],
      sdgTargets: ['4.4'],
      skillIds: [],
      escoSkillUris: [],
    });
  });

  test('checks fields as they are typed and focuses the first problem', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({ BadgeDesignReference: designReferenceReply });
    renderForm();
    const days = screen.getByRole('textbox', { name: 'Expires after (days)' });
    await enter(user, days, '0');
    await user.tab();

    expect(days).toHaveAccessibleDescription(
      expect.stringContaining('Enter a whole number of days from 1 to 3650'),
    );
    await enter(
      user,
      screen.getByRole('textbox', { name: 'ESCO skills' }),
      'https://example.org/skill/1',
    );
    await user.click(screen.getByRole('button', { name: 'Save badge' }));

    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    expect(
      screen.getByRole('textbox', { name: 'ESCO skills' }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(api.requestsFor('CreateAchievement')).toHaveLength(0);
  });

  test('shows the API problems next to their fields', async () => {
    const user = userEvent.setup();
    installFakeApi({
      BadgeDesignReference: designReferenceReply,
      CreateAchievement: () =>
        errorReply('Tag "web" is reserved.', {
          code: 'BAD_USER_INPUT',
          field: 'input.tags.0',
        }),
    });
    renderForm();
    await fillRequired(user);
    const tags = screen.getByRole('textbox', { name: 'Tags' });
    await enter(user, tags, 'web');

    await user.click(screen.getByRole('button', { name: 'Save badge' }));

    await waitFor(() => expect(tags).toHaveFocus());
    expect(tags).toHaveAccessibleDescription(
      expect.stringContaining('Tag "web" is reserved.'),
    );
  });

  test('uploads an image with progress and sends its id', async () => {
    const user = userEvent.setup();
    const sent = installFakeUpload({
      status: 201,
      body: {
        id: FILE_ID,
        contentType: 'image/png',
        byteSize: 2048,
        sha256: 'ab',
        name: 'badge.png',
        url: `/api/files/${FILE_ID}`,
      },
    });
    const api = installFakeApi({
      BadgeDesignReference: designReferenceReply,
      UpdateAchievement: () => ({
        body: { data: { updateAchievement: storedBadge() } },
      }),
    });
    renderForm(storedBadge() as AchievementFieldsFragment);
    expect(
      screen.getByRole('img', { name: 'Preview of the badge image' }),
    ).toHaveAttribute('src', storedBadge().imageUrl);

    await user.upload(
      screen.getByLabelText('Upload an image'),
      new File(['png'], 'badge.png', { type: 'image/png' }),
    );

    expect(
      await screen.findByText(/File size: 2\.0 kB of 1\.0 MB/),
    ).toBeVisible();
    expect(sent[0]?.url).toBe(
      `/api/organisations/${ORGANISATION_ID}/files?purpose=achievement_image`,
    );
    expect(sent[0]?.body.get('file')).toBeInstanceOf(File);
    expect(
      screen.getByRole('img', { name: 'Preview of the badge image' }),
    ).toHaveAttribute('src', `/api/files/${FILE_ID}`);
    await user.click(screen.getByRole('button', { name: 'Save badge' }));

    await waitFor(() =>
      expect(
        api.requestsFor('UpdateAchievement')[0]?.variables.input,
      ).toMatchObject({ achievementId: 'ach-1', imageFileId: FILE_ID }),
    );
  });

  test('refuses a file over the limit before sending it', async () => {
    const user = userEvent.setup();
    const sent = installFakeUpload({ status: 201, body: {} });
    installFakeApi({ BadgeDesignReference: designReferenceReply });
    renderForm();
    const large = new File([new Uint8Array(1024 * 1024 + 1)], 'big.png', {
      type: 'image/png',
    });

    await user.upload(screen.getByLabelText('Upload an image'), large);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file is 1.0 MB: images can be up to 1.0 MB.',
    );
    expect(sent).toHaveLength(0);
  });

  test('shows the API refusal of an upload next to the field', async () => {
    const user = userEvent.setup();
    installFakeUpload({
      status: 415,
      body: {
        errors: [
          {
            message: 'The file is a GIF.',
            extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
          },
        ],
      },
    });
    installFakeApi({ BadgeDesignReference: designReferenceReply });
    renderForm();
    const field = screen.getByLabelText('Upload an image');

    await user.upload(
      field,
      new File(['gif'], 'badge.png', { type: 'image/png' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Choose a PNG or SVG file.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  test('switches back to the generated image', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      BadgeDesignReference: designReferenceReply,
      UpdateAchievement: () => ({
        body: { data: { updateAchievement: storedBadge() } },
      }),
    });
    renderForm(
      storedBadge({ imageFileId: FILE_ID }) as AchievementFieldsFragment,
    );

    await user.click(
      screen.getByRole('button', { name: 'Use a generated image' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save badge' }));

    await waitFor(() =>
      expect(
        api.requestsFor('UpdateAchievement')[0]?.variables.input,
      ).toMatchObject({ imageFileId: null, sdgTargets: ['13.3'] }),
    );
  });

  test('archives after confirming, and Escape cancels', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      BadgeDesignReference: designReferenceReply,
      ArchiveAchievement: () => ({
        body: {
          data: { archiveAchievement: { id: 'ach-1', archived: true } },
        },
      }),
    });
    renderForm(storedBadge() as AchievementFieldsFragment);
    const archive = screen.getByRole('button', { name: 'Archive badge' });

    await user.click(archive);
    expect(
      screen.getByRole('alertdialog', {
        name: 'Archive “Climate Action Starter”?',
      }),
    ).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(archive).toHaveFocus();

    await user.click(archive);
    await user.click(screen.getByRole('button', { name: 'Archive' }));

    expect(await screen.findByText('Badge archived.')).toBeInTheDocument();
    expect(api.requestsFor('ArchiveAchievement')[0]?.variables).toEqual({
      input: { achievementId: 'ach-1' },
    });
    expect(
      screen.queryByRole('button', { name: 'Archive badge' }),
    ).not.toBeInTheDocument();
  });
});
