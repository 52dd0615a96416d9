import type { FieldIds } from '@/components/form/FormField';

import type { ListingFormValues } from '../listing-form-model';

/** Form state and callbacks that each part of the listing form receives. */
export interface SectionProps {
  values: ListingFormValues;
  update: (patch: Partial<ListingFormValues>) => void;
  errorOf: (field: string) => string | undefined;
  touch: (field: string) => void;
  idsOf: (field: string) => FieldIds;
}
