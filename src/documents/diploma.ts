import type { LabelState } from "../domain/label";
import { THEMES, type Theme } from "../domain/themes";
import { formatDate } from "../i18n";

export interface DiplomaInput {
  number: string;
  organisation: string;
  organisationKind: string;
  themes: readonly Theme[];
  competences: string;
  validFrom: Date;
  validUntil: Date;
  /** Where anyone can check the label (diplomaVerificationUrl): printed, and drawn as a QR code. */
  verificationUrl: string;
  /** A label not active (suspended, revoked, expired) is marked across the diploma; absent means active. */
  state?: LabelState;
  suspendedUntil?: Date | null;
  revokedAt?: Date | null;
}

/** The words stamped on a diploma whose label is no longer valid as it stands, or nothing. */
function stateMark(input: DiplomaInput): string | null {
  switch (input.state) {
    case "suspended":
      return input.suspendedUntil
        ? `LABEL SUSPENDU jusqu’au ${formatDate(input.suspendedUntil, "fr")} inclus`
        : "LABEL SUSPENDU";
    case "revoked":
      return input.revokedAt ? `LABEL RETIRÉ le ${formatDate(input.revokedAt, "fr")}` : "LABEL RETIRÉ";
    case "expired":
      return "LABEL EXPIRÉ";
    default:
      return null;
  }
}

const KIND: Record<string, string> = {
  collectivite: "Collectivité territoriale",
  association: "Association de collectivités ou d’élus",
};

const NAVY = "#000091";
const RED = "#E1000F";
const MAX_COMPETENCES = 600;
/** The QR code's side in points (3 cm): 33 modules of 2.5 pt for a URL of ~60 characters, fine for any phone. */
const QR_SIDE = 84;

type Doc = PDFKit.PDFDocument;

/**
 * The QR code of the verification URL, drawn as vector squares (one per run of dark modules in a row): sharp at
 * any print size, and what a reader of the PDF finds in its page content, as the test decodes it.
 */
async function drawQrCode(doc: Doc, url: string, x: number, y: number): Promise<void> {
  const { create } = await import("qrcode");
  const { modules } = create(url, { errorCorrectionLevel: "M" });
  const cell = QR_SIDE / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell);
    }
  }
  doc.fillColor("black").fill();
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The EXPE-CT diploma (L7), always in French, A4 landscape, built from the label alone so that the same label
 * gives the same document. The number is also written in the PDF's metadata, where tools and tests can read it;
 * the verification URL is printed at the bottom left, beside its QR code.
 * pdfkit is loaded on the first diploma: it costs a quarter of a second and 13 MB at start-up otherwise.
 */
export async function renderDiploma(input: DiplomaInput): Promise<Buffer> {
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 56,
    info: {
      Title: `Diplome ${input.number}`,
      Subject: input.number,
      // The state as tools and tests read it: the stamp itself is drawn text, compressed in the page.
      Keywords: `label ${input.state ?? "active"}`,
      Author: "MEAE - DAECT",
      Creator: "EXPE-CT",
      CreationDate: input.validFrom,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const { width, height } = doc.page;
  const inner = width - 2 * 56;
  doc
    .lineWidth(3)
    .strokeColor(NAVY)
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc
    .lineWidth(1)
    .strokeColor(RED)
    .rect(32, 32, width - 64, height - 64)
    .stroke();

  doc.fillColor(NAVY).font("Helvetica-Bold").fontSize(12).text("RÉPUBLIQUE FRANÇAISE", 56, 56, { width: inner });
  doc.font("Helvetica").fontSize(10).text("Ministère de l’Europe et des Affaires étrangères", { width: inner });
  doc.text("Délégation pour l’action extérieure des collectivités territoriales (DAECT)", { width: inner });

  doc.moveDown(2).font("Helvetica-Bold").fontSize(34).text("Diplôme EXPE-CT", { width: inner, align: "center" });
  doc
    .font("Helvetica")
    .fontSize(13)
    .fillColor("black")
    .text("Label de l’expertise des collectivités territoriales françaises à l’international", {
      width: inner,
      align: "center",
    });
  doc.moveDown(1.5).fontSize(13).text("décerné à", { width: inner, align: "center" });
  doc.moveDown(0.3).font("Helvetica-Bold").fontSize(24).fillColor(NAVY).text(input.organisation, {
    width: inner,
    align: "center",
  });
  doc
    .font("Helvetica")
    .fontSize(11)
    .fillColor("black")
    .text(KIND[input.organisationKind] ?? input.organisationKind, { width: inner, align: "center" });

  const themes = input.themes.map((t) => THEMES[t]?.fr ?? t).join(" · ");
  doc.moveDown(1.2).fontSize(12).text(`pour son expertise : ${themes}`, { width: inner, align: "center" });
  doc.moveDown(0.4).fontSize(10).fillColor("#333333").text(shorten(input.competences, MAX_COMPETENCES), {
    width: inner,
    align: "center",
  });

  const from = formatDate(input.validFrom, "fr");
  const until = formatDate(input.validUntil, "fr");
  doc.moveDown(1.5).font("Helvetica-Bold").fontSize(13).fillColor(NAVY).text(`Label n° ${input.number}`, {
    width: inner,
    align: "center",
  });
  doc.font("Helvetica").fontSize(11).fillColor("black").text(`Valable du ${from} au ${until}`, {
    width: inner,
    align: "center",
  });
  const mark = stateMark(input);
  if (mark) {
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(16).fillColor(RED).text(mark, { width: inner, align: "center" });
    doc.font("Helvetica").fillColor("black");
  }
  const qrTop = height - 56 - QR_SIDE;
  await drawQrCode(doc, input.verificationUrl, 56, qrTop);
  const caption = { width: 300, lineBreak: true };
  doc
    .font("Helvetica-Bold")
    .fontSize(9)
    .fillColor(NAVY)
    .text(`Vérifier ce label n° ${input.number} :`, 150, qrTop + 40, caption);
  doc.font("Helvetica").fillColor("black").text(input.verificationUrl, caption);
  doc.fontSize(11).text(`Fait à Paris, le ${from}`, 56, height - 110, { width: inner, align: "right" });
  doc
    .fontSize(10)
    .text("Pour le ministre et par délégation, la DAECT", 56, height - 92, { width: inner, align: "right" });
  doc.end();
  return done;
}
