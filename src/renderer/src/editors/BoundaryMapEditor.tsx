import { useRef } from 'react';
import { Section } from '../ui/Section';
import type { EditorProps } from './editorProps';
import { SituationSection, CostSection } from './boundaryMap/SituationAndCost';
import { BoundariesSection } from './boundaryMap/BoundariesSection';
import { PowerSection } from './boundaryMap/PowerSection';
import {
  DecisionSection,
  IfCrossedAgainSection,
  ReviewSection,
  WordsSection,
} from './boundaryMap/DecisionSections';
import { BoundaryMapDrawing } from './boundaryMap/BoundaryMapDrawing';
import '../styles/boundaryMap.css';

/**
 * A boundary map for one difficult client situation: the situation, the three decision points
 * (cost, boundaries, power), the decision and the words for it, what happens next time, the
 * review, and a drawn map of it all to share with the client.
 */
export function BoundaryMapEditor(props: EditorProps<'boundaryMap'>) {
  const mapRef = useRef<HTMLDivElement>(null);
  const showMap = () => {
    const map = mapRef.current;
    if (!map) return;
    map.scrollIntoView({ behavior: 'smooth', block: 'start' });
    // Move focus too, so keyboard and screen reader users land where the eye goes.
    map.focus({ preventScroll: true });
  };
  return (
    <div className="stack bm-editor">
      <div className="bm-intro row">
        <p className="spacer muted">
          Work through the three decision points (cost, boundaries, power), then decide. The map at
          the end draws it all on one page.
        </p>
        <button type="button" className="btn" onClick={showMap}>
          See the map
        </button>
      </div>
      <SituationSection {...props} />
      <CostSection {...props} />
      <BoundariesSection {...props} />
      <PowerSection {...props} />
      <DecisionSection {...props} />
      <WordsSection {...props} />
      <IfCrossedAgainSection {...props} />
      <ReviewSection {...props} />
      <div className="bm-map-section" ref={mapRef} tabIndex={-1}>
        <Section
          title="Decision view: the map"
          description="The whole situation at a glance. Share your screen with the client, or go through it together in a session."
          guidance={
            <>
              <p>
                Read it from the inside out: the centre is what you gladly do, the middle ring what
                you would do on conditions, the outer ring where you stop.
              </p>
              <p>
                The costs sit in the corners, and what each side brings sits left and right. The
                side that holds the power has a coloured outline.
              </p>
            </>
          }
        >
          <BoundaryMapDrawing sheet={props.sheet} />
        </Section>
      </div>
    </div>
  );
}
