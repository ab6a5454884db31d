import PDFDocument from 'pdfkit';
import type { PaperDocument } from '@cs/domain';
import { citeText, TO_WRITE_MARK } from './record';

/** A paper document as PDF (A4, the standard Helvetica faces): the same content as the .docx. */
export function renderPdf(paper: PaperDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: paper.title, Creator: "Children's services intervention engine" } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(18).text(paper.title);
  doc.moveDown(0.3).font('Helvetica-Oblique').fontSize(9).fillColor('#505a5f').text(`${paper.instrumentId}. From the record as of ${paper.asOf}; generated ${paper.generatedAt}.`);
  for (const section of paper.sections) {
    doc.moveDown(1).font('Helvetica-Bold').fontSize(13).fillColor('black').text(section.clause ? `${section.heading} (${section.clause})` : section.heading);
    for (const block of section.blocks) {
      doc.moveDown(0.4);
      if (block.kind === 'sentence') {
        doc.font('Helvetica').fontSize(10).fillColor('black').text(`${block.text} `, { continued: true });
        doc.fontSize(8).fillColor('#505a5f').text(citeText(block.cites));
      } else {
        doc.font('Helvetica-Bold').fontSize(10).fillColor('#d4351c').text(`${TO_WRITE_MARK} `, { continued: true });
        doc.font('Helvetica-Oblique').fillColor('black').text(block.prompt);
      }
    }
  }
  doc.end();
  return done;
}
