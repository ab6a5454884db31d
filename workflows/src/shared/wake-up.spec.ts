import { addDays, type Obligation } from '@cs/domain/core';
import { nextWakeOn, notificationsDue, OVERDUE_NEWS_DAYS } from './wake-up';

const obligation = (key: string, dueOn: string, status: Obligation['status']): Obligation => ({
  key,
  ruleId: 'r',
  kind: 'board-meeting',
  dueOn,
  status,
  explanation: { ruleId: 'r', rulebook: { id: 'b', version: '1' }, clauses: [], parameters: [], facts: [], text: 'Because.' },
});

describe('wake-up: reminders, overdue marks and the next wake-up date', () => {
  it('reminds from lead days before the due date, not earlier', () => {
    const o = [obligation('a', '2025-03-15', 'due')];
    expect(notificationsDue('w', o, '2025-02-28', 14)).toEqual([]);
    expect(notificationsDue('w', o, '2025-03-01', 14)).toEqual([
      { key: 'w|a|reminder|2025-03-15', workflowId: 'w', kind: 'reminder', obligationKey: 'a', dueOn: '2025-03-15', message: 'Reminder: board-meeting is due on 2025-03-15. Because.' },
    ]);
  });

  it('marks overdue only while it is news', () => {
    const o = [obligation('a', '2025-03-15', 'overdue')];
    expect(notificationsDue('w', o, '2025-03-16', 14).map((n) => n.kind)).toEqual(['overdue']);
    expect(notificationsDue('w', o, addDays('2025-03-15', OVERDUE_NEWS_DAYS), 14)).toHaveLength(1);
    expect(notificationsDue('w', o, addDays('2025-03-15', OVERDUE_NEWS_DAYS + 1), 14)).toEqual([]);
  });

  it('wakes at the earliest reminder, or the day after a due date inside the lead', () => {
    expect(nextWakeOn([obligation('a', '2025-03-15', 'due'), obligation('b', '2025-06-01', 'due')], '2025-01-01', 14)).toBe('2025-03-01');
    expect(nextWakeOn([obligation('a', '2025-03-15', 'due')], '2025-03-05', 14)).toBe('2025-03-16');
    expect(nextWakeOn([obligation('a', '2025-03-15', 'met'), obligation('b', '2025-03-01', 'overdue')], '2025-03-05', 14)).toBeUndefined();
  });
});
