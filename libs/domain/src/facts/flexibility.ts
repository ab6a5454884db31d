import { z } from 'zod';
import { Id } from './text';

/** A caselead applies a dated amendment, e.g. the Covid-19 flexibilities letter of 2020-06-18. */
export const FlexibilityStarted = z.object({ amendmentId: Id });
/** "Return to business as usual": the amendment's window closes and cadences revert. */
export const FlexibilityEnded = z.object({ amendmentId: Id });
