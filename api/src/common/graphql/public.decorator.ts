import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'learnscape:isPublic';

/** Marks a resolver as open to anyone, signed in or not. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
