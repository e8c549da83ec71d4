/** Small files of each kind, built byte by byte, for the attachment tests: only their first bytes matter. */

/** A stored (uncompressed) zip of these entries; the CRC is left at 0, which no check of the programme reads. */
export function zipOf(entries: readonly { name: string; content: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "latin1");
    const content = Buffer.from(entry.content, "latin1");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, content);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const FILES = {
  pdf: (size = 200) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(Math.max(0, size - 9), 0x20)]),
  png: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  jpeg: () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]),
  docx: () =>
    zipOf([
      { name: "_rels/.rels", content: "<Relationships/>" },
      { name: "[Content_Types].xml", content: "<Types/>" },
      { name: "word/document.xml", content: "<w:document/>" },
    ]),
  xlsx: () =>
    zipOf([
      { name: "[Content_Types].xml", content: "<Types/>" },
      { name: "xl/workbook.xml", content: "<workbook/>" },
    ]),
  odt: () =>
    zipOf([
      { name: "mimetype", content: "application/vnd.oasis.opendocument.text" },
      { name: "content.xml", content: "<office:document-content/>" },
    ]),
  /** A Windows program: "MZ" first. */
  exe: () => Buffer.concat([Buffer.from("MZ\x90\x00"), Buffer.alloc(60)]),
  html: () => Buffer.from("<!doctype html><script>alert(1)</script>"),
  /** A zip of anything else (a program in an archive). */
  zip: () => zipOf([{ name: "setup.exe", content: "MZ" }]),
};
