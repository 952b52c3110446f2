// Name badges on A4 sheets of eight (two columns, four rows), with cut marks: each badge has the name, the
// Neuland handle, the photo and a QR code to the profile. The fonts are embedded (DejaVu, from the npm package
// dejavu-fonts-ttf; Bitstream Vera licence with DejaVu's public-domain changes, see its LICENSE) so that umlauts,
// ß, Polish, Turkish or Greek names print as typed, whatever fonts the printer has.
import { createRequire } from 'node:module';
import type QRCodeLibrary from 'qrcode';

const fontFile = (name: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);
const REGULAR = fontFile('DejaVuSans.ttf');
const BOLD = fontFile('DejaVuSans-Bold.ttf');

export const BADGES_PER_SHEET = 8;
const COLUMNS = 2;
const ROWS = 4;
const MARGIN = 28; // about 10 mm, inside what office printers can reach
const PHOTO = 72;
const QR = 64;
const PADDING = 14;

export interface Badge {
  displayName: string;
  handle: string;
  profileUrl: string;
  /** A JPEG of the profile photo, or null for an initial in a circle. */
  photo: Buffer | null;
}

/** The PDF of `badges`, eight to an A4 page, in the given order. */
export async function badgeSheets(meetupTitle: string, badges: Badge[]): Promise<Buffer> {
  // Loaded when a sheet is printed, not at start: pdfkit and its fonts' code cost every process a third of a second.
  const [{ default: PDFDocument }, { default: qrCode }] = await Promise.all([
    import('pdfkit'),
    import('qrcode'),
  ]);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: meetupTitle, Creator: 'Neuland' },
  });
  const done = collect(doc);
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  if (badges.length === 0) doc.addPage();
  const width = (595.28 - 2 * MARGIN) / COLUMNS;
  const height = (841.89 - 2 * MARGIN) / ROWS;
  for (const [index, badge] of badges.entries()) {
    const slot = index % BADGES_PER_SHEET;
    if (slot === 0) doc.addPage();
    const x = MARGIN + (slot % COLUMNS) * width;
    const y = MARGIN + Math.floor(slot / COLUMNS) * height;
    doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#b0b0b0').rect(x, y, width, height).stroke();
    doc.restore();
    drawBadge(doc, qrCode, meetupTitle, badge, x, y, width, height);
  }
  doc.end();
  return done;
}

function drawBadge(
  doc: PDFKit.PDFDocument,
  qrCode: typeof QRCodeLibrary,
  meetupTitle: string,
  badge: Badge,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const inner = width - 2 * PADDING;
  doc.font('regular').fontSize(8).fillColor('#6b6b6b');
  doc.text(meetupTitle, x + PADDING, y + PADDING, {
    width: inner,
    height: 11,
    ellipsis: true,
    lineBreak: false,
  });
  const photoY = y + PADDING + 18;
  drawPhoto(doc, badge, x + PADDING, photoY);
  const textX = x + PADDING + PHOTO + 12;
  const textWidth = width - PHOTO - 12 - 2 * PADDING;
  const nameSize = fittingSize(doc, badge.displayName, textWidth);
  doc.font('bold').fontSize(nameSize).fillColor('#111111');
  doc.text(badge.displayName, textX, photoY + 4, {
    width: textWidth,
    height: nameSize * 2.5,
    ellipsis: true,
  });
  doc.font('regular').fontSize(11).fillColor('#333333');
  doc.text(`@${badge.handle}`, textX, doc.y + 4, {
    width: textWidth,
    height: 14,
    ellipsis: true,
    lineBreak: false,
  });
  drawQrCode(doc, qrCode, badge.profileUrl, x + width - PADDING - QR, y + height - PADDING - QR);
  doc.font('regular').fontSize(7).fillColor('#6b6b6b');
  doc.text('Neuland', x + PADDING, y + height - PADDING - 9, { width: inner - QR, lineBreak: false });
}

/** The largest size from 22 pt down at which the name fits on two lines, words kept whole where possible. */
function fittingSize(doc: PDFKit.PDFDocument, name: string, width: number): number {
  doc.font('bold');
  for (let size = 22; size > 11; size -= 1) {
    doc.fontSize(size);
    const longestWord = Math.max(...name.split(/\s+/).map((word) => doc.widthOfString(word)));
    if (longestWord <= width && doc.heightOfString(name, { width }) <= size * 2.5) return size;
  }
  return 11;
}

function drawPhoto(doc: PDFKit.PDFDocument, badge: Badge, x: number, y: number): void {
  if (badge.photo) {
    try {
      doc
        .save()
        .circle(x + PHOTO / 2, y + PHOTO / 2, PHOTO / 2)
        .clip();
      doc.image(badge.photo, x, y, { width: PHOTO, height: PHOTO });
      doc.restore();
      return;
    } catch {
      // A photo pdfkit cannot read gets the initial instead: one bad file must not cost the whole sheet.
      doc.restore();
    }
  }
  doc
    .save()
    .circle(x + PHOTO / 2, y + PHOTO / 2, PHOTO / 2)
    .fill('#e8e4dc')
    .restore();
  const initial = [...badge.displayName.trim()][0]?.toUpperCase() ?? '?';
  doc.font('bold').fontSize(30).fillColor('#4a4a4a');
  doc.text(initial, x, y + PHOTO / 2 - 18, { width: PHOTO, align: 'center', lineBreak: false });
}

/** The QR code as squares, not an image: sharp at any printer's resolution. */
function drawQrCode(
  doc: PDFKit.PDFDocument,
  qrCode: typeof QRCodeLibrary,
  url: string,
  x: number,
  y: number,
): void {
  const { modules } = qrCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = QR / modules.size;
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell, cell);
    }
  }
  doc.fill().restore();
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
