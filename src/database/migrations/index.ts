import { InitialSchema1763900000000 } from './1763900000000-initial-schema.js';

/** Every migration in order; listed explicitly so the ESM build needs no file globbing. */
export const MIGRATIONS = [InitialSchema1763900000000];
