import type { Page } from '@playwright/test';

/** A recording form built from a command's schema: fields are named by their path in the command. */
export class RecordPage {
  constructor(readonly page: Page) {}

  async open(instrumentPath: string, command: string): Promise<this> {
    await this.page.goto(`${instrumentPath}/record/${command}`);
    return this;
  }

  /** Text by field name (`payload.council.slug`); true/false ticks a box; `=value` picks a radio. */
  async fill(fields: Record<string, string | boolean>): Promise<this> {
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === 'boolean') await this.page.locator(`input[name="${name}"]`).setChecked(value);
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
