import { Initial1732350000000 } from './1732350000000-initial';

/** Every migration in order. Schema changes only ever go through a new file here. */
export const migrations = [Initial1732350000000];
