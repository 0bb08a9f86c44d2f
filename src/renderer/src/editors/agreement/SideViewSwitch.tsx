/** What the column beside the agreement editor shows. */
export type SideView = 'preview' | 'changes';

/**
 * Two buttons above the column beside the editor: the agreement as the client reads it, or
 * what changed from the version before. Pressed state is said, not only drawn.
 */
export function SideViewSwitch({
  view,
  onChange,
  fromVersion,
}: {
  view: SideView;
  onChange: (view: SideView) => void;
  fromVersion: number;
}) {
  const options: readonly { value: SideView; label: string }[] = [
    { value: 'preview', label: 'Preview' },
    { value: 'changes', label: `What changed from version ${fromVersion}` },
  ];
  return (
    <div className="side-view-switch" role="group" aria-label="Beside the editor, show">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="btn btn-small"
          aria-pressed={view === option.value}
          onClick={() => {
            onChange(option.value);
          }}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
