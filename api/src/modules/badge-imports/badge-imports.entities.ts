import type { Type } from '@nestjs/common';

import { ImportedCredential } from './imported-credential.entity.js';

/** The tables of this feature, listed in the app's entity list. */
export const BADGE_IMPORT_ENTITIES: Type[] = [ImportedCredential];
