import type { AccountSettingsQuery, MySessionsQuery } from '@/gql/graphql';

/** The account as the settings page loads it. */
export type AccountSettings = NonNullable<AccountSettingsQuery['me']>;

export type AccountSession = MySessionsQuery['mySessions'][number];
