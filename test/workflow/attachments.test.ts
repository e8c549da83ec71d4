import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  attachFiles,
  attachmentsOf,
  decideApplication,
  deleteWithdrawnFiles,
  exportData,
  type FileStore,
  folderFileStore,
  readAttachment,
  submitApplication,
  submitReport,
  withdrawApplication,
} from "../../src/workflow";
import { FILES } from "../support/attachment-files";
import { applicationInput, codeOf, createKit, createPerson, type Kit, returnedMission } from "../support/workflow-kit";

let kit: Kit;
let dir: string;
let store: FileStore;
beforeEach(async () => {
  kit = await createKit();
  dir = await mkdtemp(join(tmpdir(), "expect-files-"));
  store = folderFileStore(dir);
});
afterEach(async () => {
  await kit.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every file the folder holds, whatever its sub-folder. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

async function pendingApplication() {
  const applicant = await createPerson(kit, "referent@lyon.fr", "Référent Lyon");
  const { value } = await submitApplication(kit.ctx, applicant, applicationInput());
  return { applicant, applicationId: value.applicationId };
}

describe("attachments of an application", () => {
  it("keeps an accepted file under a random key, and gives it back to those who may see the application", async () => {
    const { applicant, applicationId } = await pendingApplication();
    const pdf = FILES.pdf();
    const result = await attachFiles(kit.ctx, store, applicant, {
      caseKind: "application",
      caseId: applicationId,
      files: [{ name: "../Délibération du conseil.pdf", bytes: pdf }],
    });
    expect(result.refused).toEqual([]);
    expect(result.attached).toEqual([
      expect.objectContaining({ name: "Délibération du conseil.pdf", type: "pdf", size: pdf.length }),
    ]);
    const [stored] = await storedFiles();
    expect(stored).toMatch(/^[0-9a-f]{32}$/);
    const id = result.attached[0]?.id as string;
    for (const reader of [applicant, kit.committee, kit.daect]) {
      const file = await readAttachment(kit.ctx, store, reader, id);
      expect(file).toMatchObject({ name: "Délibération du conseil.pdf", mime: "application/pdf" });
      expect(file.bytes.equals(pdf)).toBe(true);
    }
    expect(await codeOf(readAttachment(kit.ctx, store, kit.embassySN, id))).toBe("forbidden");
    const stranger = await createPerson(kit, "quidam@example.org", "Quidam");
    expect(await codeOf(readAttachment(kit.ctx, store, stranger, id))).toBe("forbidden");
    const lines = await attachmentsOf(kit.ctx, "application", [applicationId]);
    expect(lines.get(applicationId)?.map((l) => l.name)).toEqual(["Délibération du conseil.pdf"]);
  });

  it("refuses a program renamed .pdf and an 11 MB file, keeping nothing of them, and keeps the good file beside", async () => {
    const { applicant, applicationId } = await pendingApplication();
    const result = await attachFiles(kit.ctx, store, applicant, {
      caseKind: "application",
      caseId: applicationId,
      files: [
        { name: "decision.pdf", bytes: FILES.exe() },
        { name: "scan.pdf", bytes: FILES.pdf(11 * 1024 * 1024) },
        { name: "reference.docx", bytes: FILES.docx() },
      ],
    });
    expect(result.refused.map((e) => [e.code, e.params.name])).toEqual([
      ["attachment_type_refused", "decision.pdf"],
      ["attachment_too_large", "scan.pdf"],
    ]);
    expect(result.attached.map((f) => f.name)).toEqual(["reference.docx"]);
    expect(await storedFiles()).toHaveLength(1);
    expect(await kit.db.attachment.count()).toBe(1);
  });

  it("counts the case's files and total across uploads", async () => {
    const { applicant, applicationId } = await pendingApplication();
    const upload = (name: string, size: number) =>
      attachFiles(kit.ctx, store, applicant, {
        caseKind: "application",
        caseId: applicationId,
        files: [{ name, bytes: FILES.pdf(size) }],
      });
    await upload("a.pdf", 9 * 1024 * 1024);
    await upload("b.pdf", 9 * 1024 * 1024);
    const third = await upload("c.pdf", 9 * 1024 * 1024);
    expect(third.refused.map((e) => e.code)).toEqual(["attachment_case_full"]);
    expect(await storedFiles()).toHaveLength(2);
  });

  it("is refused to someone who may not file the application, and once it is decided", async () => {
    const { applicationId } = await pendingApplication();
    const files = [{ name: "a.pdf", bytes: FILES.pdf() }];
    expect(
      await codeOf(
        attachFiles(kit.ctx, store, kit.embassySN, { caseKind: "application", caseId: applicationId, files }),
      ),
    ).toBe("forbidden");
    await kit.db.application.update({ where: { id: applicationId }, data: { status: "approved" } });
    expect(
      await codeOf(attachFiles(kit.ctx, store, kit.daect, { caseKind: "application", caseId: applicationId, files })),
    ).toBe("wrong_state");
    expect(await storedFiles()).toEqual([]);
  });

  it("deletes the bytes again when the transaction fails after writing them", async () => {
    const { applicant, applicationId } = await pendingApplication();
    // A store that hands the first key out twice: the second row breaks the key's uniqueness and the transaction.
    const keys: string[] = [];
    const repeating: FileStore = {
      ...store,
      put: async (bytes) => {
        const key = await store.put(bytes);
        if (keys.length === 0) {
          keys.push(key);
          return key;
        }
        await store.delete(key);
        return keys[0] as string;
      },
    };
    await expect(
      attachFiles(kit.ctx, repeating, applicant, {
        caseKind: "application",
        caseId: applicationId,
        files: [
          { name: "a.pdf", bytes: FILES.pdf() },
          { name: "b.pdf", bytes: FILES.pdf() },
        ],
      }),
    ).rejects.toThrow();
    expect(await kit.db.attachment.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });
});

describe("retention of attachments", () => {
  it("deletes the files of a withdrawn application, rows and bytes, and keeps the others", async () => {
    const { applicant, applicationId } = await pendingApplication();
    const files = [{ name: "a.pdf", bytes: FILES.pdf() }];
    await attachFiles(kit.ctx, store, applicant, { caseKind: "application", caseId: applicationId, files });
    const other = await createPerson(kit, "referent@nantes.fr", "Référent Nantes");
    const kept = await submitApplication(kit.ctx, other, applicationInput({ organisationName: "Ville de Nantes" }));
    const caseId = kept.value.applicationId;
    await attachFiles(kit.ctx, store, other, { caseKind: "application", caseId, files });
    expect(await deleteWithdrawnFiles(kit.ctx, store)).toBe(0);
    await withdrawApplication(kit.ctx, applicant, { applicationId });
    expect(await deleteWithdrawnFiles(kit.ctx, store)).toBe(1);
    expect((await kit.db.attachment.findMany()).map((a) => a.caseId)).toEqual([caseId]);
    expect(await storedFiles()).toHaveLength(1);
    expect(await deleteWithdrawnFiles(kit.ctx, store)).toBe(0);
  });
});

describe("attachments in DAECT's exports", () => {
  it("lists the names of a label's application files and of a report's files", async () => {
    const { applicant, applicationId } = await pendingApplication();
    const files = [
      { name: "Délibération.pdf", bytes: FILES.pdf() },
      { name: "références.docx", bytes: FILES.docx() },
    ];
    await attachFiles(kit.ctx, store, applicant, { caseKind: "application", caseId: applicationId, files });
    await decideApplication(kit.ctx, kit.committee, { applicationId, decision: "approve" });
    const labels = await exportData(kit.ctx, kit.daect, "labels");
    expect(labels.columns).toContain("attachments");
    expect(labels.rows.map((r) => r.attachments)).toEqual(["Délibération.pdf|références.docx"]);
    expect((await exportData(kit.ctx, kit.daect, "reports")).columns).toContain("attachments");
  });
});

describe("attachments of a report", () => {
  it("are added by a missionary while the report is open, and read by those who see the mission", async () => {
    const { missionId, missionary, focal } = await returnedMission(kit);
    const { value } = await submitReport(kit.ctx, missionary, {
      missionId,
      objectAccount: "Diagnostic de la collecte",
      complementaryAction: false,
      longTermCooperation: false,
    });
    const result = await attachFiles(kit.ctx, store, missionary, {
      caseKind: "report",
      caseId: value.reportId,
      files: [{ name: "photo.jpg", bytes: FILES.jpeg() }],
    });
    const id = result.attached[0]?.id as string;
    for (const reader of [focal, kit.daect, kit.embassySN]) {
      expect((await readAttachment(kit.ctx, store, reader, id)).mime).toBe("image/jpeg");
    }
    expect(await codeOf(readAttachment(kit.ctx, store, kit.embassyMA, id))).toBe("forbidden");
  });
});
