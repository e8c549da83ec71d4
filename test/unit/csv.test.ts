import { parseCsv, toCsv, toSpreadsheetCsv } from "../../src/documents/csv";

describe("CSV written for spreadsheets", () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+33 1 23", "'+33 1 23"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\r=1", `"'\r=1"`],
  ])("keeps %j as text, behind an apostrophe", (value, cell) => {
    expect(toCsv(["v"], [{ v: value }])).toBe(`v\r\n${cell}\r\n`);
  });

  it("leaves ordinary text, numbers (negative ones too), dates and empty cells as they are", () => {
    const rows = [{ a: "Ville de Lyon", b: -12, c: new Date("2026-03-02T09:00:00Z"), d: null, e: "a=b" }];
    expect(toCsv(["a", "b", "c", "d", "e"], rows)).toBe(
      "a,b,c,d,e\r\nVille de Lyon,-12,2026-03-02T09:00:00.000Z,,a=b\r\n",
    );
  });

  it("quotes separators and quotes, and reads back what it wrote", () => {
    const text = toSpreadsheetCsv(["name", "note"], [{ name: 'Le "Grand" Lyon; métropole', note: "=1+1" }]);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(text).rows[0]?.values).toEqual(['Le "Grand" Lyon; métropole', "'=1+1"]);
  });
});
