import { Initial1732350000000 } from './1732350000000-initial';
import { ApiRecords1732500000000 } from './1732500000000-api-records';
import { LeastPrivilege1764750000000 } from './1764750000000-least-privilege';

/** Every migration in order. Schema changes only ever go through a new file here. */
export const migrations = [Initial1732350000000, ApiRecords1732500000000, LeastPrivilege1764750000000];
export { APP_ACCESS_ROLE } from './1764750000000-least-privilege';
