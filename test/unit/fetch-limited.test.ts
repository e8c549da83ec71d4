import http from "node:http";
import type { AddressInfo } from "node:net";
import { fetchLimited, isAllowedHost } from "../../src/http/fetch-limited";

describe("the hosts a chat platform's file is fetched from", () => {
  const hosts = ["*.sharepoint.com", "files.slack.com", "127.0.0.1"];

  it("accepts the platform's hosts over https, and this machine over http", () => {
    expect(isAllowedHost("https://contoso.sharepoint.com/x.pdf", hosts)).toBe(true);
    expect(isAllowedHost("https://my.contoso.sharepoint.com/x.pdf", hosts)).toBe(true);
    expect(isAllowedHost("https://files.slack.com/files-pri/T/F/x.pdf", hosts)).toBe(true);
    expect(isAllowedHost("http://127.0.0.1:1234/x.pdf", hosts)).toBe(true);
  });

  it("refuses look-alike hosts, plain http elsewhere, and what is no URL", () => {
    for (const url of [
      "https://sharepoint.com/x.pdf",
      "https://evilsharepoint.com/x.pdf",
      "https://contoso.sharepoint.com.evil.org/x.pdf",
      "http://contoso.sharepoint.com/x.pdf",
      "https://files.slack.com.evil.org/x.pdf",
      "file:///etc/passwd",
      "not a url",
    ]) {
      expect(isAllowedHost(url, hosts)).toBe(false);
    }
  });
});

describe("a limited download", () => {
  let server: http.Server;
  let origin: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/redirect") return res.writeHead(302, { location: "https://evil.example.org/" }).end();
      // No content-length: the size is only known while reading.
      res.writeHead(200, { "transfer-encoding": "chunked" });
      res.write(Buffer.alloc(600));
      res.end(Buffer.alloc(600));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("stops past the limit, follows no redirect, and asks nothing of a host not allowed", async () => {
    const limits = { allowedHosts: ["127.0.0.1"], maxBytes: 1000 };
    expect(await fetchLimited(`${origin}/file`, limits)).toEqual({ ok: false, reason: "too_large" });
    const whole = await fetchLimited(`${origin}/file`, { ...limits, maxBytes: 1200 });
    expect(whole.ok && whole.bytes.length).toBe(1200);
    expect(await fetchLimited(`${origin}/redirect`, limits)).toEqual({ ok: false, reason: "failed" });
    expect(await fetchLimited("https://evil.example.org/x", limits)).toEqual({ ok: false, reason: "host" });
  });
});
