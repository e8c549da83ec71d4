import type { Client } from "pg";

export function databaseUrl(serverUrl: string, name: string): string;
export function withServer<T>(serverUrl: string, fn: (client: Client) => Promise<T>): Promise<T>;
export function postgresForTests(): Promise<string | null>;
