import { Extensions1764806400000 } from './migrations/1764806400000-Extensions.js';
import { InitialSchema1764806400001 } from './migrations/1764806400001-InitialSchema.js';
import { ReferenceData1764806400002 } from './migrations/1764806400002-ReferenceData.js';
import { AccountsAndRegistrations1764806400003 } from './migrations/1764806400003-AccountsAndRegistrations.js';
import { OrganisationVerification1764806400004 } from './migrations/1764806400004-OrganisationVerification.js';
import { OpenBadges1764806400005 } from './migrations/1764806400005-OpenBadges.js';

export { type SdgRecord, SDGS } from './reference/sdgs.js';
export {
  type SkillGroupName,
  type SkillRecord,
  SKILLS,
} from './reference/skills.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [
  Extensions1764806400000,
  InitialSchema1764806400001,
  ReferenceData1764806400002,
  AccountsAndRegistrations1764806400003,
  OrganisationVerification1764806400004,
  OpenBadges1764806400005,
];

export { EmbeddedDatabase } from './embedded/embedded-database.js';
export {
  type DemoSeedResult,
  seedDemoData,
} from './seed/demo/seed-demo-data.js';
export { normalisePlaceName } from './seed/gazetteer/normalise-place-name.js';
export { seedGazetteer } from './seed/gazetteer/seed-gazetteer.js';
export {
  generateOpportunities,
  type GenerateOptions,
  type GenerateProgress,
  type GenerateResult,
} from './seed/generator/generate-opportunities.js';
export {
  createPgExecutor,
  type PgQueryable,
  type SqlExecutor,
} from './seed/sql-executor.js';
