import type { WorkflowHandle } from '@temporalio/client';
import type { DirectionState } from '@cs/workflows';
import { actors, record, refused, start, startHarness, stateOf, type Harness } from './support/harness';
import { recordHistories } from './support/histories';
import { NoticeFacts } from './support/notices';

// Doncaster's shape from the public record: a direction made directly, a trust running services from
// 1 October 2014, every direction lifted in January 2021, the trust absorbed back into the council
// from September 2022. The workflow must stay open after the revocation for that last fact only.
const council = { slug: 'doncaster', name: 'Doncaster Metropolitan Borough Council' };
const DIRECTION_ID = 'direction/doncaster/2013-03-01';
const TRUST = "Doncaster Children's Services Trust";

describe('a trust outlives the direction that set it up', () => {
  let h: Harness;
  let direction: WorkflowHandle;
  const d = new NoticeFacts(council);

  beforeAll(async () => {
    h = await startHarness('trust-outlives');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('stays open after the revocation while the trust still runs services, refusing all but their return', async () => {
    direction = await start(h, 'statutory-direction', DIRECTION_ID, d.add('direction.issued', '2013-03-01', { council, basis: 'direct', arrangement: 'council-control' }, actors.caselead));
    await record(direction, d.add('direction.revised', '2014-09-19', { arrangement: 'trust', reason: 'Enter into the contract with the trust', override: { reason: 'The direction of September 2014' } }, actors.caselead));
    await record(direction, d.add('arrangement.live', '2014-10-01', { arrangement: 'trust', body: TRUST }, actors.caselead));
    await record(direction, d.add('direction.ended', '2021-01-04', { outcome: 'revoke', reason: 'All directions lifted by the minister', override: { reason: 'The minister\'s letter of January 2021' } }, actors.caselead));

    const revoked = await stateOf<DirectionState>(direction);
    expect(revoked).toMatchObject({ phase: 'revoked', endedOn: '2021-01-04' });
    expect((await direction.describe()).status.name).toBe('RUNNING');
    const late = d.add('commissioner.appointed', '2021-06-01', { name: 'Too late' }, actors.caselead);
    expect(await refused(record(direction, late))).toBe('the statutory-direction ended on 2021-01-04; it records nothing more');
  });

  it('records services back with the council, then completes', async () => {
    await record(direction, d.add('arrangement.ended', '2022-09-01', { body: TRUST, reason: 'The trust absorbed back into the council' }, actors.caselead));
    expect(await direction.result()).toMatchObject({ phase: 'revoked', endedOn: '2021-01-04' });
    const after = await stateOf<DirectionState>(direction);
    expect(after.detail.arrangement).toBe('council-control');
    expect(after.detail.live).toEqual([{ arrangement: 'trust', body: TRUST, on: '2014-10-01', endedOn: '2022-09-01' }]);
    await recordHistories(h.client, DIRECTION_ID, 'trust-returned-direction');
  });
});
