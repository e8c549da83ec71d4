/**
 * npm run teams:package — builds the Teams app package (build/teams/expect-ct-teams.zip) from
 * manifests/teams with the bot's id from TEAMS_CLIENT_ID (and the app's id from TEAMS_APP_ID, by
 * default the same). `--icons` redraws color.png and outline.png. Node's zlib only: no dependency.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export const MANIFEST_DIR = path.join(__dirname, "..", "manifests", "teams");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PACKAGE_FILES = ["manifest.json", "en-us.json", "color.png", "outline.png"] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

type Rgba = readonly [number, number, number, number];

/** An RGBA PNG from a pixel function: IHDR, one IDAT (filter 0 rows), IEND. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A block letter E on a 12×12 grid: the app's mark, drawn at any size. */
function isLetterE(gx: number, gy: number): boolean {
  if (gx < 3 || gx > 8 || gy < 2 || gy > 9) return false;
  return gx <= 4 || gy <= 3 || gy >= 8 || (gy >= 5 && gy <= 6 && gx <= 7);
}

const BLUE: Rgba = [0x00, 0x00, 0x91, 0xff];
const RED: Rgba = [0xe1, 0x00, 0x0f, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const CLEAR: Rgba = [0xff, 0xff, 0xff, 0x00];

/** Teams' rules: color.png 192×192 full colour; outline.png 32×32, white on transparent. */
export function drawIcons(): { color: Buffer; outline: Buffer } {
  const color = encodePng(192, 192, (x, y) => {
    if (y >= 168) return RED;
    return isLetterE(Math.floor(x / 16), Math.floor(y / 16)) ? WHITE : BLUE;
  });
  const outline = encodePng(32, 32, (x, y) =>
    isLetterE(Math.floor((x * 12) / 32), Math.floor((y * 12) / 32)) ? WHITE : CLEAR,
  );
  return { color, outline };
}

/** A zip of stored names and deflated contents, as Teams' uploader reads it (files at the root). */
export function zipFiles(files: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, "utf8");
    const packed = zlib.deflateRawSync(file.data);
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0x00210000, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The package's files, with the ids filled in; throws a clear message on a missing or malformed id. */
export function buildTeamsPackage(env: NodeJS.ProcessEnv, dir = MANIFEST_DIR): Buffer {
  const botId = env.TEAMS_CLIENT_ID?.trim() ?? "";
  const appId = env.TEAMS_APP_ID?.trim() || botId;
  if (!GUID.test(botId)) throw new Error("TEAMS_CLIENT_ID must be the bot's Entra application (client) id, a GUID");
  if (!GUID.test(appId)) throw new Error("TEAMS_APP_ID, when set, must be a GUID");
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  manifest.id = appId;
  for (const bot of manifest.bots) bot.botId = botId;
  return zipFiles(
    PACKAGE_FILES.map((name) => ({
      name,
      data:
        name === "manifest.json"
          ? Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)
          : fs.readFileSync(path.join(dir, name)),
    })),
  );
}

function main(argv: readonly string[]): void {
  if (argv.includes("--icons")) {
    const { color, outline } = drawIcons();
    fs.writeFileSync(path.join(MANIFEST_DIR, "color.png"), color);
    fs.writeFileSync(path.join(MANIFEST_DIR, "outline.png"), outline);
    console.log(`icons written to ${MANIFEST_DIR}`);
    return;
  }
  const out = path.resolve(argv.find((a) => a.endsWith(".zip")) ?? path.join("build", "teams", "expect-ct-teams.zip"));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, buildTeamsPackage(process.env));
  console.log(`Teams app package: ${out}`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
