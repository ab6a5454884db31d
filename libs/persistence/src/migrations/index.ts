import { Initial1732350000000 } from './1732350000000-initial';
import { ApiRecords1732500000000 } from './1732500000000-api-records';
import { WebSessions1733200000000 } from './1733200000000-web-sessions';

/** Every migration in order. Schema changes only ever go through a new file here. */
export const migrations = [Initial1732350000000, ApiRecords1732500000000, WebSessions1733200000000];
