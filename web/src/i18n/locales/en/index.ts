import accounts from './accounts.json' with { type: 'json' };
import achievements from './achievements.json' with { type: 'json' };
import admin from './admin.json' with { type: 'json' };
import awards from './awards.json' with { type: 'json' };
import badgeImports from './badge-imports.json' with { type: 'json' };
import badgePage from './badge-page.json' with { type: 'json' };
import collections from './collections.json' with { type: 'json' };
import common from './common.json' with { type: 'json' };
import connectedApps from './connected-apps.json' with { type: 'json' };
import employerNeeds from './employer-needs.json' with { type: 'json' };
import insights from './insights.json' with { type: 'json' };
import issuedBadges from './issued-badges.json' with { type: 'json' };
import map from './map.json' with { type: 'json' };
import moderation from './moderation.json' with { type: 'json' };
import opportunityPage from './opportunity-page.json' with { type: 'json' };
import organisations from './organisations.json' with { type: 'json' };
import pathways from './pathways.json' with { type: 'json' };
import proposals from './proposals.json' with { type: 'json' };
import registrations from './registrations.json' with { type: 'json' };
import verify from './verify.json' with { type: 'json' };

/**
 * English strings. Each feature keeps its strings in its own file, under
 * its own top-level keys, so features can be translated one at a time.
 * `common.json` contains the strings of components that several features use.
 */
export const en = {
  ...common,
  ...map,
  ...accounts,
  ...organisations,
  ...registrations,
  ...moderation,
  ...admin,
  ...badgePage,
  ...verify,
  ...achievements,
  ...awards,
  ...issuedBadges,
  ...badgeImports,
  ...collections,
  ...connectedApps,
  ...pathways,
  ...proposals,
  ...employerNeeds,
  ...insights,
  ...opportunityPage,
};
