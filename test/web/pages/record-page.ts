import type { Page } from '@playwright/test';

/** A recording form built from a command's schema: fields are named by their path in the command. */
export class RecordPage {
  constructor(readonly page: Page) {}

  async open(instrumentPath: string, command: string): Promise<this> {
    await this.page.goto(`${instrumentPath}/record/${command}`);
    return this;
  }

  /**
   * Text by field name (`payload.council.slug`); true/false ticks a box; `=value` picks a radio; a
   * date (`2019-05-23`, or an impossible one such as `2019-02-30`) goes into its field's three boxes.
   */
  async fill(fields: Record<string, string | boolean>): Promise<this> {
    for (const [name, value] of Object.entries(fields)) {
      const date = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
      if (typeof value === 'boolean') await this.page.locator(`input[name="${name}"]`).setChecked(value);
      else if (date) {
        const [, year, month, day] = date;
        await this.page.locator(`input[name="${name}-day"]`).fill(day);
        await this.page.locator(`input[name="${name}-month"]`).fill(month);
        await this.page.locator(`input[name="${name}-year"]`).fill(year);
      }
      else if (value.startsWith('=')) await this.page.locator(`input[name="${name}"][value="${value.slice(1)}"]`).check();
      else await this.page.locator(`[name="${name}"]`).fill(value);
    }
    return this;
  }

  async submit(): Promise<void> {
    await Promise.all([this.page.waitForNavigation(), this.page.getByRole('button', { name: /^(Record|Register)$/ }).click()]);
  }

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }
}
