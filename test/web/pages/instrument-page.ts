import type { Page } from '@playwright/test';

/** One instrument's page: phase, what may be recorded, the outcome banner. */
export class InstrumentPage {
  constructor(readonly page: Page) {}

  phase() {
    return this.page.getByTestId('phase').innerText();
  }

  recordLinks() {
    return this.page.locator('[data-testid="record-list"] a').allInnerTexts();
  }

  banner() {
    return this.page.locator('.govuk-notification-banner').innerText();
  }
}
