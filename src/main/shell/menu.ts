import type { MenuItemConstructorOptions } from 'electron';
import { MENUS, type Command, type CommandContext, type MenuName } from './commands';

const TITLES: Record<MenuName, string> = {
  app: 'Coaching Workbook',
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
};

// On macOS these roles let the system add its own entries (open windows, help search).
const SUBMENU_ROLES: Partial<Record<MenuName, MenuItemConstructorOptions['role']>> = {
  window: 'windowMenu',
  help: 'help',
};

function toItem(command: Command, context: CommandContext): MenuItemConstructorOptions {
  const item: MenuItemConstructorOptions = { id: command.id };
  if (command.role !== undefined) item.role = command.role;
  if (command.label !== undefined) item.label = command.label;
  if (command.accelerator !== undefined) item.accelerator = command.accelerator;
  if (command.pageShortcut === true) item.registerAccelerator = false;
  const run = command.run;
  if (run !== undefined) {
    item.click = () => {
      run(context);
    };
  }
  return item;
}

/**
 * The application menu built from the command registry: one submenu per menu name with the
 * commands available in this context, groups separated by lines. Pure, so it can be tested.
 */
export function buildMenuTemplate(
  commands: readonly Command[],
  context: CommandContext,
): MenuItemConstructorOptions[] {
  return MENUS.filter((menu) => menu !== 'app' || context.isMac).flatMap((menu) => {
    const items: MenuItemConstructorOptions[] = [];
    for (const command of commands) {
      if (command.menu !== menu || !(command.when?.(context) ?? true)) continue;
      if (command.groupStart === true && items.length > 0) items.push({ type: 'separator' });
      items.push(toItem(command, context));
    }
    if (items.length === 0) return [];
    const role = SUBMENU_ROLES[menu];
    const submenu: MenuItemConstructorOptions = { label: TITLES[menu], submenu: items };
    if (role !== undefined) submenu.role = role;
    return [submenu];
  });
}
