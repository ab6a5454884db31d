import type { Rulebook } from '../../model';
import { notice } from '../../sources/documents';
import { parameters } from './parameters';
import { adviserInPlace } from './rules/adviser-in-place';
import { adviserReports } from './rules/adviser-reports';
import { assessmentOpen } from './rules/assessment-open';
import { boardReportContent } from './rules/board-report-content';
import { boardTimetable } from './rules/board-timetable';
import { deadline } from './rules/deadline';
import { escalationOpen } from './rules/escalation-open';
import { independentChair } from './rules/independent-chair';
import { liftingOpen } from './rules/lifting-open';
import { planCoversEveryArea } from './rules/plan-covers-every-area';
import { progressRecordCurrent } from './rules/progress-record-current';
import { reviewCadence } from './rules/review-cadence';
import { reviewScope } from './rules/review-scope';
import { selfAssessmentBeforeReview } from './rules/self-assessment-before-review';
import { slowObjectives } from './rules/slow-objectives';
import { voiceOfStaffAndChildren } from './rules/voice-of-staff-and-children';

/** The 2019 Improvement Notice (Trafford), clauses 3-13, plus lifting from the 2023 report. */
export const improvementNotice: Rulebook = {
  id: 'improvement-notice',
  version: '2019.1',
  title: 'Improvement Notice (DfE template as issued to Trafford, 2019)',
  kind: 'improvement-notice',
  effectiveFrom: '2019-05-23',
  sources: [notice('whole', 'Improvement Notice issued to Trafford Council on 23 May 2019')],
  parameters,
  rules: [
    adviserInPlace, planCoversEveryArea, progressRecordCurrent, independentChair, boardTimetable, boardReportContent,
    slowObjectives, voiceOfStaffAndChildren, reviewCadence, reviewScope, selfAssessmentBeforeReview, deadline,
    adviserReports, escalationOpen, liftingOpen, assessmentOpen,
  ],
};
