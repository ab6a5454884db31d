import { z } from 'zod';
import { unknownFields } from './unknown-fields';

const Body = z.object({
  type: z.literal('adviser.reported'),
  payload: z.object({ summary: z.string(), chair: z.object({ name: z.string() }).optional(), items: z.array(z.object({ id: z.string() })).optional() }),
});
const unknownIn = (sent: unknown) => unknownFields(sent, Body.parse(sent));

describe('unknownFields', () => {
  it('names each field zod dropped, however deep, as zod names paths', () => {
    expect(unknownIn({ type: 'adviser.reported', payload: { summry: 'typo', summary: 's', chair: { name: 'A', nmae: 'B' }, items: [{ id: '1' }, { id: '2', x: 1 }] } })).toEqual([
      'payload.summry',
      'payload.chair.nmae',
      'payload.items.1.x',
    ]);
    expect(unknownIn({ type: 'adviser.reported', extra: true, payload: { summary: 's' } })).toEqual(['extra']);
  });

  it('is empty when everything sent is known', () => {
    expect(unknownIn({ type: 'adviser.reported', payload: { summary: 's', chair: { name: 'A' }, items: [{ id: '1' }] } })).toEqual([]);
  });
});
