import { Initial1732350000000 } from './1732350000000-initial';
import { ApiRecords1732500000000 } from './1732500000000-api-records';
import { MailDelivery1733200000000 } from './1733200000000-mail-delivery';
import { ImportJobs1733200000001 } from './1733200000001-import-jobs';
import { CalendarFeeds1733200000002 } from './1733200000002-calendar-feeds';
import { WebSessions1733300000000 } from './1733300000000-web-sessions';
import { LeastPrivilege1764750000000 } from './1764750000000-least-privilege';

/** Every migration in order. Schema changes only ever go through a new file here. */
export const migrations = [
  Initial1732350000000,
  ApiRecords1732500000000,
  MailDelivery1733200000000,
  ImportJobs1733200000001,
  CalendarFeeds1733200000002,
  WebSessions1733300000000,
  // Last: it grants the app's role what it needs on every table above.
  LeastPrivilege1764750000000,
];
export { APP_ACCESS_ROLE } from './1764750000000-least-privilege';
