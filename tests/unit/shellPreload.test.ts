import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, PAGE_EVENTS_IPC, PAGE_MESSAGES_IPC } from '../../src/shared/contract';
import type { WorkbookShell } from '../../src/preload/api';

// The preload runs inside Electron; here electron is replaced by a recorder of what it was asked.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, value: { channel, input } }),
  ),
  send: vi.fn(),
  listeners: new Map<string, Set<(event: unknown, content: unknown) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      electron.exposed.set(key, value);
    },
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: (channel: string, listener: (event: unknown, content: unknown) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (event: unknown, content: unknown) => void) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

type Method = (input: unknown) => Promise<unknown>;

function methodsOf(value: unknown): Map<string, Method> {
  const found = new Map<string, Method>();
  if (typeof value !== 'object' || value === null) return found;
  for (const [namespace, group] of Object.entries(value as Record<string, unknown>)) {
    if (typeof group !== 'object' || group === null) continue;
    for (const [verb, method] of Object.entries(group)) {
      if (typeof method === 'function') found.set(`${namespace}:${verb}`, method as Method);
    }
  }
  return found;
}

describe('preload', () => {
  beforeAll(async () => {
    await import('../../src/preload/index');
  });

  it('exposes exactly two objects, window.workbook and window.workbookShell', () => {
    expect([...electron.exposed.keys()]).toEqual(['workbook', 'workbookShell']);
  });

  it('has one method per contract channel and nothing else', () => {
    const methods = methodsOf(electron.exposed.get('workbook'));
    expect([...methods.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('sends each call over IPC on the channel of the same name, with the input untouched', async () => {
    const methods = methodsOf(electron.exposed.get('workbook'));
    for (const channel of CHANNELS) {
      const method = methods.get(channel);
      expect(method, channel).toBeDefined();
      if (method === undefined) continue;
      const input = { probe: channel };
      electron.invoke.mockClear();
      await expect(method(input)).resolves.toEqual({ ok: true, value: { channel, input } });
      expect(electron.invoke).toHaveBeenCalledTimes(1);
      expect(electron.invoke).toHaveBeenCalledWith(channel, input);
    }
  });

  it('hands the page each event’s content only, and stops when asked', () => {
    const shell = electron.exposed.get('workbookShell') as WorkbookShell;
    expect(Object.keys(shell).sort()).toEqual(['subscribe', 'tell']);
    const seen: unknown[] = [];
    const stop = shell.subscribe((content) => {
      // One argument: never the IPC event, its sender, or a way back to ipcRenderer.
      seen.push(content);
    });
    const ipcEvent = { sender: { send: () => undefined }, ports: [] };
    for (const listener of electron.listeners.get(PAGE_EVENTS_IPC) ?? []) {
      listener(ipcEvent, { type: 'command:run', id: 'help' });
    }
    expect(seen).toEqual([{ type: 'command:run', id: 'help' }]);
    stop();
    expect(electron.listeners.get(PAGE_EVENTS_IPC)?.size).toBe(0);
    // Nothing else is listened to.
    expect([...electron.listeners.keys()]).toEqual([PAGE_EVENTS_IPC]);
  });

  it('tells main on its one message channel, as a message, not an invoke', () => {
    const shell = electron.exposed.get('workbookShell') as WorkbookShell;
    electron.invoke.mockClear();
    shell.tell({ type: 'menu:state', enabled: { undo: false } });
    expect(electron.send.mock.calls).toEqual([
      [PAGE_MESSAGES_IPC, { type: 'menu:state', enabled: { undo: false } }],
    ]);
    expect(electron.invoke).not.toHaveBeenCalled();
  });
});
