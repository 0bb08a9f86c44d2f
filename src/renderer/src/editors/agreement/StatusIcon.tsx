/** A small padlock or envelope drawn inline, so it shows whatever fonts the computer has. */
export function StatusIcon({ kind }: { kind: 'locked' | 'sent' }) {
  return (
    <svg
      className="lock-icon"
      width="20"
      height="20"
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'locked' ? (
        <>
          <rect x="4" y="9" width="12" height="9" rx="1.5" fill="currentColor" />
          <path
            d="M6.5 9V6.5a3.5 3.5 0 0 1 7 0V9"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </>
      ) : (
        <>
          <rect
            x="2.5"
            y="5"
            width="15"
            height="10.5"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
          <path d="M3 6l7 5 7-5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </>
      )}
    </svg>
  );
}
