import {
  ATTACHMENT_LIMITS,
  checkAttachment,
  detectAttachmentType,
  sanitiseAttachmentName,
} from "../../src/domain/attachments";
import { DomainError } from "../../src/domain/errors";
import { LIMITS } from "../../src/domain/limits";
import { describeError } from "../../src/i18n";
import { FILES } from "../support/attachment-files";

const empty = { files: 0, bytes: 0 };

function refusalOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("attachment types, read from the bytes", () => {
  it("recognises each accepted type by its content", () => {
    expect(detectAttachmentType(FILES.pdf())).toBe("pdf");
    expect(detectAttachmentType(FILES.png())).toBe("png");
    expect(detectAttachmentType(FILES.jpeg())).toBe("jpeg");
    expect(detectAttachmentType(FILES.docx())).toBe("docx");
    expect(detectAttachmentType(FILES.xlsx())).toBe("xlsx");
    expect(detectAttachmentType(FILES.odt())).toBe("odt");
  });

  it("recognises nothing else, whatever its name", () => {
    for (const bytes of [FILES.exe(), FILES.html(), FILES.zip(), Buffer.alloc(0), Buffer.from("PK\x03\x04")]) {
      expect(detectAttachmentType(bytes)).toBeNull();
    }
  });

  it("refuses a program or a page renamed .pdf, naming the file and the accepted types", () => {
    for (const bytes of [FILES.exe(), FILES.html()]) {
      const error = refusalOf(() => checkAttachment("decision.pdf", bytes, empty));
      expect(error.code).toBe("attachment_type_refused");
      const words = describeError(error, "fr");
      expect(words).toContain("decision.pdf");
      expect(words).toContain("pdf, png");
      expect(describeError(error, "en")).toContain("Nothing was kept");
    }
  });

  it("refuses a name that says another type than the content", () => {
    expect(refusalOf(() => checkAttachment("photo.png", FILES.pdf(), empty)).code).toBe("attachment_type_refused");
    expect(checkAttachment("Photo.JPG", FILES.jpeg(), empty)).toBe("jpeg");
  });
});

describe("attachment limits", () => {
  it("refuses a file over 10 MB, saying the limit", () => {
    const error = refusalOf(() => checkAttachment("scan.pdf", FILES.pdf(11 * 1024 * 1024), empty));
    expect(error.code).toBe("attachment_too_large");
    expect(describeError(error, "fr")).toContain("10 Mo");
    expect(describeError(error, "en")).toContain("10 MB");
  });

  it("accepts a file of exactly the limit", () => {
    expect(checkAttachment("scan.pdf", FILES.pdf(ATTACHMENT_LIMITS.fileBytes), empty)).toBe("pdf");
  });

  it("refuses a file that would take the case over 25 MB, or over 10 files", () => {
    const full = { files: 3, bytes: 20 * 1024 * 1024 };
    const error = refusalOf(() => checkAttachment("annexe.pdf", FILES.pdf(6 * 1024 * 1024), full));
    expect(error.code).toBe("attachment_case_full");
    expect(describeError(error, "fr")).toContain("25 Mo");
    const many = { files: ATTACHMENT_LIMITS.caseFiles, bytes: 0 };
    expect(refusalOf(() => checkAttachment("annexe.pdf", FILES.pdf(), many)).code).toBe("attachment_too_many");
  });
});

describe("attachment names", () => {
  it("keeps the last path segment, without control or direction characters", () => {
    expect(sanitiseAttachmentName("../../etc/passwd")).toBe("passwd");
    expect(sanitiseAttachmentName("C:\\Users\\a\\décision.pdf")).toBe("décision.pdf");
    expect(sanitiseAttachmentName("a\u0000b\u202Egpj.pdf")).toBe("abgpj.pdf");
    expect(sanitiseAttachmentName("..")).toBe("file");
    expect(sanitiseAttachmentName(".hidden.pdf")).toBe("hidden.pdf");
  });

  it("clips a long name to the column, keeping its ending", () => {
    const name = sanitiseAttachmentName(`${"a".repeat(500)}.pdf`);
    expect(name).toHaveLength(LIMITS.attachmentName);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});
