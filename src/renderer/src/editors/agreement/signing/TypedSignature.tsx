import { useEffect, useId, useRef } from 'react';
import { canvasPngBase64, drawTypedSignature, fitCanvasToBox } from './signatureCanvas';

/**
 * A typed signature: the signer types their name and sees it drawn in a handwriting style;
 * the drawing is what is kept, as for a drawn signature.
 */
export function TypedSignature({
  text,
  placeholder,
  onChange,
}: {
  text: string;
  placeholder: string;
  onChange: (text: string, pngBase64: string | null) => void;
}) {
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  // Draw after each change, and again once the handwriting typeface has loaded.
  useEffect(() => {
    let stale = false;
    const draw = () => {
      const canvas = canvasRef.current;
      if (stale || !canvas) return;
      fitCanvasToBox(canvas);
      drawTypedSignature(canvas, text);
    };
    draw();
    void document.fonts.ready.then(draw);
    return () => {
      stale = true;
    };
  }, [text]);

  return (
    <div className="signature-typed">
      <div className="field">
        <label htmlFor={id}>Type your name as your signature</label>
        <input
          id={id}
          type="text"
          className="signing-input"
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(event) => {
            const next = event.target.value;
            const canvas = canvasRef.current;
            if (!canvas) return;
            fitCanvasToBox(canvas);
            drawTypedSignature(canvas, next);
            onChange(next, next.trim() === '' ? null : canvasPngBase64(canvas));
          }}
        />
      </div>
      <div className="signature-box">
        <canvas
          ref={canvasRef}
          className="signature-canvas"
          role="img"
          aria-label={
            text.trim() === '' ? 'Your typed signature will show here' : `Signature: ${text}`
          }
        />
        <span className="signature-baseline" aria-hidden="true" />
      </div>
    </div>
  );
}
