import type { Rulebook } from '../../model';
import { cite, LANCASHIRE_2016, notice, SURREY_2009 } from '../../sources/documents';
import { overriddenDecisions } from '../overrides/overridden-decisions';
import { parameters } from './parameters';
import { parameters2010 } from './parameters-2010';
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
    adviserReports, escalationOpen, liftingOpen, assessmentOpen, overriddenDecisions,
  ],
};

/**
 * Notices before the 2019 template (2010-01-01 to 2019-05-22): an adviser, a plan covering Ofsted's
 * areas, an improvement board, six-monthly DfE reviews, a deadline, then lifting or escalation.
 * The 2019 template's detailed board-report, progress, slow-objective, voice, review-scope and
 * self-assessment clauses are not in the notices of the time as the record shows them, so this
 * version does not check them.
 */
export const improvementNotice2010: Rulebook = {
  id: 'improvement-notice',
  version: '2010.1',
  title: 'Improvement Notice (DCSF and DfE notices, 2010 to the 2019 template)',
  kind: 'improvement-notice',
  effectiveFrom: '2010-01-01',
  sources: [
    cite(LANCASHIRE_2016, 'whole', 'an adviser will be appointed ... until May 2017 to implement its improvement plan ... Reviews of progress ... at least every six months'),
    cite(SURREY_2009, 'whole', 'The notice ... lists 29 objectives ... overseen by an improvement board'),
  ],
  parameters: parameters2010,
  rules: [
    adviserInPlace, planCoversEveryArea, independentChair, boardTimetable, reviewCadence, deadline,
    adviserReports, escalationOpen, liftingOpen, assessmentOpen, overriddenDecisions,
  ],
};
