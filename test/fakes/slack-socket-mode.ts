import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** What the app sent back for an envelope: its id, and the payload a view submission or options request carries. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/**
 * Slack's side of Socket Mode on 127.0.0.1: the URL apps.connections.open hands out, a hello once the app connects,
 * envelopes sent to it, and the acknowledgements it writes back (by envelope id).
 */
export class FakeSocketMode {
  private socket: WebSocket | undefined;
  private readonly acks = new Map<string, (ack: SocketAck) => void>();
  private readonly connectedWaiters: (() => void)[] = [];
  private readonly closedWaiters: (() => void)[] = [];
  private counter = 0;

  private constructor(private readonly server: WebSocketServer) {
    server.on("connection", (socket) => {
      this.socket = socket;
      socket.on("close", () => {
        this.socket = undefined;
        for (const waiter of this.closedWaiters.splice(0)) waiter();
      });
      socket.on("message", (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        this.acks.get(ack.envelope_id)?.(ack);
      });
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { host: "fake", approximate_connection_time: 3600 },
          connection_info: { app_id: "A0EXPECT" },
        }),
      );
      for (const waiter of this.connectedWaiters.splice(0)) waiter();
    });
  }

  static async start(): Promise<FakeSocketMode> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    return new FakeSocketMode(server);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
  }

  /** Resolves once the app has connected (at once if it is). */
  connected(): Promise<void> {
    if (this.socket) return Promise.resolve();
    return new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  /** Resolves once the app's connection is closed (its close handshake done), at once if there is none. */
  disconnected(): Promise<void> {
    if (!this.socket) return Promise.resolve();
    return new Promise((resolve) => this.closedWaiters.push(resolve));
  }

  /** Sends an envelope of `type` (slash_commands, interactive, events_api) and resolves with the app's ack. */
  send(type: string, payload: unknown, timeoutMs = 5000): Promise<SocketAck> {
    const socket = this.socket;
    if (!socket) throw new Error("no Socket Mode connection yet");
    const envelopeId = `e${++this.counter}`;
    const acked = new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`envelope ${envelopeId} not acknowledged`)), timeoutMs);
      this.acks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        this.acks.delete(envelopeId);
        resolve(ack);
      });
    });
    socket.send(
      JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== "events_api" }),
    );
    return acked;
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
