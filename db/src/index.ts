import { Extensions1764806400000 } from './migrations/1764806400000-Extensions.js';
import { InitialSchema1764806400001 } from './migrations/1764806400001-InitialSchema.js';
import { ReferenceData1764806400002 } from './migrations/1764806400002-ReferenceData.js';
import { AccountsAndRegistrations1764806400003 } from './migrations/1764806400003-AccountsAndRegistrations.js';
import { OrganisationVerification1764806400004 } from './migrations/1764806400004-OrganisationVerification.js';
import { OpenBadges1764806400005 } from './migrations/1764806400005-OpenBadges.js';
import { LearnerBackpack1764806400006 } from './migrations/1764806400006-LearnerBackpack.js';
import { BackpackCollections1764806400007 } from './migrations/1764806400007-BackpackCollections.js';
import { OpenBadgesApi1764806400008 } from './migrations/1764806400008-OpenBadgesApi.js';
import { Pathways1764806400009 } from './migrations/1764806400009-Pathways.js';
import { CoDesign1764806400010 } from './migrations/1764806400010-CoDesign.js';
import { EmployerNeeds1764806400011 } from './migrations/1764806400011-EmployerNeeds.js';
import { OpenData1764806400012 } from './migrations/1764806400012-OpenData.js';

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
  LearnerBackpack1764806400006,
  BackpackCollections1764806400007,
  OpenBadgesApi1764806400008,
  Pathways1764806400009,
  CoDesign1764806400010,
  EmployerNeeds1764806400011,
  OpenData1764806400012,
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
