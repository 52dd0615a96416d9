import accounts from './accounts.json' with { type: 'json' };
import map from './map.json' with { type: 'json' };
import moderation from './moderation.json' with { type: 'json' };
import organisations from './organisations.json' with { type: 'json' };
import registrations from './registrations.json' with { type: 'json' };

/**
 * English strings. Each feature keeps its strings in its own file, under
 * its own top-level keys, so features can be translated one at a time.
 */
export const en = {
  ...map,
  ...accounts,
  ...organisations,
  ...registrations,
  ...moderation,
};
