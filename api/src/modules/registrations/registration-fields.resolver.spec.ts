import type { Viewer } from '../../common/auth/viewer.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import {
  LoaderRegistry,
  type RequestContext,
} from '../../common/graphql/loader-registry.js';
import type { OpportunitiesRepository } from '../opportunities/opportunities.repository.js';
import { OrganisationRole } from '../organisations/organisation-member.entity.js';
import type { RegistrationModel } from './dto/registration.model.js';
import { RegistrationStatus } from './registration.entity.js';
import { RegistrationFieldsResolver } from './registration-fields.resolver.js';
import type { RegistrationLoadersRepository } from './registration-loaders.repository.js';

const LEARNER_ID = '11111111-1111-4111-8111-111111111111';
const PROVIDER_ID = '22222222-2222-4222-8222-222222222222';

const registration: RegistrationModel = {
  id: '33333333-3333-4333-8333-333333333333',
  status: RegistrationStatus.REGISTERED,
  attendance: null,
  waitlistPosition: null,
  createdAt: new Date('2026-12-01T00:00:00Z'),
  withdrawnAt: null,
  session: {
    id: '44444444-4444-4444-8444-444444444444',
    startsAt: new Date('2026-12-10T00:00:00Z'),
    endsAt: new Date('2026-12-10T02:00:00Z'),
    timeZone: 'Australia/Sydney',
  },
  userId: LEARNER_ID,
  opportunityId: '55555555-5555-4555-8555-555555555555',
  providerId: PROVIDER_ID,
};

/** Viewers by the role they have in the providing organisation. */
const ROLES: Record<string, OrganisationRole> = {
  'owner-id': OrganisationRole.OWNER,
  'editor-id': OrganisationRole.EDITOR,
  'awarder-id': OrganisationRole.AWARDER,
};

function resolver(): RegistrationFieldsResolver {
  const loaders = {
    findRolesOfUser: async (userId: string) =>
      new Map(
        ROLES[userId] === undefined ? [] : [[PROVIDER_ID, ROLES[userId]]],
      ),
    findLearnersByIds: async () =>
      new Map([
        [LEARNER_ID, { id: LEARNER_ID, name: 'Zoë', email: 'z@example.org' }],
      ]),
  } as unknown as RegistrationLoadersRepository;

  return new RegistrationFieldsResolver({} as OpportunitiesRepository, loaders);
}

function viewer(userId: string, isAdmin = false): Viewer {
  return { userId, sessionId: 'session', isAdmin };
}

function context(): RequestContext {
  return { loaders: new LoaderRegistry() } as RequestContext;
}

describe('RegistrationFieldsResolver.learner', () => {
  it.each([
    ['the learner', viewer(LEARNER_ID)],
    ['an owner', viewer('owner-id')],
    ['an editor', viewer('editor-id')],
    ['an awarder', viewer('awarder-id')],
    ['an admin', viewer('admin-id', true)],
  ])('shows the learner to %s', async (_name, who) => {
    const learner = await resolver().learner(registration, who, context());

    expect(learner.email).toBe('z@example.org');
  });

  it('hides the learner from an outsider', async () => {
    await expect(
      resolver().learner(registration, viewer('outsider-id'), context()),
    ).rejects.toThrow(ForbiddenError);
  });
});
