import type { FieldIds } from '@/components/form/FormField';

import type { BadgeFormValues } from '../badge-form-model';

/** Form state and callbacks that each part of the badge form receives. */
export interface BadgeSectionProps {
  values: BadgeFormValues;
  update: (patch: Partial<BadgeFormValues>) => void;
  errorOf: (field: string) => string | undefined;
  touch: (field: string) => void;
  idsOf: (field: string) => FieldIds;
}
