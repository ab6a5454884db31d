import type { Citation } from '@cs/domain/core';

/** The source documents, by the short names citations use (see /work/shared/seeds/README.md). */
export const NOTICE = 'Improvement Notice to Trafford Council, 2019-05-23';
export const COVID_LETTER = 'DfE letter: Covid-19 flexibilities for the Improvement Notice, 2020-06-18';
export const REPORT_2023 = 'Trafford report to CYP Scrutiny Committee: Ambitions for Children Board, 2023-07-25';
export const FRAMEWORK = 'Public record of intervention (DOMAIN.md, "The wider framework")';

export const cite = (document: string, clause: string, text: string): Citation => ({ document, clause, text });
export const notice = (clause: string, text: string) => cite(NOTICE, clause, text);
export const letter = (clause: string, text: string) => cite(COVID_LETTER, clause, text);
export const report2023 = (clause: string, text: string) => cite(REPORT_2023, clause, text);
export const framework = (clause: string, text: string) => cite(FRAMEWORK, clause, text);
