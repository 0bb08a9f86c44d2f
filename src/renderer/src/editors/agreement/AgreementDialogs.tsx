import { useState } from 'react';
import { DateField, TextField } from '../../ui/fields';
import { Dialog } from '../../ui/Dialog';

/** Record the day the agreement went to the client. */
export function SendDialog({
  today,
  busy,
  onSend,
  onCancel,
}: {
  today: string;
  busy: boolean;
  onSend: (sentOn: string) => void;
  onCancel: () => void;
}) {
  const [sentOn, setSentOn] = useState<string | null>(today);
  return (
    <Dialog
      title="Mark as sent"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || sentOn === null}
            onClick={() => {
              if (sentOn !== null) onSend(sentOn);
            }}
          >
            Mark as sent
          </button>
        </>
      }
    >
      <p>
        Once sent, the agreement stays exactly as the client received it. To change anything after
        that, you make a new version.
      </p>
      <DateField
        label="Sent on"
        value={sentOn}
        onChange={setSentOn}
        error={sentOn === null ? 'Pick the day you sent it.' : null}
      />
    </Dialog>
  );
}

/** What a signature needs: the day, who signed for the client, and who for the practice. */
export interface Signature {
  signedOn: string;
  clientSignerName: string;
  coachSignerName: string;
}

/** Record the client's signature; the agreement is locked from then on. */
export function SignDialog({
  today,
  clientSigner,
  coachSigner,
  busy,
  onSign,
  onCancel,
}: {
  today: string;
  clientSigner: string;
  coachSigner: string;
  busy: boolean;
  onSign: (signature: Signature) => void;
  onCancel: () => void;
}) {
  const [signedOn, setSignedOn] = useState<string | null>(today);
  const [client, setClient] = useState(clientSigner);
  const [coach, setCoach] = useState(coachSigner);
  const [tried, setTried] = useState(false);
  const clientMissing = client.trim() === '';
  const submit = () => {
    setTried(true);
    if (signedOn === null || clientMissing) return;
    onSign({ signedOn, clientSignerName: client.trim(), coachSignerName: coach.trim() });
  };
  return (
    <Dialog
      title="Mark as signed"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={submit}>
            Mark as signed
          </button>
        </>
      }
    >
      <p>
        A signed agreement is locked: it stays on file exactly as agreed. Any earlier signed version
        is marked as replaced.
      </p>
      <DateField
        label="Signed on"
        value={signedOn}
        onChange={setSignedOn}
        error={signedOn === null ? 'Pick the day it was signed.' : null}
      />
      <TextField
        label="Signed by the client"
        value={client}
        required
        onChange={setClient}
        error={tried && clientMissing ? 'Write the name of the person who signed.' : null}
      />
      <TextField label="Signed by the coach" value={coach} onChange={setCoach} />
    </Dialog>
  );
}
