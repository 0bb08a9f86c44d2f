import { z } from 'zod';
import { channel } from './channel';
import { id, timestamp, workbook } from '../schema';

export const backupInfo = z.strictObject({
  id: z.string().max(200),
  /** When the backup was taken. */
  takenAt: timestamp,
  sizeBytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof backupInfo>;

/**
 * The state the workbook opened in. `ok`: normal. `readOnly`: made by a newer version of the
 * app, open in another window or on another computer, or changed elsewhere into something this
 * app must not write over; nothing can change. `recovery`: the file could not be read; it was kept aside untouched
 * and a backup can be restored.
 */
export const workbookState = z.enum(['ok', 'readOnly', 'recovery']);
export type WorkbookState = z.infer<typeof workbookState>;

/** A file the app moved out of the way (it never deletes one): why, and when. */
export const setAsideInfo = z.strictObject({
  name: z.string().max(300),
  reason: z.enum(['unreadable', 'unsaved', 'conflict', 'replaced', 'original']),
  at: timestamp,
});
export type SetAsideInfo = z.infer<typeof setAsideInfo>;

export const workbookInfo = z.strictObject({
  state: workbookState,
  /** For readOnly and recovery: what happened, in plain words. */
  message: z.string(),
  /** Where the workbook file lives (shown to the user; the renderer never writes paths). */
  filePath: z.string(),
  /** For recovery: where the unreadable file was kept aside. */
  keptAsidePath: z.string().nullable(),
  /** The schema version found in the file (may be newer than this app's). */
  fileSchemaVersion: z.number().int().nullable(),
  lastSavedAt: timestamp.nullable(),
  backups: z.array(backupInfo),
  /** Every file set aside in the workbook folder (unreadable, unsaved, conflicts), newest first. */
  setAside: z.array(setAsideInfo),
  /** Changes made on another computer or by another program that were just loaded. */
  notice: z.string().nullable(),
  /** Goes up whenever what the workbook holds changed other than through this page. */
  revision: z.number().int().min(0),
  /** Read-only because another window or computer has the workbook open: "Try again" may help. */
  canRetry: z.boolean(),
  /** True when the workbook has never been set up (no practice name, no clients). */
  isNew: z.boolean(),
});
export type WorkbookInfo = z.infer<typeof workbookInfo>;

const empty = z.strictObject({});

/** A set-aside file, by the name `workbook:info` listed (never a path). */
const setAsideName = z.strictObject({ name: z.string().min(1).max(300) });

/**
 * A conflict kept aside, in the coach's words: which item, when each version was changed, and
 * whether the other version can be put in the workbook instead (and why not when it cannot).
 */
export const conflictDetails = z.strictObject({
  /** E.g. "Client record of Ana Ruiz", "Individual Development Plan of Ana Ruiz". */
  label: z.string().max(1000),
  /** When the version in the workbook now was last changed (null: the item has no time). */
  currentUpdatedAt: timestamp.nullable(),
  /** When the version in the file was last changed. */
  otherUpdatedAt: timestamp.nullable(),
  /** The fields in which the two versions differ, in words (e.g. "Notes"). */
  differences: z.array(z.string().max(200)).max(100),
  canUse: z.boolean(),
  /** Why the other version cannot be used, when it cannot. */
  why: z.string().max(2000).nullable(),
});
export type ConflictDetails = z.infer<typeof conflictDetails>;

export const workbookChannels = {
  'workbook:info': channel(
    'How the workbook opened, its backups and last save.',
    empty,
    workbookInfo,
  ),
  'workbook:get': channel('The whole workbook, for the UI to show.', empty, workbook),
  'workbook:restoreBackup': channel(
    'Replace the current (or unreadable) workbook with a backup; the current file is kept aside.',
    z.strictObject({ backupId: z.string().max(200) }),
    workbookInfo,
  ),
  'workbook:startNew': channel(
    'In recovery, start a new, empty workbook; nothing set aside or backed up is deleted.',
    empty,
    workbookInfo,
  ),
  'workbook:retryOpen': channel(
    'Read-only because another window had the workbook: try to open it for editing again.',
    empty,
    workbookInfo,
  ),
  'workbook:showSetAside': channel(
    'Show a set-aside file in its folder (desktop); answers its full path to show.',
    setAsideName,
    z.strictObject({ path: z.string(), shown: z.boolean() }),
  ),
  'workbook:conflictDetails': channel(
    'What a conflict kept aside is about, when each version was changed, and whether the other version can be used.',
    setAsideName,
    conflictDetails,
  ),
  'workbook:useOtherVersion': channel(
    'Put the version kept aside in a conflict file in the workbook instead; the version it replaces is kept in that file. Never replaces a signed agreement.',
    setAsideName,
    workbookInfo,
  ),
  'workbook:loadSample': channel(
    'Fill a new, empty workbook with sample clients and worksheets to explore.',
    z.strictObject({ clients: z.number().int().min(1).max(50) }),
    workbookInfo,
  ),
} as const;

export const idInput = z.strictObject({ id });
