import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { buildTeamsPackage, crc32, MANIFEST_DIR } from "../../scripts/teams-package";
import { COMMANDS } from "../../src/teams/constants";

// strip-bom and node-fetch are ESM-only, which jest on Node 20 cannot require; the validation uses neither.
jest.mock("strip-bom", () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, "") }));
jest.mock("node-fetch", () => ({ __esModule: true, default: () => Promise.reject(new Error("offline test")) }));

const read = (name: string) => fs.readFileSync(path.join(MANIFEST_DIR, name));
const json = (name: string) => JSON.parse(read(name).toString("utf8"));

/** The schema bundled with @microsoft/app-manifest for a $schema URL: validation never goes online. */
function bundledSchema(url: string) {
  const suffix = url.replace("https://developer.microsoft.com/", "");
  const file = path.join(path.dirname(require.resolve("@microsoft/app-manifest")), suffix);
  return JSON.parse(fs.readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
}

/** Width, height and RGBA pixels of a PNG written with filter 0 rows (ours are). */
function decodePng(data: Buffer) {
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString("ascii", offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    expect(data.readUInt32BE(offset + 8 + length)).toBe(crc32(data.subarray(offset + 4, offset + 8 + length)));
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8, 10)]).toEqual([8, 6]);
    }
    if (type === "IDAT") idat.push(body);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixel = (x: number, y: number) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4).subarray(0, 4)];
  return { width, height, pixel };
}

/** The entries of a zip, read from its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const size = zip.readUInt32LE(at + 20);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zlib.inflateRawSync(zip.subarray(start, start + size));
    expect(crc32(data)).toBe(zip.readUInt32LE(at + 16));
    out.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

describe("Teams app package", () => {
  const manifest = json("manifest.json");
  const english = json("en-us.json");

  it("validates against the manifest and localization schemas bundled with @microsoft/app-manifest", async () => {
    expect(manifest.manifestVersion).toBe("1.24");
    expect(await AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest.$schema))).toEqual([]);
    // The localization schema's patterns are not valid under ajv's default unicode flag: compile it without.
    const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    const validate = ajv.compile(bundledSchema(english.$schema));
    expect(validate(english) ? [] : validate.errors).toEqual([]);
  });

  it("has a 192×192 colour icon and a 32×32 white-on-transparent outline", () => {
    const color = decodePng(read(manifest.icons.color));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.pixel(0, 0)[3]).toBe(255);
    const outline = decodePng(read(manifest.icons.outline));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.pixel(x, y);
        if (a !== 0) expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
      }
    }
  });

  it("offers the bot's commands in the scopes the code serves, in French and in English", () => {
    const [bot] = manifest.bots;
    expect(bot.scopes).toEqual(["personal", "team"]);
    bot.commandLists.forEach((list: { scopes: string[]; commands: { title: string }[] }, i: number) => {
      const [scope] = list.scopes;
      const expected = COMMANDS.filter((c) => c.scopes.includes(scope as "personal" | "team"));
      expect(list.commands.map((c) => c.title)).toEqual(expected.map((c) => c.words.fr));
      expect(list.commands.map((_, j) => english[`bots[0].commandLists[${i}].commands[${j}].title`])).toEqual(
        expected.map((c) => c.words.en),
      );
    });
    const listed = new Set(
      bot.commandLists.flatMap((l: { commands: { title: string }[] }) => l.commands.map((c) => c.title)),
    );
    expect([...listed].sort()).toEqual(COMMANDS.map((c) => c.words.fr).sort());
  });

  it("packs the manifest with the bot id from TEAMS_CLIENT_ID, and the icons, at the zip's root", () => {
    const botId = "0a1b2c3d-0000-4000-8000-00000000b0b0";
    const files = unzip(buildTeamsPackage({ TEAMS_CLIENT_ID: botId }));
    expect([...files.keys()].sort()).toEqual(["color.png", "en-us.json", "manifest.json", "outline.png"]);
    const packed = JSON.parse(files.get("manifest.json")?.toString("utf8") ?? "{}");
    expect(packed.id).toBe(botId);
    expect(packed.bots[0].botId).toBe(botId);
    expect(files.get("color.png")).toEqual(read("color.png"));
    expect(() => buildTeamsPackage({})).toThrow("TEAMS_CLIENT_ID");
  });
});
