import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { PaperDocument } from '@cs/domain';
import { citeText, TO_WRITE_MARK } from './record';

/** A paper document as a Word file: headings, sentences with their sources, marked places to write. */
export function renderDocx(paper: PaperDocument): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(paper.title)] }),
    new Paragraph({
      children: [new TextRun({ text: `${paper.instrumentId}. From the record as of ${paper.asOf}; generated ${paper.generatedAt}.`, italics: true })],
    }),
  ];
  for (const section of paper.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.clause ? `${section.heading} (${section.clause})` : section.heading)] }));
    for (const block of section.blocks) {
      children.push(
        block.kind === 'sentence'
          ? new Paragraph({ children: [new TextRun(`${block.text} `), new TextRun({ text: citeText(block.cites), color: '505A5F', size: 18 })] })
          : new Paragraph({
              heading: HeadingLevel.HEADING_3,
              children: [new TextRun({ text: `${TO_WRITE_MARK} `, bold: true, highlight: 'yellow' }), new TextRun(block.prompt)],
            }),
      );
    }
  }
  const doc = new Document({ creator: "Children's services intervention engine", title: paper.title, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
