import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { provision } from '../../tools/servers/processes';
import { traffordThrough } from '../paperwork/support/notice';
import { seriousViolations, startWeb, type WebHarness } from './support/web-harness';

// From a notice's page in the browser to its paperwork: the links are there for a notice, and the
// board pack downloads as the PDF the API makes for the person signed in.
describe('web: paperwork from the instrument page', () => {
  let h: WebHarness;
  let path: string;

  beforeAll(async () => {
    h = await startWeb('paperwork');
    ({ path } = await traffordThrough(h.api, '2019-08-20'));
  });
  afterAll(() => h?.stop());

  it('links the board pack and the self-assessment, and downloads the board pack as PDF', async () => {
    const po = await h.userWith('programme-office', h.slug);
    const { page, context } = await h.signedIn(po.key);
    try {
      await page.goto(path);
      const links = page.getByTestId('paperwork').getByRole('link');
      expect(await links.allTextContents()).toEqual(['Word', 'PDF', 'Word', 'PDF']);
      expect(await seriousViolations(page)).toEqual([]);

      const [download] = await Promise.all([page.waitForEvent('download'), links.nth(1).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^board-pack-${h.slug}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
      const file = await download.path();
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      const text = execFileSync(join(provision('poppler.sh'), 'pdftotext'), [file, '-']).toString();
      expect(text).toContain('Improvement board pack: Trafford Council');
    } finally {
      await context.close();
    }
  });
});
