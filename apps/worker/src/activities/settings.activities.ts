/** Worker configuration a lifecycle reads once per run (recorded in history, so replays agree). */
export function settingsActivities(reminderLeadDays: number) {
  return {
    async lifecycleSettings(): Promise<{ reminderLeadDays: number }> {
      return { reminderLeadDays };
    },
  };
}
