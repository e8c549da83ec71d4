import { DomainError } from "./errors";
import { LIMITS } from "./limits";

/**
 * Files joined to an application (council decision, references) or a mission report (annexes, photos): which types
 * are accepted, read from the bytes themselves (a name says nothing about what a file is), and how much a case holds.
 */
export const ATTACHMENT_LIMITS = {
  /** One file: a scanned council decision of a few pages, or a phone photo, fits well under it. */
  fileBytes: 10 * 1024 * 1024,
  /** All the files of one application or one report together. */
  caseBytes: 25 * 1024 * 1024,
  /** Files per application or report. */
  caseFiles: 10,
} as const;

export const ATTACHMENT_TYPES = ["pdf", "png", "jpeg", "docx", "xlsx", "odt"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_CASE_KINDS = ["application", "report"] as const;
export type AttachmentCaseKind = (typeof ATTACHMENT_CASE_KINDS)[number];

/** The media type a download is served with, and the name endings each type is known by. */
export const ATTACHMENT_FORMATS: Record<AttachmentType, { mime: string; extensions: readonly string[] }> = {
  pdf: { mime: "application/pdf", extensions: ["pdf"] },
  png: { mime: "image/png", extensions: ["png"] },
  jpeg: { mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
  odt: { mime: "application/vnd.oasis.opendocument.text", extensions: ["odt"] },
};

/** The name endings the forms offer (Slack's file_input `filetypes`), from the same table. */
export const ATTACHMENT_EXTENSIONS: readonly string[] = ATTACHMENT_TYPES.flatMap(
  (t) => ATTACHMENT_FORMATS[t].extensions,
);

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIME = "application/vnd.oasis.opendocument.text";

/** The type of a file from its bytes, or null when it is none the programme accepts. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, ZIP_LOCAL)) return officeTypeOf(bytes);
  return null;
}

/**
 * An office document is a zip: OpenDocument stores its `mimetype` entry first and uncompressed; Office Open XML
 * lists `[Content_Types].xml` with a `word/` or `xl/` part. The central directory (at the end) names every entry, so
 * the order Office happened to write them in does not matter. A zip of anything else is refused.
 */
function officeTypeOf(bytes: Uint8Array): AttachmentType | null {
  if (bytes.length < 30 + 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const firstNameLength = view.getUint16(26, true);
  const firstExtraLength = view.getUint16(28, true);
  const firstName = latin1(bytes, 30, firstNameLength);
  if (firstName === "mimetype") {
    const start = 30 + firstNameLength + firstExtraLength;
    return latin1(bytes, start, ODT_MIME.length) === ODT_MIME ? "odt" : null;
  }
  const names = zipEntryNames(bytes, view);
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.includes("word/document.xml")) return "docx";
  if (names.includes("xl/workbook.xml")) return "xlsx";
  return null;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function zipEntryNames(bytes: Uint8Array, view: DataView): string[] {
  // The end record is the last 22 bytes, followed by a comment of at most 65 535 bytes.
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= floor; at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    if (view.getUint32(at, true) !== CENTRAL) break;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(latin1(bytes, at + 46, nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + length)));
}

/**
 * A file's name as stored and shown: its last path segment, without control or bidi characters, clipped to the
 * column's length with its ending kept. Never used to build a storage path.
 */
export function sanitiseAttachmentName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  const name = cleaned.replace(/^\.+/, "") || "file";
  const max = LIMITS.attachmentName;
  if (name.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const ending = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return name.slice(0, max - ending.length) + ending;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** What a case holds already, to check a new file against its limits. */
export interface CaseHoldings {
  files: number;
  bytes: number;
}

/**
 * Checks one file before anything of it is kept: its type from its bytes (and a name that says the same), its size,
 * and what the case would hold with it. Returns the type; throws the refusal naming the file and the limit.
 */
export function checkAttachment(name: string, bytes: Uint8Array, holdings: CaseHoldings): AttachmentType {
  if (bytes.length > ATTACHMENT_LIMITS.fileBytes) {
    throw new DomainError("attachment_too_large", { name, size: bytes.length, max: ATTACHMENT_LIMITS.fileBytes });
  }
  const type = detectAttachmentType(bytes);
  if (type === null || !ATTACHMENT_FORMATS[type].extensions.includes(extensionOf(name))) {
    throw new DomainError("attachment_type_refused", { name, types: ATTACHMENT_EXTENSIONS.join(", ") });
  }
  if (holdings.files + 1 > ATTACHMENT_LIMITS.caseFiles) {
    throw new DomainError("attachment_too_many", { name, max: ATTACHMENT_LIMITS.caseFiles });
  }
  if (holdings.bytes + bytes.length > ATTACHMENT_LIMITS.caseBytes) {
    throw new DomainError("attachment_case_full", { name, total: holdings.bytes, max: ATTACHMENT_LIMITS.caseBytes });
  }
  return type;
}
