import { useEffect, useLayoutEffect, useRef } from 'react';
import SignaturePad, { type PointGroup } from 'signature_pad';
import { canvasPngBase64, fitCanvasToBox, INK } from './signatureCanvas';

/** A drawn signature: its lines (to redraw or take back one) and its picture, null when empty. */
export interface Drawing {
  strokes: PointGroup[];
  pngBase64: string | null;
}

export const NO_DRAWING: Drawing = { strokes: [], pngBase64: null };

/**
 * A box to sign in with a mouse, a finger or a pen (signature_pad smooths the lines), with
 * "Clear" and "Undo the last line". The lines are kept by the owner, so switching to a typed
 * signature and back does not lose them.
 */
export function DrawnSignature({
  drawing,
  onChange,
  label,
}: {
  drawing: Drawing;
  onChange: (drawing: Drawing) => void;
  label: string;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  // The latest lines and listener, read by the pad's events without making a new pad.
  const latest = useRef({ drawing, onChange });
  useLayoutEffect(() => {
    latest.current = { drawing, onChange };
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    fitCanvasToBox(canvas);
    const pad = new SignaturePad(canvas, {
      penColor: INK,
      minWidth: 1,
      maxWidth: 3.2,
      throttle: 8,
    });
    pad.fromData(latest.current.drawing.strokes);
    const report = () => {
      latest.current.onChange({
        strokes: pad.toData(),
        pngBase64: pad.isEmpty() ? null : canvasPngBase64(canvas),
      });
    };
    pad.addEventListener('endStroke', report);
    // A window made larger or smaller: new pixels for the box, the same lines drawn again.
    const resize = () => {
      if (fitCanvasToBox(canvas)) pad.fromData(pad.toData());
    };
    window.addEventListener('resize', resize);
    padRef.current = pad;
    return () => {
      window.removeEventListener('resize', resize);
      pad.removeEventListener('endStroke', report);
      pad.off();
      padRef.current = null;
    };
  }, []);

  const redraw = (strokes: PointGroup[]) => {
    const pad = padRef.current;
    const canvas = canvasRef.current;
    if (!pad || !canvas) return;
    pad.clear();
    pad.fromData(strokes);
    onChange({ strokes, pngBase64: pad.isEmpty() ? null : canvasPngBase64(canvas) });
  };
  const empty = drawing.strokes.length === 0;

  return (
    <div className="signature-drawn">
      <div className="signature-box">
        <canvas
          ref={canvasRef}
          className="signature-canvas"
          role="img"
          aria-label={`${label}: draw your signature here with a mouse, a finger or a pen`}
        />
        <span className="signature-baseline" aria-hidden="true" />
        {empty ? (
          <span className="signature-hint" aria-hidden="true">
            Sign here
          </span>
        ) : null}
      </div>
      <div className="row">
        <button
          type="button"
          className="btn signing-btn"
          disabled={empty}
          onClick={() => {
            redraw(drawing.strokes.slice(0, -1));
          }}
        >
          Undo the last line
        </button>
        <button
          type="button"
          className="btn signing-btn"
          disabled={empty}
          onClick={() => {
            redraw([]);
          }}
        >
          Clear
        </button>
      </div>
    </div>
  );
}
