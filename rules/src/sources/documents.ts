import type { Citation } from '@cs/domain/core';

/**
 * The source documents, by the short names citations use (see /work/shared/seeds/README.md and
 * docs/rules.md, "Sources", for where each is published).
 */
export const NOTICE = 'Improvement Notice to Trafford Council, 2019-05-23';
export const COVID_LETTER = 'DfE letter: Covid-19 flexibilities for the Improvement Notice, 2020-06-18';
export const REPORT_2023 = 'Trafford report to CYP Scrutiny Committee: Ambitions for Children Board, 2023-07-25';
export const FRAMEWORK = 'Public record of intervention (DOMAIN.md, "The wider framework")';
/** gov.uk collection of every notice and direction since 2013, with each one's dates. */
export const COLLECTION = 'DfE: Improvement notices and directions (gov.uk collection, published 2013-07-03)';
/** The notice to Lancashire, as reported with quotations on its publication. */
export const LANCASHIRE_2016 = 'Improvement notice to Lancashire County Council, 2016-05-19 (Children & Young People Now, 2016-05-20)';
/** The DCSF notice to Surrey, as reported with its terms. */
export const SURREY_2009 = 'DCSF improvement notice to Surrey County Council, 2009-01 (Community Care, 2009-01-13)';
/** The minister's account of intervention in Parliament. */
export const NASH_2017 = 'Lord Nash, written answer HL1076 on intervention in children\u2019s services, 2017-07-31';
/** Ofsted's single inspection framework, replacing "adequate" with "requires improvement". */
export const OFSTED_SIF_2013 = 'Ofsted: New single framework for inspecting local authority services (press release, 2013)';
/** A commissioner's report date as published (Croydon, 2017). */
export const CROYDON_2017 = 'Community Care, 2017-09-04: Government appoints commissioner to review \u2018inadequate\u2019 children\u2019s services (Croydon)';
/** A council's account of how its improvement board works under a notice. */
export const HEREFORDSHIRE_2022 = 'Herefordshire Council, Children and Young People Scrutiny Committee: Children Improvement Plan progress update, 2022';

export const cite = (document: string, clause: string, text: string, basis: Citation['basis'] = 'law'): Citation => ({ document, clause, text, basis });
export const notice = (clause: string, text: string) => cite(NOTICE, clause, text);
export const letter = (clause: string, text: string) => cite(COVID_LETTER, clause, text);
export const report2023 = (clause: string, text: string) => cite(REPORT_2023, clause, text);
/** What the record shows is usually done, where no instrument says: a default, not the law. */
export const framework = (clause: string, text: string) => cite(FRAMEWORK, clause, text, 'practice');
export const practice = (document: string, clause: string, text: string) => cite(document, clause, text, 'practice');
