import type { MenuItemConstructorOptions } from 'electron';
import type { MenuState } from '../../shared/contract';
import { MENUS, type Command, type CommandContext, type MenuName } from './commands';

/** What the menu knows of the page before it has said anything: no page, nothing it can do. */
export const NO_PAGE: MenuState = { type: 'menu:state', enabled: {} };

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

function toItem(
  command: Command,
  context: CommandContext,
  page: MenuState,
): MenuItemConstructorOptions {
  const item: MenuItemConstructorOptions = { id: command.id };
  if (command.role !== undefined) item.role = command.role;
  if (command.label !== undefined) item.label = command.label;
  if (command.accelerator !== undefined) item.accelerator = command.accelerator;
  const action = command.pageAction;
  if (action !== undefined) {
    // The keys reach the page, which runs the action itself; the menu only shows them.
    item.registerAccelerator = false;
    item.enabled = page.enabled[action] === true;
    item.click = () => {
      context.runInPage(action);
    };
  }
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
 * commands available in this context, groups separated by lines, the page's actions greyed
 * out unless the page said it can do them (`page`). Pure, so it can be tested.
 */
export function buildMenuTemplate(
  commands: readonly Command[],
  context: CommandContext,
  page: MenuState = NO_PAGE,
): MenuItemConstructorOptions[] {
  return MENUS.filter((menu) => menu !== 'app' || context.isMac).flatMap((menu) => {
    const items: MenuItemConstructorOptions[] = [];
    for (const command of commands) {
      if (command.menu !== menu || !(command.when?.(context) ?? true)) continue;
      if (command.groupStart === true && items.length > 0) items.push({ type: 'separator' });
      items.push(toItem(command, context, page));
    }
    if (items.length === 0) return [];
    const role = SUBMENU_ROLES[menu];
    const submenu: MenuItemConstructorOptions = { label: TITLES[menu], submenu: items };
    if (role !== undefined) submenu.role = role;
    return [submenu];
  });
}
