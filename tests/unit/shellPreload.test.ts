import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/contract';

// The preload runs inside Electron; here electron is replaced by a recorder of what it was asked.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, value: { channel, input } }),
  ),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      electron.exposed.set(key, value);
    },
  },
  ipcRenderer: { invoke: electron.invoke },
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

  it('exposes exactly one object, window.workbook', () => {
    expect([...electron.exposed.keys()]).toEqual(['workbook']);
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
});
