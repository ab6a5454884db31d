import type { Fact } from '@cs/domain/core';
import { FactLog } from '../fixtures/build';
import { traffordContinuingBoardFacts, traffordNoticeFacts } from '../fixtures/trafford';

/** Named starting points the YAML tests build on (`base:`), so each case lists only what matters. */
export const bases: Record<string, () => Fact[]> = {
  trafford: () => traffordNoticeFacts(),
  'trafford-no-covid': () => traffordNoticeFacts({ covid: false }),
  'trafford-continuing': () => traffordContinuingBoardFacts(),
  /** A bare notice: issued 2019-05-23 after ILACS published 2019-05-08, two Ofsted areas. */
  notice: () => {
    const log = new FactLog();
    log.add('notice.issued', '2019-05-23', {
      council: { slug: 'trafford', name: 'Trafford Council' },
      trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: '2019-05-08' },
      areasForImprovement: [{ id: 'area-1', text: 'Leadership oversight' }, { id: 'area-2', text: 'Front door' }],
    }, 'dfe-caselead', 'notice');
    return log.facts;
  },
  /** A direction issued 2021-01-04 on escalation, council keeps control. */
  direction: () => {
    const log = new FactLog();
    log.add('direction.issued', '2021-01-04', { council: { slug: 'example', name: 'Example Council' }, basis: 'escalation', arrangement: 'council-control' }, 'dfe-caselead', 'direction');
    return log.facts;
  },
  /** Support and supervision from 2023-02-21 (Trafford's lifting). */
  support: () => {
    const log = new FactLog();
    log.add('support.started', '2023-02-21', { council: { slug: 'trafford', name: 'Trafford Council' }, fromInstrumentId: 'notice/trafford/2019-05-23' }, 'dfe-caselead', 'support');
    return log.facts;
  },
};
