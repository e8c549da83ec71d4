import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import pino from "pino";
import { createHttpApp, handleHttpErrors } from "../../src/http/app";
import { mountDiplomaVerification } from "../../src/http/diploma-verification";
import { revokeLabel, suspendLabel } from "../../src/workflow";
import { createKit, importedBody, type Kit, labelledBody } from "../support/workflow-kit";

/** The bot's one express app with the public page mounted, as the composition root does. */
async function serve(kit: Kit, trustProxy = 0): Promise<{ url: string; close(): Promise<void> }> {
  const logger = pino({ level: "silent" });
  const http = createHttpApp(async () => ({}), logger, { trustProxy });
  mountDiplomaVerification(http, { ctx: kit.ctx });
  handleHttpErrors(http, logger);
  const server = await new Promise<Server>((resolve) => {
    const s = http.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A request line sent as it is, bytes and all: fetch would normalise `..` and re-encode what it does not like. */
function rawStatus(url: string, path: string): Promise<number> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let head = "";
    socket.on("data", (chunk) => {
      head += chunk.toString("latin1");
    });
    socket.on("end", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0)));
    socket.on("error", reject);
    socket.write(Buffer.from(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, "utf8"));
  });
}

/** What a person reads on the page: the text of its <main>, tags dropped, entities as the browser shows them. */
function readable(html: string): string {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? "";
  return main
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("GET /diplomes/<number>: a diploma anyone can verify", () => {
  let kit: Kit;
  let site: { url: string; close(): Promise<void> };

  beforeEach(async () => {
    kit = await createKit();
    site = await serve(kit);
  });

  afterEach(async () => {
    await site.close();
    await kit.close();
  });

  const page = (path: string, headers: Record<string, string> = {}) => fetch(`${site.url}${path}`, { headers });

  it("says valid, with the body, its themes and validity, in French by default and nothing else", async () => {
    await labelledBody(kit, "Ville de Lyon", "referent@lyon.fr");
    kit.queries.reset();
    const res = await page("/diplomes/EXPE-CT-2026-0001");
    // One statement, the body's name joined.
    expect(kit.queries.statements).toHaveLength(1);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-language")).toBe("fr");
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(readable(html)).toBe(
      " République française · EXPE-CT Vérification d’un diplôme EXPE-CT Label valide " +
        "Numéro EXPE-CT-2026-0001 Titulaire Ville de Lyon Thèmes Déchets et tri sélectif " +
        "Validité du 2 mars 2026 au 1 mars 2029 " +
        "Cette page indique si un label EXPE-CT délivré par le ministère de l’Europe et des Affaires étrangères (DAECT) est en vigueur. English ",
    );
    // No person, no e-mail, no internal id.
    const label = await kit.db.label.findFirstOrThrow({ include: { organisation: true } });
    for (const secret of ["referent@lyon.fr", "Référent", "Marie Durand", label.id, label.organisationId]) {
      expect(html).not.toContain(secret);
    }
    expect(html).not.toContain(label.competences);
  });

  it("speaks English with ?lang=en or a browser that prefers English, French when it prefers French", async () => {
    await labelledBody(kit);
    const english = await (await page("/diplomes/EXPE-CT-2026-0001?lang=en")).text();
    expect(readable(english)).toContain("Valid label Number EXPE-CT-2026-0001 Holder Ville de Lyon");
    expect(readable(english)).toContain("Themes Waste and recycling Validity from 2 March 2026 to 1 March 2029");
    expect(english).toContain('<a href="?lang=fr" hreflang="fr" lang="fr">Français</a>');
    const browser = await page("/diplomes/EXPE-CT-2026-0001", { "Accept-Language": "en-GB,en;q=0.9,fr;q=0.5" });
    expect(browser.headers.get("content-language")).toBe("en");
    expect(browser.headers.get("vary")).toContain("Accept-Language");
    const french = await page("/diplomes/EXPE-CT-2026-0001", { "Accept-Language": "fr-CA,en;q=0.5" });
    expect(readable(await french.text())).toContain("Label valide");
    // The explicit choice wins over the browser's.
    const asked = await page("/diplomes/EXPE-CT-2026-0001?lang=fr", { "Accept-Language": "en" });
    expect(asked.headers.get("content-language")).toBe("fr");
  });

  it("says expired once the validity has run out, before the nightly job rewrites the row", async () => {
    await labelledBody(kit);
    kit.clock.set("2029-03-02T09:00:00Z");
    const fr = readable(await (await page("/diplomes/EXPE-CT-2026-0001")).text());
    expect(fr).toContain("Label expiré le 1 mars 2029");
    const en = readable(await (await page("/diplomes/EXPE-CT-2026-0001?lang=en")).text());
    expect(en).toContain("Label expired on 1 March 2029");
  });

  it("says revoked, with the date, in both languages", async () => {
    const { labelId } = await labelledBody(kit);
    kit.clock.set("2026-09-15T10:00:00Z");
    await revokeLabel(kit.ctx, kit.daect, { labelId, reason: "Manquements graves aux engagements" });
    const res = await page("/diplomes/EXPE-CT-2026-0001");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(readable(html)).toContain("Label retiré le 15 septembre 2026");
    // The reason is between DAECT and the body.
    expect(html).not.toContain("Manquements");
    const en = readable(await (await page("/diplomes/EXPE-CT-2026-0001?lang=en")).text());
    expect(en).toContain("Label revoked on 15 September 2026");
  });

  it("says suspended until the date while the suspension runs, and valid again after it", async () => {
    const { labelId } = await labelledBody(kit);
    kit.clock.set("2026-09-15T10:00:00Z");
    await suspendLabel(kit.ctx, kit.daect, { labelId, until: "2026-10-31", reason: "Rapport de mission manquant" });
    const res = await page("/diplomes/EXPE-CT-2026-0001");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(readable(html)).toContain("Label suspendu jusqu’au 31 octobre 2026");
    expect(html).not.toContain("Rapport de mission");
    const en = readable(await (await page("/diplomes/EXPE-CT-2026-0001?lang=en")).text());
    expect(en).toContain("Label suspended until 31 October 2026");
    kit.clock.set("2026-11-01T09:00:00Z");
    expect(readable(await (await page("/diplomes/EXPE-CT-2026-0001")).text())).toContain("Label valide");
  });

  it("answers an unknown number with a 404 page in the page's language", async () => {
    const fr = await page("/diplomes/EXPE-CT-2099-0001");
    expect(fr.status).toBe(404);
    expect(readable(await fr.text())).toContain("Aucun diplôme EXPE-CT ne porte ce numéro.");
    const en = await page("/diplomes/EXPE-CT-2099-0001?lang=en");
    expect(en.status).toBe(404);
    expect(readable(await en.text())).toContain("No EXPE-CT diploma has this number.");
  });

  it("shows a hostile body name as text, and sends the security headers", async () => {
    const hostile = `<script>alert("x")</script> & <img src=x onerror=alert(1)> 'Ville'`;
    await labelledBody(kit, hostile, "referent@hostile.fr");
    const res = await page("/diplomes/EXPE-CT-2026-0001");
    const html = await res.text();
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;",
    );
    expect(readable(html)).toContain(`Titulaire ${hostile} Thèmes`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).toContain("frame-ancestors 'none'");
    // The hash is the page's own style: a browser applies it and nothing else.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    const { createHash } = await import("node:crypto");
    expect(csp).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("finds a number typed in lower case, and an imported PACT label by its own number", async () => {
    await labelledBody(kit);
    expect((await page("/diplomes/expe-ct-2026-0001")).status).toBe(200);
    expect((await page("/diplomes/EXPE-CT-2026-0001/")).status).toBe(200);
    await importedBody(kit, "Ville de Nantes", "2027-12-31");
    const pact = readable(await (await page("/diplomes/PACT3-2018-012")).text());
    expect(pact).toContain("Label valide Numéro PACT3-2018-012 Titulaire Ville de Nantes");
    expect(pact).toContain("au 31 décembre 2027");
    // Typed with spaces and in lower case, it is the same number.
    const spaced = await page("/diplomes/%20pact%203%20-%202018-012%20");
    expect(spaced.status).toBe(200);
    expect(readable(await spaced.text())).toContain("Label valide Numéro PACT3-2018-012 Titulaire Ville de Nantes");
  });

  it("answers 429 with Retry-After past 30 checks a minute from one address, and again once time has passed", async () => {
    await labelledBody(kit);
    for (let i = 0; i < 30; i++) expect((await page("/diplomes/EXPE-CT-2026-0001")).status).toBe(200);
    kit.queries.reset();
    const limited = await page("/diplomes/EXPE-CT-2026-0001?lang=en");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(readable(await limited.text())).toContain("Too many checks from your address");
    // Refused before any read.
    expect(kit.queries.statements).toHaveLength(0);
    // Unknown numbers count too: scanning the register is what the limit is for.
    expect((await page("/diplomes/NOPE")).status).toBe(429);
    kit.clock.set(new Date(kit.clock.now().getTime() + 2_000));
    expect((await page("/diplomes/EXPE-CT-2026-0001")).status).toBe(200);
    expect((await page("/diplomes/EXPE-CT-2026-0001")).status).toBe(429);
  });

  it("counts per client behind TRUST_PROXY hops, and ignores X-Forwarded-For without them", async () => {
    const proxied = await serve(kit, 1);
    const from = (url: string, ip: string) =>
      fetch(`${url}/diplomes/EXPE-CT-2026-0001`, { headers: { "X-Forwarded-For": ip } });
    try {
      for (let i = 0; i < 30; i++) expect((await from(proxied.url, "203.0.113.1")).status).toBe(404);
      expect((await from(proxied.url, "203.0.113.1")).status).toBe(429);
      expect((await from(proxied.url, "203.0.113.2")).status).toBe(404);
    } finally {
      await proxied.close();
    }
    // Without a trusted proxy, a forged header does not buy a new bucket.
    for (let i = 0; i < 30; i++) expect((await from(site.url, `198.51.100.${i}`)).status).toBe(404);
    expect((await from(site.url, "198.51.100.200")).status).toBe(429);
  });

  it("answers malformed numbers with the 404 page, never a 5xx", async () => {
    await labelledBody(kit);
    const paths = [
      `/diplomes/${"9".repeat(5000)}`,
      `/diplomes/${"A".repeat(51)}`,
      "/diplomes/%E2%9C%93",
      "/diplomes/EXPE%E2%80%AE-CT",
      "/diplomes/%C3%A9%C3%A0",
      "/diplomes/%E0%A4%A",
      "/diplomes/%",
      "/diplomes/..",
      "/diplomes/...",
      "/diplomes/EXPE-CT-2026-0001%2F..%2F..",
      "/diplomes/..%2F..%2Fetc%2Fpasswd",
      "/diplomes/%2e%2e",
      "/diplomes/EXPE-CT-2026-0001%00",
      "/diplomes/%20EXPE-CT-2026-0001%20x",
      "/diplomes/EXPE-CT-2026-0001'%20OR%20'1'='1",
      "/diplomes/-",
      "/diplomes/telechargement",
    ];
    for (const path of paths) {
      const status = await rawStatus(site.url, path);
      if (status !== 404) throw new Error(`${path} answered ${status}`);
    }
    // Bytes that are not percent-encoded: unicode as it is, and a request line nobody should send.
    for (const path of ["/diplomes/Été-2026", "/diplomes/\u{1F600}"]) {
      const status = await rawStatus(site.url, path);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
    // `..` as fetch sends it is resolved by the client: it never reaches the page's route, and nothing breaks.
    const dots = await page("/diplomes/../diplomes/EXPE-CT-2026-0001");
    expect(dots.status).toBe(200);
  });
});
