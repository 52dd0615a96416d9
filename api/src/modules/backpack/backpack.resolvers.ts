import type { Type } from '@nestjs/common';

import { EmailAddressesResolver } from '../accounts/addresses/email-addresses.resolver.js';
import { CollectionFieldsResolver } from './collections/collection-fields.resolver.js';
import { CollectionsResolver } from './collections/collections.resolver.js';
import { BackpackListResolver } from './list/backpack-list.resolver.js';

/** The resolvers of this feature, listed for printing the schema. */
export const BACKPACK_RESOLVERS: Type[] = [
  BackpackListResolver,
  CollectionFieldsResolver,
  CollectionsResolver,
  EmailAddressesResolver,
];
