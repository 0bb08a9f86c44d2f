import { Fragment } from 'react';
import { shortcutRows } from '../actions';
import { Dialog } from '../ui/Dialog';

/** Every keyboard shortcut, from the one action registry (src/shared/actions.ts). */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={onClose}
      actions={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {shortcutRows().map((row) => (
            <tr key={row.id}>
              <td>{row.label}</td>
              <td>
                {row.keys.map((keys, index) => (
                  <Fragment key={keys}>
                    {index > 0 ? ' or ' : null}
                    <kbd>{keys}</kbd>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
          <tr>
            <td>Move a list item up or down</td>
            <td>
              <kbd>Alt+↑</kbd> / <kbd>Alt+↓</kbd>
            </td>
          </tr>
          <tr>
            <td>Remove the focused list item</td>
            <td>
              <kbd>Alt+Delete</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <p className="muted">Everything you type is saved automatically within a second.</p>
    </Dialog>
  );
}
