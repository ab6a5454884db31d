import { Injectable, NotFoundException } from '@nestjs/common';
import { dateOf, type InstrumentRef, type PaperDocument, type PaperFormat } from '@cs/domain';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { boardPack } from './board-pack';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { selfAssessment } from './self-assessment';

export interface Rendered {
  paper: PaperDocument;
  body: Buffer | PaperDocument;
  fileName: string;
}

/** Board packs and self-assessment drafts from an instrument's record, in the format asked for. */
@Injectable()
export class PaperworkService {
  constructor(private readonly temporal: TemporalClientService) {}

  async boardPack(ref: InstrumentRef, boardOn: string | undefined, format: PaperFormat): Promise<Rendered> {
    this.noticeOnly(ref);
    const on = boardOn ?? dateOf(Date.now());
    const [facts, view] = await Promise.all([this.temporal.facts(ref.workflowId), this.temporal.state(ref.workflowId, on)]);
    const paper = boardPack({ facts, view, boardOn: on, generatedAt: new Date().toISOString() });
    return this.render(paper, format, `board-pack-${ref.council}-${on}`);
  }

  async selfAssessment(ref: InstrumentRef, asOf: string | undefined, reviewId: string | undefined, format: PaperFormat): Promise<Rendered> {
    this.noticeOnly(ref);
    const on = asOf ?? dateOf(Date.now());
    const [facts, view] = await Promise.all([this.temporal.facts(ref.workflowId), this.temporal.state(ref.workflowId, on)]);
    const paper = selfAssessment({ facts, view, asOf: on, reviewId, generatedAt: new Date().toISOString() });
    return this.render(paper, format, `self-assessment-${ref.council}-${reviewId ?? on}`);
  }

  // Boards and DfE reviews with a self-assessment are a notice's (cl. 5, 10); a direction's
  // commissioner reports and a continuing board's ambitions are not in these documents yet.
  private noticeOnly(ref: InstrumentRef): void {
    if (ref.kind !== 'improvement-notice') throw new NotFoundException(`board packs and self-assessments are made for improvement notices; ${ref.workflowId} is a ${ref.kind}`);
  }

  private async render(paper: PaperDocument, format: PaperFormat, name: string): Promise<Rendered> {
    if (format === 'json') return { paper, body: paper, fileName: `${name}.json` };
    const body = format === 'docx' ? await renderDocx(paper) : await renderPdf(paper);
    return { paper, body, fileName: `${name}.${format}` };
  }
}
